/**
 * Time order of a group's occurrences within each hashtag of H_S, for arbitrary
 * occurrence times (the observed ones, or a Monte Carlo replicate's).
 *
 * Order: by (floor(time), occurrence index) — exact times are then used for every
 * comparison by the kernel — or by (time, occurrence index) when the window is so
 * long that floor(time)·B + index no longer fits in a double (B = the smallest
 * power of two ≥ the longest run). Every path below gives that same order, since
 * the keys are distinct; none allocates per replicate.
 *
 * Most runs are short (a hashtag of H_S holds a few member posts): runs of up to
 * {@link INSERTION_MAX} occurrences are insertion-sorted in place. Longer runs
 * (a few dozen to a few hundred occurrences; most occurrences sit in one) are where
 * the time goes, and the native sort of a Float64Array costs 40–60 ns an element:
 * they are first distributed into n buckets of equal width over the range of a
 * `spread` key that rises with time (a counting sort, O(n)), then finished by
 * insertion sort on (floor(time), index) — O(n) while the buckets are balanced,
 * as they are under the time-shift null (uniform offsets, spread = the times)
 * and under the permutation null (spread = the slot among the hashtag's posts,
 * drawn uniformly). A run whose buckets are too uneven (Σ c_b² > {@link SKEW_MAX}·n,
 * the insertion cost) sorts packed `floor(time)·B + index` keys natively instead,
 * through a view made once per run. A run already in time order (the observed
 * times) is kept as is.
 */
import type { SwarmGroupData } from './group-data.js';

/** Longest run sorted by plain insertion (8–32 measured alike on the synthetic benchmark). */
export const INSERTION_MAX = 16;

/** Bucket imbalance Σ c_b² / n above which a long run is sorted natively (balanced: ≈ 2). */
export const SKEW_MAX = 6;

/** The sorted runs, per position (occurrences of tag r at positions `runStarts[r] .. runStarts[r + 1]`). */
export interface RunOrder {
  /** Occurrence at each position. */
  readonly ord: Int32Array;
  /** Its time. */
  readonly st: Float64Array;
  /** Its local member id. */
  readonly sm: Int32Array;
  /** Its local post id. */
  readonly sp: Int32Array;
  /** Sort every run by the given occurrence times (fills the four arrays); runs already in order are kept. */
  sort(times: Float64Array): void;
  /** The same, bucketing over [0, L), where a time-shift replicate's times spread evenly (any times sort right). */
  sortShifted(times: Float64Array): void;
  /**
   * The same for a permutation replicate: occurrence k sits on slot `slots[k]` of the
   * posts of its hashtag, slots rising with time, run r's in [slotStarts[r], slotStarts[r + 1]).
   * The slots only choose the buckets: they change the cost, never the order.
   */
  sortSlots(times: Float64Array, slots: Float64Array, slotStarts: Int32Array): void;
}

/**
 * Build the sorter of a group's runs (holds its buffers).
 * @param data the group data.
 * @param lengthMs window length L (bounds the packed keys).
 * @returns the sorter.
 * @example
 * const order = createRunOrder(data, 86_400_000); order.sort(data.occTime); order.st[0];
 */
export function createRunOrder(data: SwarmGroupData, lengthMs: number): RunOrder {
  const { runStarts, member, occPost } = data;
  const runs = runStarts.length - 1;
  let maxRun = 1;
  for (let r = 0; r < runs; r++) maxRun = Math.max(maxRun, runStarts[r + 1]! - runStarts[r]!);
  let bits = 1;
  while (2 ** bits < maxRun) bits++;
  const base = 2 ** bits;
  const packable = (Math.ceil(lengthMs) + 1) * base < 2 ** 53;
  const nInc = runStarts[runs] ?? 0;
  const ord = new Int32Array(nInc);
  const st = new Float64Array(nInc);
  const sm = new Int32Array(nInc);
  const sp = new Int32Array(nInc);
  // floor(time) per position while sorting; packed keys for the native fallback, one view per long run.
  const floors = new Float64Array(nInc);
  const keys = new Float64Array(nInc);
  const views: (Float64Array | null)[] = [];
  for (let r = 0; r < runs; r++) {
    const n = runStarts[r + 1]! - runStarts[r]!;
    views.push(packable && n > INSERTION_MAX ? keys.subarray(runStarts[r]!, runStarts[r + 1]!) : null);
  }
  // Bucket of each occurrence, and bucket counts then starts (n + 1 of them for a run of n).
  const bucketOf = new Int32Array(nInc);
  const bucketStart = new Int32Array(maxRun + 1);

  /** Insertion sort of a run in occurrence order by (floor(time), index). */
  const insertionSort = (times: Float64Array, from: number, end: number): void => {
    for (let k = from; k < end; k++) {
      const f = Math.floor(times[k]!);
      let j = k - 1;
      // Occurrences arrive in index order, so ties need no index comparison.
      while (j >= from && floors[j]! > f) {
        floors[j + 1] = floors[j]!;
        ord[j + 1] = ord[j]!;
        j--;
      }
      floors[j + 1] = f;
      ord[j + 1] = k;
    }
  };

  const nativeSort = (times: Float64Array, from: number, end: number, view: Float64Array): void => {
    for (let k = from; k < end; k++) keys[k] = Math.floor(times[k]!) * base + (k - from);
    view.sort();
    // key − floor(key / B)·B is exact (B a power of two, key < 2^53) and cheaper than %.
    for (let k = from; k < end; k++) {
      const key = keys[k]!;
      ord[k] = from + (key - Math.floor(key / base) * base);
    }
  };

  /** Occurrence order → per-position time, member and post. */
  const gather = (times: Float64Array, from: number, end: number): void => {
    for (let k = from; k < end; k++) {
      const i = ord[k]!;
      st[k] = times[i]!;
      sm[k] = member[i]!;
      sp[k] = occPost[i]!;
    }
  };

  /** Counting sort into n buckets of `spread` over [lo, lo + width), then insertion sort; fills all arrays. */
  const bucketSort = (
    times: Float64Array,
    spread: Float64Array,
    from: number,
    end: number,
    lo: number,
    width: number,
    view: Float64Array,
  ): void => {
    const n = end - from;
    const scale = n / width;
    bucketStart.fill(0, 0, n + 1);
    let squares = 0;
    for (let k = from; k < end; k++) {
      let b = Math.floor((spread[k]! - lo) * scale);
      if (b >= n) b = n - 1;
      else if (!(b >= 0)) b = 0;
      bucketOf[k] = b;
      // (c + 1)² − c² = 2c + 1.
      squares += 2 * bucketStart[b + 1]! + 1;
      bucketStart[b + 1]!++;
    }
    if (squares > SKEW_MAX * n) {
      nativeSort(times, from, end, view);
      gather(times, from, end);
      return;
    }
    for (let b = 0; b < n; b++) bucketStart[b + 1]! += bucketStart[b]!;
    for (let k = from; k < end; k++) {
      const at = from + bucketStart[bucketOf[k]!]!++;
      const t = times[k]!;
      floors[at] = Math.floor(t);
      ord[at] = k;
      st[at] = t;
      sm[at] = member[k]!;
      sp[at] = occPost[k]!;
    }
    for (let k = from + 1; k < end; k++) {
      const f = floors[k]!;
      const i = ord[k]!;
      if (floors[k - 1]! < f || (floors[k - 1] === f && ord[k - 1]! < i)) continue;
      const t = st[k]!;
      const m = sm[k]!;
      const p = sp[k]!;
      let j = k - 1;
      while (j >= from && (floors[j]! > f || (floors[j] === f && ord[j]! > i))) {
        floors[j + 1] = floors[j]!;
        ord[j + 1] = ord[j]!;
        st[j + 1] = st[j]!;
        sm[j + 1] = sm[j]!;
        sp[j + 1] = sp[j]!;
        j--;
      }
      floors[j + 1] = f;
      ord[j + 1] = i;
      st[j + 1] = t;
      sm[j + 1] = m;
      sp[j + 1] = p;
    }
  };

  /** One run by arbitrary times: kept when already in time order, else bucketed over its time range. */
  const sortRun = (times: Float64Array, from: number, end: number, view: Float64Array): void => {
    let min = Infinity;
    let max = -Infinity;
    let descents = 0;
    for (let k = from; k < end; k++) {
      const t = times[k]!;
      if (k > from && t < times[k - 1]!) descents++;
      if (t < min) min = t;
      if (t > max) max = t;
    }
    if (descents > 0) {
      bucketSort(times, times, from, end, min, max - min + 1, view);
      return;
    }
    // In time order, hence in (floor(time), index) order.
    for (let k = from; k < end; k++) ord[k] = k;
    gather(times, from, end);
  };

  const comparatorSort = (times: Float64Array, from: number, end: number): void => {
    const idx = Array.from({ length: end - from }, (_, k) => from + k).sort((a, b) => times[a]! - times[b]! || a - b);
    for (let k = from; k < end; k++) ord[k] = idx[k - from]!;
  };

  /** Sort every run; long ones by their times (`slots` null, `shifted` false), over [0, L), or by slot. */
  const sortAll = (times: Float64Array, shifted: boolean, slots: Float64Array | null, slotStarts: Int32Array | null): void => {
    for (let r = 0; r < runs; r++) {
      const from = runStarts[r]!;
      const end = runStarts[r + 1]!;
      const view = views[r] ?? null;
      if (view === null) {
        if (packable) insertionSort(times, from, end);
        else comparatorSort(times, from, end);
        gather(times, from, end);
      } else if (slots !== null && slotStarts !== null) {
        bucketSort(times, slots, from, end, slotStarts[r]!, slotStarts[r + 1]! - slotStarts[r]!, view);
      } else if (shifted) bucketSort(times, times, from, end, 0, lengthMs, view);
      else sortRun(times, from, end, view);
    }
  };

  return {
    ord,
    st,
    sm,
    sp,
    sort(times: Float64Array): void {
      sortAll(times, false, null, null);
    },
    sortShifted(times: Float64Array): void {
      sortAll(times, true, null, null);
    },
    sortSlots(times: Float64Array, slots: Float64Array, slotStarts: Int32Array): void {
      sortAll(times, false, slots, slotStarts);
    },
  };
}
