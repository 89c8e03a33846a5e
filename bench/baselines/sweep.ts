/**
 * Exact Δt pair enumeration on rows sorted by (hashtag, time): for each row, a pointer runs
 * forward while the hashtag is the same and the gap is ≤ Δt. It visits exactly the unordered row
 * pairs that a Cartesian self-join per hashtag followed by `abs(time_delta) <= Δt` keeps
 * (CooRTweet's `calc_group_combinations`), in O(Σ_h N_h + K) after the sort.
 */
import type { Occurrences } from '../lib/occurrences.js';

/**
 * Call `visit(i, j)` (row indexes, i < j) for every pair of rows on one hashtag at most Δt apart.
 * @param occ rows sorted by (hashtag, time)
 * @param maxLagMs Δt in ms (inclusive)
 * @param active optional row mask: rows with 0 are skipped on both sides
 * @param visit callback per pair
 * @returns the number of pairs visited
 * @example
 * forEachClosePair(occ, 60_000, null, (i, j) => { ... });
 */
export function forEachClosePair(
  occ: Occurrences,
  maxLagMs: number,
  active: Uint8Array | null,
  visit: (i: number, j: number) => void,
): number {
  const { rows, hashtag, timeMs } = occ;
  let pairs = 0;
  for (let i = 0; i < rows; i++) {
    if (active !== null && active[i] === 0) continue;
    const h = hashtag[i]!;
    const limit = timeMs[i]! + maxLagMs;
    for (let j = i + 1; j < rows && hashtag[j] === h && timeMs[j]! <= limit; j++) {
      if (active !== null && active[j] === 0) continue;
      visit(i, j);
      pairs++;
    }
  }
  return pairs;
}
