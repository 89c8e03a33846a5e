/**
 * Small, prototype-safe readers shared by the schema adapters. Every property is
 * read with `Object.hasOwn`, so a record holding `__proto__` or `constructor`
 * keys (or lacking them) never reaches inherited members.
 */

/** An own property's value, or `undefined`. */
export function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The value as a plain object, or `undefined` (arrays and null are not objects here). */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value as an array, or `undefined`. */
export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** `own(own(own(v, a), b), …)`. */
export function path(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = own(current, key);
  return current;
}

/** First argument that is neither `undefined` nor `null` (nor the empty string). */
export function firstPresent(...values: unknown[]): unknown {
  for (const value of values) if (value !== undefined && value !== null && value !== '') return value;
  return undefined;
}

/**
 * `list[i][key]` for every element of an array (the raw values, so that ingest
 * can reject a non-string hashtag); `undefined` when `list` is not an array.
 */
export function pluck(list: unknown, key: string): unknown[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: unknown[] = [];
  for (const item of list) out.push(own(item, key));
  return out;
}

/**
 * Stable 64-bit identifier of a sequence of strings (two independent 32-bit
 * FNV-1a style hashes over the UTF-16 code units, NUL-separated), as 16 hex
 * digits. Used where a dataset has no id column. Not cryptographic.
 */
export function stableHash(parts: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p] as string;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = Math.imul(h1 ^ 0, 0x01000193);
    h2 = Math.imul(h2 ^ 0xff, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
