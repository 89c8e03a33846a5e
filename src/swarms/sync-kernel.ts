/**
 * Hot kernel of the group statistics (METRICS.md §3.4, §6.2), run once on the
 * observed times and once per Monte Carlo replicate.
 *
 * For every hashtag of H_S the member incidences are sorted by time (packed
 * `floor(time)·B + k` keys in a Float64Array, sorted natively; exact times are
 * used for every comparison). Then, in O(n log N):
 * - synced posts: post p is synchronised when the nearest incidence of another
 *   member on the same hashtag is within Δt (the nearest different-member
 *   neighbour on each side is carried along the sorted run);
 *   syncFraction = synced posts / member posts on H_S;
 * - episodes: maximal runs of incidences with consecutive gaps ≤ Δt that hold
 *   ≥ 2 distinct members (a run holds two members iff two adjacent ones differ);
 * - owned synced posts: synced posts around which the members hold ≥ `share` of
 *   the posts within ±Δt, summed over the post's hashtags of H_S (METRICS.md §3.3
 *   peak share of voice, at the scale of one post). A swarm manufactures its
 *   bursts; an organic crowd reacting to news is a minority of the burst it joins,
 *   on the shock's hashtag and therefore on the post as a whole, whatever small
 *   hashtags its posts also carry. Non-member posts are counted by binary search,
 *   either at their observed times (time-shift null: only members move) or as the
 *   hashtag's posts minus the members nearby (permutation null: labels move);
 * - matched pairs (only when asked, O(close pairs)): incidence pairs of two
 *   different members within Δt, the group's internal coCount.
 */
import type { GroupData } from './group-data.js';

/** Result of one evaluation. */
export interface SyncCounts {
  readonly synced: number;
  readonly ownedSynced: number;
  readonly episodes: number;
  /** Internal matched pairs; 0 unless the kernel was built with `countPairs`. */
  readonly pairs: number;
}

/** The posts of the group's hashtags, for the local share of voice of episodes. */
export interface SyncBackground {
  /** Per hashtag of H_S: sorted times of its non-crowd posts by non-members. */
  readonly others: readonly Float64Array[];
  /** Per hashtag of H_S: sorted times of all its non-crowd posts. */
  readonly all: readonly Float64Array[];
  /** Share of an episode's span the members must hold. */
  readonly share: number;
}

/** How non-member posts are placed: at their observed times, or on the positions members left free. */
export type BackgroundMode = 'fixed-others' | 'relabelled';

/** Reusable evaluator of a group's statistics for arbitrary incidence times. */
export interface SyncKernel {
  evaluate(times: Float64Array, mode?: BackgroundMode): SyncCounts;
}

/** Number of values in [lo, hi] of a sorted array. * @throws nothing (internal helper; inputs are validated by the public entry points).
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
 * Build the evaluator of a group.
 * @param data the group data.
 * @param maxLagMs Δt.
 * @param lengthMs window length L (bounds the packed keys).
 * @param countPairs also count internal matched pairs.
 * @param background posts of the group's hashtags (for owned synced posts; 0 without).
 * @returns the kernel (holds its scratch buffers).
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * createSyncKernel(data, 60_000, 86_400_000).evaluate(data.incTime).synced;
 */
export function createSyncKernel(
  data: GroupData,
  maxLagMs: number,
  lengthMs: number,
  countPairs = false,
  background?: SyncBackground,
): SyncKernel {
  const { tagStarts, incMember, incPost } = data;
  let maxRun = 1;
  for (let r = 0; r + 1 < tagStarts.length; r++) maxRun = Math.max(maxRun, tagStarts[r + 1]! - tagStarts[r]!);
  let bits = 1;
  while (2 ** bits < maxRun) bits++;
  const base = 2 ** bits;
  const packable = (Math.ceil(lengthMs) + 1) * base < 2 ** 53;
  const keys = new Float64Array(maxRun);
  const nInc = tagStarts[tagStarts.length - 1] ?? 0;
  // Per incidence position (within its hashtag run, in time order): incidence index, time, member.
  const ord = new Int32Array(nInc);
  const st = new Float64Array(nInc);
  const sm = new Int32Array(nInc);
  const incSynced = new Uint8Array(maxRun);
  const synced = new Uint8Array(data.posts);
  const nearMembers = new Float64Array(data.posts);
  const nearOthers = new Float64Array(data.posts);
  const sortRun = (times: Float64Array, from: number, n: number): void => {
    if (packable) {
      for (let k = 0; k < n; k++) keys[k] = Math.floor(times[from + k]!) * base + k;
      const view = keys.subarray(0, n).sort();
      for (let k = 0; k < n; k++) ord[from + k] = from + (view[k]! % base);
    } else {
      const idx = Array.from({ length: n }, (_, k) => k).sort((a, b) => times[from + a]! - times[from + b]! || a - b);
      for (let k = 0; k < n; k++) ord[from + k] = from + idx[k]!;
    }
    for (let k = from; k < from + n; k++) {
      st[k] = times[ord[k]!]!;
      sm[k] = incMember[ord[k]!]!;
    }
  };
  return {
    evaluate(times: Float64Array, mode: BackgroundMode = 'fixed-others'): SyncCounts {
      synced.fill(0);
      let episodes = 0;
      let pairs = 0;
      // Pass 1: sort each hashtag's incidences; synced flags, episodes, matched pairs.
      for (let r = 0; r + 1 < tagStarts.length; r++) {
        const from = tagStarts[r]!;
        const end = tagStarts[r + 1]!;
        const n = end - from;
        if (n === 0) continue;
        sortRun(times, from, n);
        // Nearest incidence of another member, on each side.
        let prevDiff = -1;
        for (let k = from; k < end; k++) {
          if (k > from && sm[k - 1] !== sm[k]) prevDiff = k - 1;
          incSynced[k - from] = prevDiff >= 0 && st[k]! - st[prevDiff]! <= maxLagMs ? 1 : 0;
        }
        let nextDiff = -1;
        for (let k = end - 1; k >= from; k--) {
          if (k < end - 1 && sm[k + 1] !== sm[k]) nextDiff = k + 1;
          if (nextDiff >= 0 && st[nextDiff]! - st[k]! <= maxLagMs) incSynced[k - from] = 1;
          if (incSynced[k - from] === 1) synced[incPost[ord[k]!]!] = 1;
        }
        // Episodes: runs with gaps ≤ Δt and two members.
        let mixed = false;
        for (let k = from + 1; k <= end; k++) {
          if (k < end && st[k]! - st[k - 1]! <= maxLagMs) {
            if (sm[k] !== sm[k - 1]) mixed = true;
            continue;
          }
          if (mixed) episodes++;
          mixed = false;
        }
        if (countPairs) {
          for (let k = from; k < end; k++) {
            for (let j = k + 1; j < end && st[j]! - st[k]! <= maxLagMs; j++) if (sm[j] !== sm[k]) pairs++;
          }
        }
      }
      let count = 0;
      for (let p = 0; p < synced.length; p++) count += synced[p]!;
      if (background === undefined) return { synced: count, ownedSynced: 0, episodes, pairs };
      // Pass 2: local share around the incidences of synced posts only (the rest cannot count).
      for (let r = 0; r + 1 < tagStarts.length; r++) {
        const from = tagStarts[r]!;
        const end = tagStarts[r + 1]!;
        let lo = from;
        let hi = from;
        for (let k = from; k < end; k++) {
          const post = incPost[ord[k]!]!;
          if (synced[post] === 0) continue;
          const t = st[k]!;
          while (st[lo]! < t - maxLagMs) lo++;
          if (hi < k) hi = k;
          while (hi < end && st[hi]! <= t + maxLagMs) hi++;
          const members = hi - lo;
          const others =
            mode === 'fixed-others'
              ? countInRange(background.others[r]!, t - maxLagMs, t + maxLagMs)
              : Math.max(0, countInRange(background.all[r]!, t - maxLagMs, t + maxLagMs) - members);
          nearMembers[post] = (nearMembers[post] ?? 0) + members;
          nearOthers[post] = (nearOthers[post] ?? 0) + others;
        }
      }
      let ownedCount = 0;
      for (let p = 0; p < synced.length; p++) {
        if (synced[p] === 1) {
          if (nearMembers[p]! >= background.share * (nearMembers[p]! + nearOthers[p]!)) ownedCount++;
          nearMembers[p] = 0;
          nearOthers[p] = 0;
        }
      }
      return { synced: count, ownedSynced: ownedCount, episodes, pairs };
    },
  };
}

/**
 * Median |Δt| over internal matched pairs (two members, one hashtag, |Δt| ≤ Δt),
 * on the observed times; null when there is no such pair.
 * @param data the group data (incidences in time order per hashtag).
 * @param maxLagMs Δt.
 * @returns the median lag in ms, or null.
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * medianInternalLag(data, 60_000); // e.g. 4200
 */
export function medianInternalLag(data: GroupData, maxLagMs: number): number | null {
  const { tagStarts, incMember, incTime } = data;
  const lags: number[] = [];
  for (let r = 0; r + 1 < tagStarts.length; r++) {
    for (let i = tagStarts[r]!; i < tagStarts[r + 1]!; i++) {
      for (let j = i + 1; j < tagStarts[r + 1]! && incTime[j]! - incTime[i]! <= maxLagMs; j++) {
        if (incMember[i] !== incMember[j]) lags.push(incTime[j]! - incTime[i]!);
      }
    }
  }
  if (lags.length === 0) return null;
  const s = Float64Array.from(lags).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Episodes per hashtag of H_S on the observed times: runs of member incidences
 * with gaps ≤ Δt holding ≥ 2 distinct members.
 * @param data the group data (incidences in time order per hashtag).
 * @param maxLagMs Δt.
 * @returns one count per entry of `data.tags`.
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * episodesByTag(data, 60_000)[0];
 */
export function episodesByTag(data: GroupData, maxLagMs: number): Int32Array {
  const { tagStarts, incMember, incTime } = data;
  const out = new Int32Array(data.tags.length);
  for (let r = 0; r < data.tags.length; r++) {
    let mixed = false;
    for (let k = tagStarts[r]! + 1; k < tagStarts[r + 1]!; k++) {
      if (incTime[k]! - incTime[k - 1]! > maxLagMs) {
        if (mixed) out[r]!++;
        mixed = false;
      } else if (incMember[k] !== incMember[k - 1]) mixed = true;
    }
    if (mixed) out[r]!++;
  }
  return out;
}
