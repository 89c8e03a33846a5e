/**
 * The kernel of burstLift's replicates (METRICS.md §3.8, Definition B): the peak velocity of one
 * hashtag's member occurrences after every member's timeline is shifted by its offset o_i with
 * wrap-around inside the window, v = max_t #{shifted times in [t, t + Δt)}.
 *
 * The peak depends only on the sorted multiset of shifted times `(rel + o_i) mod L`, so any exact
 * way to that multiset gives the same value bit for bit; this file picks the cheapest:
 * - `mod L` is one subtraction for sums in [L, 2L) (exact there: Sterbenz), `%` otherwise;
 * - occurrences that all belong to one member (always so for a member scored alone) keep their order
 *   under the shift up to a rotation: the wrapped occurrences come first, no sort (floating-point
 *   addition is monotone, so the wrapped ones are a suffix; rounding can only break the order at
 *   the two edges, which is checked, and then the occurrences are sorted);
 * - otherwise a bucket sort (one bucket per occurrence, expected O(1) occurrences each since shifted times
 *   spread over the window) finished by insertion sort, which alone guarantees the order;
 *   insertion sort directly below {@link BUCKET_SORT_FROM} occurrences;
 * - two occurrences (the most common case) need no buffer: the peak is 2 when hi < lo + Δt, else 1,
 *   which is what the sliding count gives whenever t + Δt > t for every t in [0, L).
 * Times outside [0, L) (a window whose posts lie outside it) take the general path with `%`.
 */

/** Member occurrences of a group prepared for repeated shifting (see {@link prepareShiftedOccurrences}). */
export interface ShiftedOccurrences {
  /** Occurrence time − window start, ms, per occurrence. */
  readonly rel: Float64Array;
  /** local member index per occurrence. */
  readonly who: Int32Array;
  /** Occurrences of H_S index g: `occStart[g] … occStart[g+1]`, in time order. */
  readonly occStart: Int32Array;
  /** Per H_S index: the member holding every occurrence, or −1. */
  readonly sole: Int32Array;
  /** Every `rel` lies in [0, L). */
  readonly inRange: boolean;
  /** inRange and t + Δt > t for every t in [0, L) (Δt is not below the rounding of L). */
  readonly pairShortcut: boolean;
  readonly lengthMs: number;
  readonly widthMs: number;
  readonly buffer: Float64Array;
  readonly scratch: SortScratch;
}

/** Scratch arrays of the bucket sort, sized for the largest hashtag of H_S. */
interface SortScratch {
  readonly values: Float64Array;
  readonly sorted: Float64Array;
  readonly bucket: Int32Array;
  readonly counts: Int32Array;
}

/** From this many occurrences on, values are spread over buckets before the insertion sort. */
const BUCKET_SORT_FROM = 33;

/** Largest number of sorted times in `values[from … to)` inside any [t, t + width) starting at one of them. */
export function peakInRange(values: ArrayLike<number>, from: number, to: number, width: number): number {
  let best = 0;
  let j = from;
  for (let i = from; i < to; i++) {
    while (j < to && values[j]! < values[i]! + width) j++;
    if (j - i > best) best = j - i;
  }
  return best;
}

/**
 * Prepare occurrences for {@link shiftedPeak}.
 * @param rel occurrence time − window start, ms (ascending within each hashtag).
 * @param who local member index per occurrence.
 * @param occStart hashtag boundaries of the occurrences.
 */
export function prepareShiftedOccurrences(rel: Float64Array, who: Int32Array, occStart: Int32Array, lengthMs: number, widthMs: number): ShiftedOccurrences {
  let inRange = true;
  for (let k = 0; k < rel.length; k++) if (!(rel[k]! >= 0 && rel[k]! < lengthMs)) inRange = false;
  const groups = occStart.length - 1;
  const sole = new Int32Array(groups).fill(-1);
  let widest = 0;
  for (let g = 0; g < groups; g++) {
    const a = occStart[g]!;
    const b = occStart[g + 1]!;
    widest = Math.max(widest, b - a);
    let member = b > a && inRange ? who[a]! : -1;
    for (let k = a + 1; k < b && member >= 0; k++) if (who[k] !== member) member = -1;
    sole[g] = member;
  }
  const scratch = { values: new Float64Array(widest), sorted: new Float64Array(widest), bucket: new Int32Array(widest), counts: new Int32Array(widest + 1) };
  const pairShortcut = inRange && widthMs >= lengthMs * 2 ** -40;
  return { rel, who, occStart, sole, inRange, pairShortcut, lengthMs, widthMs, buffer: new Float64Array(rel.length), scratch };
}

/** Peak velocity of hashtag g's occurrences with member i shifted by `offsets[i]` ∈ [0, L). */
export function shiftedPeak(occurrences: ShiftedOccurrences, g: number, offsets: Float64Array): number {
  const { rel, who, buffer, scratch, lengthMs: L, widthMs } = occurrences;
  const a = occurrences.occStart[g]!;
  const b = occurrences.occStart[g + 1]!;
  if (b - a === 2 && occurrences.pairShortcut) {
    const x = wrapShift(rel[a]! + offsets[who[a]!]!, L);
    const y = wrapShift(rel[a + 1]! + offsets[who[a + 1]!]!, L);
    return x <= y ? (y < x + widthMs ? 2 : 1) : x < y + widthMs ? 2 : 1;
  }
  const member = occurrences.sole[g]!;
  if (member >= 0 && rotateInto(buffer, rel, a, b, offsets[member]!, L)) return peakInRange(buffer, a, b, widthMs);
  if (!occurrences.inRange) {
    for (let k = a; k < b; k++) buffer[k] = (rel[k]! + offsets[who[k]!]!) % L;
    sortRange(buffer, a, b, L, scratch);
    return peakInRange(buffer, a, b, widthMs);
  }
  if (b - a < BUCKET_SORT_FROM) {
    for (let k = a; k < b; k++) buffer[k] = wrapShift(rel[k]! + offsets[who[k]!]!, L);
    insertionSort(buffer, a, b);
    return peakInRange(buffer, a, b, widthMs);
  }
  // shift straight into the bucket sort's input and take the peak on its output: no copies
  const n = b - a;
  const scale = n / L;
  for (let k = 0; k < n; k++) {
    const t = wrapShift(rel[a + k]! + offsets[who[a + k]!]!, L);
    scratch.values[k] = t;
    scratch.bucket[k] = bucketOf(t, scale, n);
  }
  bucketSort(scratch, n);
  return peakInRange(scratch.sorted, 0, n, widthMs);
}

/** `v mod L` for v ≥ 0, by one subtraction when v < 2L; equal to `v % L`. */
function wrapShift(v: number, L: number): number {
  if (v < L) return v;
  const w = v - L;
  return w < L ? w : v % L;
}

/**
 * Shifted times of occurrences `a … b` of one member (ascending, in [0, L)) written ascending into
 * `buffer`, the wrapped ones first. Returns false when rounding broke the order at an edge (a sum
 * of 2L, or a wrapped time above the first unwrapped one); the caller then sorts.
 */
function rotateInto(buffer: Float64Array, rel: Float64Array, a: number, b: number, offset: number, L: number): boolean {
  let split = a;
  while (split < b && rel[split]! + offset < L) split++;
  let at = a;
  for (let k = split; k < b; k++) buffer[at++] = rel[k]! + offset - L;
  for (let k = a; k < split; k++) buffer[at++] = rel[k]! + offset;
  const wrapped = b - split;
  if (wrapped === 0) return true;
  const lastWrapped = buffer[a + wrapped - 1]!;
  return lastWrapped < L && (wrapped === b - a || lastWrapped <= buffer[a + wrapped]!);
}

/** Insertion sort of `values[from … to)` (ascending). */
function insertionSort(values: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
  }
}

/** Bucket of time `v` among `n` buckets over [0, L) (`|0` is ⌊·⌋ there), clamped for other values. */
function bucketOf(v: number, scale: number, n: number): number {
  const b = (v * scale) | 0;
  return b < 0 ? 0 : b >= n ? n - 1 : b;
}

/** Bucket sort of `s.values[0 … n)` into `s.sorted[0 … n)`, `s.bucket` filled by {@link bucketOf}. */
function bucketSort(s: SortScratch, n: number): void {
  const { values, sorted, bucket, counts } = s;
  counts.fill(0, 0, n + 1);
  for (let k = 0; k < n; k++) counts[bucket[k]! + 1]!++;
  for (let b = 0; b < n; b++) counts[b + 1]! += counts[b]!;
  for (let k = 0; k < n; k++) sorted[counts[bucket[k]!]!++] = values[k]!;
  insertionSort(sorted, 0, n);
}

/** Ascending sort of `values[from … to)` in place, whatever the values. */
function sortRange(values: Float64Array, from: number, to: number, L: number, scratch: SortScratch): void {
  const n = to - from;
  if (n < BUCKET_SORT_FROM) {
    insertionSort(values, from, to);
    return;
  }
  const scale = n / L;
  for (let k = 0; k < n; k++) {
    scratch.values[k] = values[from + k]!;
    scratch.bucket[k] = bucketOf(values[from + k]!, scale, n);
  }
  bucketSort(scratch, n);
  for (let k = 0; k < n; k++) values[from + k] = scratch.sorted[k]!;
}
