/**
 * A full garbage collection before a timed phase of a stage benchmark, so the phase pays for
 * its own garbage and not for the previous phase's (the load leaves ~100 MB of garbage at 1M
 * posts, collected by a full mark-compact of every live post wherever it falls next). Both
 * sides of the pair-step comparison (`hashtag-swarms-pairs`, `duckdb-60s`'s join) call it.
 * Needs `node --expose-gc` (bench/lib/spawn.ts passes it); a no-op without it.
 * @example
 * settle();
 * const t = performance.now();
 */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
