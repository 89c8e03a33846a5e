/**
 * Hot kernel of the group statistics (METRICS.md §3.4, §6.2), run once on the
 * observed times and once per Monte Carlo replicate.
 *
 * For every hashtag of H_S the member occurrences are sorted by time
 * (run-order.ts; exact times are used for every comparison). Then, in O(n log N):
 * - synced posts: post p is synchronised when the nearest occurrence of another
 *   member on the same hashtag is within Δt (the nearest different-member
 *   neighbour on each side is carried along the sorted run);
 *   syncFraction = synced posts / member posts on H_S;
 * - episodes: maximal runs of occurrences with consecutive gaps ≤ Δt that hold
 *   ≥ 2 distinct members (a run holds two members iff two adjacent ones differ);
 * - owned synced posts: synced posts around which the members hold ≥ `share` of
 *   the posts within ±Δt, summed over the post's hashtags of H_S (METRICS.md §3.3
 *   peak share of voice, at the scale of one post). A swarm manufactures its
 *   bursts; an organic crowd reacting to news is a minority of the burst it joins,
 *   on the shock's hashtag and therefore on the post as a whole, whatever small
 *   hashtags its posts also carry. Non-member posts are counted either at their
 *   observed times (time-shift null: only members move; a galloping search from
 *   the previous answer, as the occurrences come in time order) or as the
 *   hashtag's posts minus the members nearby (permutation null: labels move; when
 *   the replicate gives each occurrence's slot among the hashtag's posts, the posts
 *   within ±Δt of every slot are counted once per group, by two pointers — or once
 *   per window and hashtag when the background brings them (`near`) — and read
 *   from that table);
 * - matched pairs (only when asked, O(close pairs)): occurrence pairs of two
 *   different members within Δt, the group's internal coCount.
 *
 * A null replicate needs one count only: `measure` skips the work of the others
 * (episodes are never needed there, owned synced posts only for 'owned-sync'),
 * and nothing is allocated per replicate. Every shortcut returns exactly what the
 * full evaluation returns (test/swarms/sync-kernel.test.ts checks both against a
 * brute force). Longer than 200 lines because the passes share the kernel's
 * scratch buffers.
 */
import { markSynchronised } from '../groups/index.js';
import { scratchFloat64AtLeast } from '../_lib/scratch.js';
import type { SwarmGroupData } from './group-data.js';
import { medianOf } from './median-of.js';
import { createRunOrder, type RunOrder } from './run-order.js';
import { firstAbove, firstAtLeast } from './sorted-search.js';
import type { SwarmStatistic } from './types.js';

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
  /**
   * Optional, per hashtag of H_S: for each post of `all`, the posts of `all` within ±`nearLagMs`
   * (itself included). Used when `nearLagMs` is the kernel's Δt; computed by the kernel otherwise.
   */
  readonly near?: readonly Int32Array[];
  readonly nearLagMs?: number;
}

/** How non-member posts are placed: at their observed times, or on the positions members left free. */
export type BackgroundMode = 'fixed-others' | 'relabelled';

/** Reusable evaluator of a group's statistics for arbitrary occurrence times. */
export interface SyncKernel {
  /** Every count. */
  evaluate(times: Float64Array, mode?: BackgroundMode): SyncCounts;
  /**
   * The count behind one statistic: synced posts ('sync-fraction'), owned synced posts
   * ('owned-sync', 0 without background) or matched pairs ('matched-pairs', 0 unless
   * `countPairs`); equal to that field of `evaluate`, at a fraction of its cost.
   * @param slots relabelled mode only, optional: per occurrence, its slot in the hashtag's
   *   posts as the permutation null places it — the index into `background.all` laid end to
   *   end, run after run, whose time `times[k]` is. The runs are then bucketed by slot
   *   ({@link RunOrder.sortSlots}) and the posts near a slot read from a table, not searched.
   */
  measure(times: Float64Array, mode: BackgroundMode, statistic: SwarmStatistic, slots?: Float64Array): number;
}

/**
 * Build the evaluator of a group.
 * @param data the group data.
 * @param maxLagMs Δt.
 * @param lengthMs window length L (bounds the packed keys).
 * @param countPairs also count internal matched pairs.
 * @param background posts of the group's hashtags (for owned synced posts; 0 without).
 * @returns the kernel (holds its scratch buffers).
 * @example
 * createSyncKernel(data, 60_000, 86_400_000).evaluate(data.occTime).synced;
 */
export function createSyncKernel(
  data: SwarmGroupData,
  maxLagMs: number,
  lengthMs: number,
  countPairs = false,
  background?: SyncBackground,
): SyncKernel {
  const { runStarts } = data;
  const runs = runStarts.length - 1;
  const order = createRunOrder(data, lengthMs);
  const { ord, st, sm, sp } = order;
  const synced = new Uint8Array(data.posts);
  const nearMembers = new Float64Array(data.posts);
  const nearOthers = new Float64Array(data.posts);

  /** Flags the synced posts (groups/mark-synchronised.ts, on the run order); returns their number. */
  const markSynced = (): number => {
    synced.fill(0);
    return markSynchronised(st, sm, runStarts, maxLagMs, sp, synced);
  };

  /** Runs with gaps ≤ Δt and two members. */
  const countEpisodes = (): number => {
    let episodes = 0;
    for (let r = 0; r < runs; r++) {
      const from = runStarts[r]!;
      const end = runStarts[r + 1]!;
      if (end === from) continue;
      let mixed = false;
      for (let k = from + 1; k <= end; k++) {
        if (k < end && st[k]! - st[k - 1]! <= maxLagMs) {
          if (sm[k] !== sm[k - 1]) mixed = true;
          continue;
        }
        if (mixed) episodes++;
        mixed = false;
      }
    }
    return episodes;
  };

  const countMatchedPairs = (): number => {
    let pairs = 0;
    for (let r = 0; r < runs; r++) {
      const end = runStarts[r + 1]!;
      for (let k = runStarts[r]!; k < end; k++) {
        for (let j = k + 1; j < end && st[j]! - st[k]! <= maxLagMs; j++) if (sm[j] !== sm[k]) pairs++;
      }
    }
    return pairs;
  };

  // Slots of run r: [slotStarts[r], slotStarts[r + 1]) of background.all laid end to end.
  const slotStarts = new Int32Array(runs + 1);
  if (background !== undefined) for (let r = 0; r < runs; r++) slotStarts[r + 1] = slotStarts[r]! + background.all[r]!.length;
  // Per slot: its posts within ±Δt (made on first use).
  let nearSlot: Int32Array | null = null;
  const nearSlotTable = (bg: SyncBackground): Int32Array => {
    let total = 0;
    for (const posts of bg.all) total += posts.length;
    const table = new Int32Array(total);
    let offset = 0;
    if (bg.near !== undefined && bg.nearLagMs === maxLagMs) {
      for (const counts of bg.near) {
        table.set(counts, offset);
        offset += counts.length;
      }
      return table;
    }
    for (const posts of bg.all) {
      // Two pointers over the sorted times: countInRange(posts, t − Δt, t + Δt) for each.
      let a = 0;
      let c = 0;
      for (let j = 0; j < posts.length; j++) {
        const t = posts[j]!;
        while (posts[a]! < t - maxLagMs) a++;
        if (c < j) c = j;
        while (c < posts.length && posts[c]! <= t + maxLagMs) c++;
        table[offset + j] = c - a;
      }
      offset += posts.length;
    }
    return table;
  };

  /** Synced posts whose members hold ≥ share of the posts within ±Δt (after markSynced). */
  const countOwned = (bg: SyncBackground, mode: BackgroundMode, slots: Float64Array | undefined): number => {
    const relabelled = mode === 'relabelled';
    const table = relabelled && slots !== undefined ? (nearSlot ??= nearSlotTable(bg)) : null;
    // Local share around the occurrences of synced posts only (the rest cannot count).
    for (let r = 0; r < runs; r++) {
      const from = runStarts[r]!;
      const end = runStarts[r + 1]!;
      const posts = relabelled ? bg.all[r]! : bg.others[r]!;
      let lo = from;
      let hi = from;
      let a = 0;
      let c = 0;
      for (let k = from; k < end; k++) {
        const post = sp[k]!;
        if (synced[post] === 0) continue;
        const t = st[k]!;
        const before = t - maxLagMs;
        const after = t + maxLagMs;
        while (st[lo]! < before) lo++;
        if (hi < k) hi = k;
        while (hi < end && st[hi]! <= after) hi++;
        const members = hi - lo;
        let near: number;
        if (table !== null) near = table[slots![ord[k]!]!]!;
        else {
          a = firstAtLeast(posts, before, a);
          c = firstAbove(posts, after, c < a ? a : c);
          near = c - a;
        }
        nearMembers[post]! += members;
        nearOthers[post]! += relabelled ? Math.max(0, near - members) : near;
      }
    }
    let ownedCount = 0;
    for (let p = 0; p < synced.length; p++) {
      if (synced[p] === 1) {
        if (nearMembers[p]! >= bg.share * (nearMembers[p]! + nearOthers[p]!)) ownedCount++;
        nearMembers[p] = 0;
        nearOthers[p] = 0;
      }
    }
    return ownedCount;
  };

  return {
    evaluate(times: Float64Array, mode: BackgroundMode = 'fixed-others'): SyncCounts {
      order.sort(times);
      const count = markSynced();
      const episodes = countEpisodes();
      const pairs = countPairs ? countMatchedPairs() : 0;
      const ownedSynced = background === undefined ? 0 : countOwned(background, mode, undefined);
      return { synced: count, ownedSynced, episodes, pairs };
    },
    measure(times: Float64Array, mode: BackgroundMode, statistic: SwarmStatistic, slots?: Float64Array): number {
      if (mode === 'relabelled' && slots !== undefined && background !== undefined) order.sortSlots(times, slots, slotStarts);
      else if (mode === 'fixed-others') order.sortShifted(times);
      else order.sort(times);
      if (statistic === 'matched-pairs') return countPairs ? countMatchedPairs() : 0;
      const count = markSynced();
      if (statistic === 'sync-fraction') return count;
      return background === undefined ? 0 : countOwned(background, mode, slots);
    },
  };
}

/**
 * Median |Δt| over internal matched pairs (two members, one hashtag, |Δt| ≤ Δt),
 * on the observed times; null when there is no such pair.
 * @param data the group data (occurrences in time order per hashtag).
 * @param maxLagMs Δt.
 * @returns the median lag in ms, or null.
 * @example
 * medianInternalLag(data, 60_000); // e.g. 4200
 */
export function medianInternalLag(data: SwarmGroupData, maxLagMs: number): number | null {
  const { runStarts, member, occTime } = data;
  let lags = scratchFloat64AtLeast('swarms.kernel.lags', 64);
  let n = 0;
  for (let r = 0; r + 1 < runStarts.length; r++) {
    for (let i = runStarts[r]!; i < runStarts[r + 1]!; i++) {
      for (let j = i + 1; j < runStarts[r + 1]! && occTime[j]! - occTime[i]! <= maxLagMs; j++) {
        if (member[i] === member[j]) continue;
        if (n === lags.length) {
          const grown = scratchFloat64AtLeast('swarms.kernel.lags', 2 * n);
          grown.set(lags);
          lags = grown;
        }
        lags[n++] = occTime[j]! - occTime[i]!;
      }
    }
  }
  return n === 0 ? null : medianOf(lags, n);
}

/**
 * Episodes per hashtag of H_S on the observed times: runs of member occurrences
 * with gaps ≤ Δt holding ≥ 2 distinct members.
 * @param data the group data (occurrences in time order per hashtag).
 * @param maxLagMs Δt.
 * @returns one count per entry of `data.hashtags`.
 * @example
 * episodesByTag(data, 60_000)[0];
 */
export function episodesByTag(data: SwarmGroupData, maxLagMs: number): Int32Array {
  const { runStarts, member, occTime } = data;
  const out = new Int32Array(data.hashtags.length);
  for (let r = 0; r < data.hashtags.length; r++) {
    let mixed = false;
    for (let k = runStarts[r]! + 1; k < runStarts[r + 1]!; k++) {
      if (occTime[k]! - occTime[k - 1]! > maxLagMs) {
        if (mixed) out[r]!++;
        mixed = false;
      } else if (member[k] !== member[k - 1]) mixed = true;
    }
    if (mixed) out[r]!++;
  }
  return out;
}
