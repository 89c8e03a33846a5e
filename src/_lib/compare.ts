/**
 * Stable, locale-independent ordering. Results are sorted with these so that the
 * report is byte-identical on every machine, whatever the input order or locale.
 */

/** Code-unit string order (not locale-aware on purpose: reproducible everywhere). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numeric ascending order. */
export function compareNumbers(a: number, b: number): number {
  return a - b;
}
