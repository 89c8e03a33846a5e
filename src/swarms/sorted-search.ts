/**
 * Counting in sorted Float64Arrays: a plain binary search, and galloping
 * searches from a hint (Bentley & Yao 1976, exponential search) for a sequence
 * of nearby queries — the kernel asks for the posts within ±Δt of each member
 * occurrence of a hashtag in time order, so consecutive answers are a few
 * positions apart and a search costs O(log gap) instead of O(log n). Whatever
 * the hint, the galloping searches return exactly what a binary search returns.
 */

/**
 * Number of values in [lo, hi] of a sorted array.
 * @param values sorted ascending.
 * @param lo lower bound (inclusive).
 * @param hi upper bound (inclusive).
 * @returns the count.
 * @example
 * countInRange(Float64Array.of(1, 2, 3), 2, 3); // 2
 */
export function countInRange(values: Float64Array, lo: number, hi: number): number {
  let a = 0;
  let b = values.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (values[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  let c = a;
  let d = values.length;
  while (c < d) {
    const mid = (c + d) >> 1;
    if (values[mid]! <= hi) c = mid + 1;
    else d = mid;
  }
  return c - a;
}

/**
 * First index whose value is ≥ x (values.length when none), galloping from a hint.
 * @param values sorted ascending.
 * @param x the bound.
 * @param hint any index in [0, values.length]; the previous answer for nearby queries.
 * @returns the index.
 * @example
 * firstAtLeast(Float64Array.of(1, 2, 2, 3), 2, 0); // 1
 */
export function firstAtLeast(values: Float64Array, x: number, hint: number): number {
  const n = values.length;
  // The answer lies in (lo, hi]: values[lo] < x (or lo = −1), values[hi] ≥ x (or hi = n).
  let lo: number;
  let hi: number;
  let step = 1;
  if (hint < n && values[hint]! < x) {
    lo = hint;
    hi = hint + 1;
    while (hi < n && values[hi]! < x) {
      lo = hi;
      step += step;
      hi = lo + step;
    }
    if (hi > n) hi = n;
  } else {
    hi = hint;
    lo = hint - 1;
    while (lo >= 0 && values[lo]! >= x) {
      hi = lo;
      step += step;
      lo = hi - step;
    }
    if (lo < -1) lo = -1;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * First index whose value is > x (values.length when none), galloping from a hint.
 * @param values sorted ascending.
 * @param x the bound.
 * @param hint any index in [0, values.length]; the previous answer for nearby queries.
 * @returns the index.
 * @example
 * firstAbove(Float64Array.of(1, 2, 2, 3), 2, 0); // 3
 */
export function firstAbove(values: Float64Array, x: number, hint: number): number {
  const n = values.length;
  // The answer lies in (lo, hi]: values[lo] ≤ x (or lo = −1), values[hi] > x (or hi = n).
  let lo: number;
  let hi: number;
  let step = 1;
  if (hint < n && values[hint]! <= x) {
    lo = hint;
    hi = hint + 1;
    while (hi < n && values[hi]! <= x) {
      lo = hi;
      step += step;
      hi = lo + step;
    }
    if (hi > n) hi = n;
  } else {
    hi = hint;
    lo = hint - 1;
    while (lo >= 0 && values[lo]! > x) {
      hi = lo;
      step += step;
      lo = hi - step;
    }
    if (lo < -1) lo = -1;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return hi;
}
