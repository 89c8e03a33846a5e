/**
 * Group significance (METRICS.md §6.2): statistic T(S) against two nulls.
 *
 * - Time-shift null: every member's timeline is circularly shifted by an
 *   independent offset o_i ~ U[0, L) inside the window, t' = (t + o_i) mod L;
 *   it keeps each member's volume and rhythm and breaks only the alignment
 *   between members.
 * - Within-hashtag permutation null (§6.1): for each hashtag of H_S, the
 *   account labels of its non-crowd posts are permuted; for T only the member
 *   labels matter, so the member occurrences are placed on a uniform random
 *   ordered sample of the hashtag's post times (partial Fisher–Yates, O(n_Sh)).
 *   With `permutationBinMs` > 0 the labels are permuted only among the posts of
 *   the same hashtag in the same time bin (a stratified permutation): the null
 *   then keeps the hashtag's profile at bin resolution, which removes the
 *   selection effect of Louvain picking the accounts that happened to post in
 *   a news shock (a whole-window permutation scatters them over the hashtag's
 *   quiet hours and calls the shock's crowd coordinated). 0 gives the exact
 *   whole-window null of §6.1.
 *
 * Monte Carlo p-values are sequential (Besag & Clifford 1991, Biometrika 78:301):
 * draw until h replicates reach T_obs (p = h / draws) or R replicates were drawn
 * (p = (1 + G) / (R + 1), North, Curtis & Sham 2002); both are valid p-values,
 * never 0, and non-significant candidates cost about h / p replicates.
 */
import type { Rng } from '../_lib/rng.js';
import type { SwarmGroupData } from './group-data.js';
import type { SyncCounts, SyncKernel } from './sync-kernel.js';
import type { SwarmStatistic } from './types.js';
import type { WindowIndex } from './window-index.js';

/** Outcome of one null. */
export interface NullOutcome {
  readonly pValue: number;
  readonly z: number | null;
  readonly draws: number;
}

/** Outcome of both nulls. */
export interface GroupTest {
  /** T(S): syncFraction, owned synced posts / member posts on H_S, or internal matched pairs. */
  readonly statistic: number;
  readonly observed: SyncCounts;
  readonly timeShift: NullOutcome;
  readonly permutation: NullOutcome;
}

/**
 * Sequential Monte Carlo p-value and z-score.
 * @param observed T_obs.
 * @param draw draws one null replicate of T.
 * @param replicates maximum draws R.
 * @param stopAfter exceedances h that stop the sampling (clearly not significant; Besag–Clifford).
 * @param early clearly-significant stop: after `minDraws` draws without exceedance and with
 *   (T_obs − mean)/sd ≥ `zStop`, sampling stops and p is the full run's 1/(R + 1).
 * @returns p, z (null when the drawn replicates have no spread) and draws.
 * @example
 * sequentialPValue(5, () => Math.random() * 4, 199, 10).pValue; // 0.005
 */
export function sequentialPValue(
  observed: number,
  draw: () => number,
  replicates: number,
  stopAfter: number,
  early: { readonly minDraws: number; readonly zStop: number } = { minDraws: replicates, zStop: Infinity },
): NullOutcome {
  let exceed = 0;
  let draws = 0;
  let sum = 0;
  let sumSq = 0;
  while (draws < replicates) {
    const value = draw();
    draws++;
    sum += value;
    sumSq += value * value;
    if (value >= observed) exceed++;
    if (exceed >= stopAfter) break;
    if (exceed === 0 && draws >= early.minDraws && draws < replicates) {
      const m = sum / draws;
      const sdNow = Math.sqrt(Math.max(0, (sumSq - draws * m * m) / (draws - 1)));
      if (sdNow > 0 && (observed - m) / sdNow >= early.zStop) break;
    }
  }
  const pValue = exceed >= stopAfter ? exceed / draws : (1 + exceed) / (replicates + 1);
  const mean = sum / draws;
  const variance = draws > 1 ? Math.max(0, (sumSq - draws * mean * mean) / (draws - 1)) : 0;
  const sd = Math.sqrt(variance);
  const z = sd > 1e-12 * Math.max(1, Math.abs(mean)) ? (observed - mean) / sd : null;
  return { pValue: Math.min(1, pValue), z, draws };
}

/** Where each member occurrence may land under the permutation null. */
interface PermutationSlots {
  /** Non-crowd post times of every hashtag of H_S, hashtag after hashtag, each in time order. */
  readonly positions: Float64Array;
  /** Working permutation of `positions` (partial Fisher–Yates per bin). */
  readonly perm: Int32Array;
  /** Per occurrence: first position of its (hashtag, bin), the bin's size, its rank among the bin's member occurrences. */
  readonly lo: Int32Array;
  readonly size: Int32Array;
  readonly rank: Int32Array;
}

function permutationSlots(index: WindowIndex, data: SwarmGroupData, binMs: number): PermutationSlots {
  const { starts } = index.postsByHashtag;
  let total = 0;
  for (const h of data.hashtags) total += starts[h + 1]! - starts[h]!;
  const positions = new Float64Array(total);
  const n = data.occTime.length;
  const lo = new Int32Array(n);
  const size = new Int32Array(n);
  const rank = new Int32Array(n);
  let offset = 0;
  for (let r = 0; r < data.hashtags.length; r++) {
    const h = data.hashtags[r]!;
    const from = starts[h]!;
    const count = starts[h + 1]! - from;
    positions.set(index.postsByHashtagTime.subarray(from, from + count), offset);
    if (binMs > 0) binSlots(data, r, positions, offset, count, binMs, lo, size, rank);
    else {
      // One bin: the whole window.
      for (let k = data.runStarts[r]!, j = 0; k < data.runStarts[r + 1]!; k++, j++) {
        lo[k] = offset;
        size[k] = count;
        rank[k] = j;
      }
    }
    offset += count;
  }
  const perm = new Int32Array(total);
  for (let i = 0; i < total; i++) perm[i] = i;
  return { positions, perm, lo, size, rank };
}

/** Slots of tag r's occurrences when the labels are permuted within time bins of `binMs`. */
function binSlots(
  data: SwarmGroupData,
  r: number,
  positions: Float64Array,
  offset: number,
  count: number,
  binMs: number,
  lo: Int32Array,
  size: Int32Array,
  rank: Int32Array,
): void {
  // Member occurrences and positions are both in time order: walk them together.
  let p = 0;
  let binStart = 0;
  let currentBin = Number.NaN;
  let j = 0;
  for (let k = data.runStarts[r]!; k < data.runStarts[r + 1]!; k++) {
    const b = Math.floor(data.occTime[k]! / binMs);
    if (b !== currentBin) {
      while (p < count && Math.floor(positions[offset + p]! / binMs) < b) p++;
      binStart = p;
      while (p < count && Math.floor(positions[offset + p]! / binMs) === b) p++;
      currentBin = b;
      j = 0;
    }
    lo[k] = offset + binStart;
    size[k] = p - binStart;
    rank[k] = j++;
  }
}

/**
 * Run both nulls for one group.
 * @param index the window index.
 * @param data the group data.
 * @param kernel the group's statistic kernel.
 * @param statistic which T to use.
 * @param replicates R.
 * @param stopAfter Besag–Clifford h.
 * @param permutationBinMs bin width of the permutation null (0: the whole window).
 * @param rng the group's own generator (derived from the seed and the group).
 * @returns the observed statistic and both null outcomes.
 * @example
 * testGroup(index, data, kernel, 'owned-sync', 199, 10, 0, createRng(1)).timeShift.pValue;
 */
export function testGroup(
  index: WindowIndex,
  data: SwarmGroupData,
  kernel: SyncKernel,
  statistic: SwarmStatistic,
  replicates: number,
  stopAfter: number,
  permutationBinMs: number,
  rng: Rng,
  early?: { readonly minDraws: number; readonly zStop: number },
): GroupTest {
  const pick = (c: SyncCounts): number =>
    statistic === 'sync-fraction' ? c.synced : statistic === 'owned-sync' ? c.ownedSynced : c.pairs;
  const observed = kernel.evaluate(data.occTime);
  const tObs = pick(observed);
  const { occTime, member } = data;
  const n = occTime.length;
  const times = new Float64Array(n);
  const L = index.lengthMs;
  const offsets = new Float64Array(data.members.length);
  const shiftRng = rng.fork();
  const timeShift = sequentialPValue(
    tObs,
    () => {
      for (let i = 0; i < offsets.length; i++) offsets[i] = Math.floor(shiftRng.next() * L);
      for (let k = 0; k < n; k++) {
        let t = occTime[k]! + offsets[member[k]!]!;
        if (t >= L) t -= L;
        times[k] = t;
      }
      return kernel.measure(times, 'fixed-others', statistic);
    },
    replicates,
    stopAfter,
    early,
  );
  const { positions, perm, lo, size, rank } = permutationSlots(index, data, permutationBinMs);
  const permRng = rng.fork();
  // `positions` is background.all laid end to end (both list each hashtag's non-crowd posts in
  // time order), so the chosen slot is what the kernel's `slots` expects.
  const slotOf = new Float64Array(n);
  const permutation = sequentialPValue(
    tObs,
    () => {
      for (let k = 0; k < n; k++) {
        const a = lo[k]! + rank[k]!;
        const s = a + permRng.int(size[k]! - rank[k]!);
        const chosen = perm[s]!;
        perm[s] = perm[a]!;
        perm[a] = chosen;
        times[k] = positions[chosen]!;
        slotOf[k] = chosen;
      }
      return kernel.measure(times, 'relabelled', statistic, slotOf);
    },
    replicates,
    stopAfter,
    early,
  );
  const value = statistic === 'matched-pairs' ? observed.pairs : data.posts > 0 ? pick(observed) / data.posts : 0;
  return { statistic: value, observed, timeShift, permutation };
}
