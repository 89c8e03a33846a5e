/**
 * R's default quantile (type 7: linear interpolation between order statistics), which
 * CooRTweet's `quantile(E(g)$weight, edge_weight)` uses; DuckDB's `quantile_cont` is the same.
 */

/**
 * Type-7 quantile.
 * @param values numbers (not modified)
 * @param p probability in [0, 1]
 * @returns the quantile, or NaN for an empty input
 * @example
 * quantile7([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantile7(values: ArrayLike<number>, p: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const s = Float64Array.from(values).sort();
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}
