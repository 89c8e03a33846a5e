/**
 * Growth of a significant swarm (DESIGN.md §5, recall on hard data): accounts
 * whose pairwise edges are individually too weak to survive the edge filter,
 * but whose posts keep landing in the swarm's own bursts, join it.
 *
 * Owned episodes of the swarm: on each hashtag h of H_S, the runs of member
 * posts (gaps ≤ Δt, ≥ 2 members) in which the members hold ≥ burstShare of the
 * hashtag's posts over [start − Δt, end + Δt] — bursts the swarm manufactures, not
 * news shocks it joined. For a non-member account a:
 *   k_a = a's non-crowd posts on H_S inside an owned episode span of the same hashtag;
 *   λ_a = Σ_p min(1, Σ_{h ∈ H(p) ∩ H_S} c_h), c_h = |∪ owned spans on h ∩ [0, L)| / L,
 *         the expected k_a when a's timeline is circularly shifted by U[0, L)
 *         (the time-shift null of §6.2, for one account);
 *   p_a = P(Poisson(λ_a) ≥ k_a).
 * Accounts with k_a ≥ minSynced whose p_a passes Benjamini–Hochberg at level q
 * over every account active on H_S join; the grown group is then re-tested as a whole.
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { benjaminiHochbergThreshold, poissonUpperTail } from '../_lib/stats.js';
import type { SwarmGroupData } from './group-data.js';
import { countInRange } from './sorted-search.js';
import type { SyncBackground } from './sync-kernel.js';
import type { WindowIndex } from './window-index.js';

/** Owned episode spans of one hashtag, as sorted disjoint [lo, hi] pairs. */
function ownedSpans(data: SwarmGroupData, r: number, background: SyncBackground, maxLagMs: number, lengthMs: number): number[] {
  const spans: number[] = [];
  const from = data.runStarts[r]!;
  const to = data.runStarts[r + 1]!;
  let a = from;
  let mixed = false;
  for (let k = from + 1; k <= to; k++) {
    if (k < to && data.occTime[k]! - data.occTime[k - 1]! <= maxLagMs) {
      if (data.member[k] !== data.member[k - 1]) mixed = true;
      continue;
    }
    if (mixed) {
      const lo = Math.max(0, data.occTime[a]! - maxLagMs);
      const hi = Math.min(lengthMs, data.occTime[k - 1]! + maxLagMs);
      const others = countInRange(background.others[r]!, lo, hi);
      if ((k - a) / (k - a + others) >= background.share) {
        const last = spans.length - 1;
        if (last > 0 && lo <= spans[last]!) spans[last] = Math.max(spans[last]!, hi);
        else spans.push(lo, hi);
      }
    }
    a = k;
    mixed = false;
  }
  return spans;
}

/** What growth tests, per active account (eligible, posting on H_S), in id order. */
export interface GrowthEvidence {
  readonly accounts: Int32Array;
  /** k_a (each post once, whatever number of H_S's hashtags it carries). */
  readonly synced: Int32Array;
  /** λ_a. */
  readonly lambda: Float64Array;
}

/**
 * The evidence of every account active on a group's hashtags.
 * @param index the window index.
 * @param data the group data (occurrences in time order per hashtag).
 * @param background the group's hashtag posts and burst share.
 * @param eligible 1 for accounts that may join (not in any candidate).
 * @param maxLagMs Δt.
 * @returns k_a and λ_a per active account, accounts ascending.
 * @example
 * growthEvidence(index, data, background, eligible, 60_000).lambda[0];
 */
export function growthEvidence(index: WindowIndex, data: SwarmGroupData, background: SyncBackground, eligible: Uint8Array, maxLagMs: number): GrowthEvidence {
  const L = index.lengthMs;
  const { starts, items } = index.postsByHashtag;
  const { postsByHashtagAccount: postAccountAt, postsByHashtagTime: postTimeAt } = index;
  const postSynced = scratchUint8('swarms.grow.postSynced', index.relTime.length).fill(0);
  const postLambda = scratchFloat64('swarms.grow.postLambda', index.relTime.length).fill(0);
  const seen = scratchUint8('swarms.grow.seen', index.accounts.length).fill(0);
  let active = 0;
  // Posts whose (synced, λ) left (0, 0), in the order it happened.
  const raised: number[] = [];
  for (let r = 0; r < data.hashtags.length; r++) {
    const spans = ownedSpans(data, r, background, maxLagMs, L);
    const h = data.hashtags[r]!;
    if (spans.length === 0) {
      // Nothing owned on h: its posts add 0 to every sum, but their accounts are active.
      for (let k = starts[h]!; k < starts[h + 1]!; k++) {
        const a = postAccountAt[k]!;
        if (eligible[a] === 1 && seen[a] === 0) {
          seen[a] = 1;
          active++;
        }
      }
      continue;
    }
    let covered = 0;
    for (let s = 0; s < spans.length; s += 2) covered += spans[s + 1]! - spans[s]!;
    const coverage = covered / L;
    // The hashtag's posts come in time order: the first span not ended before a post only moves on.
    const spanCount = spans.length / 2;
    let span = 0;
    for (let k = starts[h]!; k < starts[h + 1]!; k++) {
      const a = postAccountAt[k]!;
      if (eligible[a] !== 1) continue;
      if (seen[a] === 0) {
        seen[a] = 1;
        active++;
      }
      const p = items[k]!;
      const untouched = postLambda[p] === 0 && postSynced[p] === 0;
      const t = postTimeAt[k]!;
      while (span < spanCount && spans[2 * span + 1]! < t) span++;
      if (span < spanCount && spans[2 * span]! <= t) postSynced[p] = 1;
      postLambda[p]! += coverage;
      if (untouched && (postLambda[p] !== 0 || postSynced[p] !== 0)) raised.push(p);
    }
  }
  // Each post counts once (k_a counts posts, λ_a sums over posts), in the order the posts
  // were raised; posts never raised add 0.
  const synced = scratchInt32('swarms.grow.synced', index.accounts.length).fill(0);
  const lambda = scratchFloat64('swarms.grow.lambda', index.accounts.length).fill(0);
  for (let i = 0; i < raised.length; i++) {
    const p = raised[i]!;
    const a = index.postAccount[p]!;
    synced[a]! += postSynced[p]!;
    lambda[a]! += Math.min(1, postLambda[p]!);
  }
  // The active accounts in id order: a scan of the flags, cheaper than sorting them.
  const accounts = new Int32Array(active);
  for (let a = 0, i = 0; i < active; a++) if (seen[a] === 1) accounts[i++] = a;
  return { accounts, synced: Int32Array.from(accounts, (a) => synced[a]!), lambda: Float64Array.from(accounts, (a) => lambda[a]!) };
}

/**
 * Find accounts to add to a group.
 * @param index the window index.
 * @param data the group data (occurrences in time order per hashtag).
 * @param background the group's hashtag posts and burst share.
 * @param eligible 1 for accounts that may join (not in any candidate).
 * @param maxLagMs Δt.
 * @param q BH level.
 * @param minSynced minimum posts inside owned episodes.
 * @returns global account ids to add, ascending.
 * @example
 * growGroup(index, data, background, eligible, 60_000, 0.01, 2); // [12, 40]
 */
export function growGroup(
  index: WindowIndex,
  data: SwarmGroupData,
  background: SyncBackground,
  eligible: Uint8Array,
  maxLagMs: number,
  q: number,
  minSynced: number,
): number[] {
  const { accounts, synced, lambda } = growthEvidence(index, data, background, eligible, maxLagMs);
  if (accounts.length === 0) return [];
  const pValues = Array.from(accounts, (_, i) => (synced[i]! >= minSynced ? poissonUpperTail(synced[i]!, lambda[i]!) : 1));
  const threshold = benjaminiHochbergThreshold(pValues, q, accounts.length);
  return Array.from(accounts).filter((_, i) => pValues[i]! <= threshold && threshold > 0);
}
