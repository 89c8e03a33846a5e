/**
 * Median of a list of numbers by selection (Hoare's FIND, 1961, with a three-way partition
 * for the many equal lags of whole-millisecond data): expected O(n), where sorting the list
 * cost O(n log n). The value is exactly the sorted list's middle element (mean of the two
 * middle ones for an even length), as the elements themselves are returned.
 */

/** Puts the k-th smallest of a[0, n) at a[k], smaller ones before, larger ones after. */
function select(a: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    // Median of three as the pivot.
    const x = a[lo]!;
    const y = a[(lo + hi) >> 1]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    // Three-way partition: [lo, lt) < pivot, [lt, i) = pivot, (gt, hi] > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = a[i]!;
      if (v < pivot) {
        a[i++] = a[lt]!;
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt]!;
        a[gt--] = v;
      } else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return;
  }
}

/**
 * Median of `values[0, n)` (reorders them).
 * @param values the numbers (no NaN); the first n are used and permuted.
 * @param n how many (≥ 1).
 * @returns the middle value, or the mean of the two middle values for an even n.
 * @example
 * medianOf(Float64Array.of(5, 1, 3, 2), 4); // 2.5
 */
export function medianOf(values: Float64Array, n: number): number {
  const mid = n >> 1;
  select(values, n, mid);
  if (n % 2 === 1) return values[mid]!;
  // The lower middle value is the largest of those before mid.
  let below = values[0]!;
  for (let i = 1; i < mid; i++) if (values[i]! > below) below = values[i]!;
  return (below + values[mid]!) / 2;
}
