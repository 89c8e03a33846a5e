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
import type { GroupData } from './group-data.js';
import { countInRange } from './sorted-search.js';
import type { SyncBackground } from './sync-kernel.js';
import type { WindowIndex } from './window-index.js';

/** Owned episode spans of one hashtag, as sorted disjoint [lo, hi] pairs. */
function ownedSpans(data: GroupData, r: number, background: SyncBackground, maxLagMs: number, lengthMs: number): number[] {
  const spans: number[] = [];
  const from = data.tagStarts[r]!;
  const to = data.tagStarts[r + 1]!;
  let a = from;
  let mixed = false;
  for (let k = from + 1; k <= to; k++) {
    if (k < to && data.incTime[k]! - data.incTime[k - 1]! <= maxLagMs) {
      if (data.incMember[k] !== data.incMember[k - 1]) mixed = true;
      continue;
    }
    if (mixed) {
      const lo = Math.max(0, data.incTime[a]! - maxLagMs);
      const hi = Math.min(lengthMs, data.incTime[k - 1]! + maxLagMs);
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

/** True when t lies in one of the sorted disjoint spans. */
function inSpans(spans: readonly number[], t: number): boolean {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length / 2 && spans[2 * lo]! <= t;
}

/**
 * Find accounts to add to a group.
 * @param index the window index.
 * @param data the group data (incidences in time order per hashtag).
 * @param background the group's hashtag posts and burst share.
 * @param eligible 1 for accounts that may join (not in any candidate).
 * @param maxLagMs Δt.
 * @param q BH level.
 * @param minSynced minimum posts inside owned episodes.
 * @returns global account ids to add, ascending.
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * growGroup(index, data, background, eligible, 60_000, 0.01, 2); // [12, 40]
 */
export function growGroup(
  index: WindowIndex,
  data: GroupData,
  background: SyncBackground,
  eligible: Uint8Array,
  maxLagMs: number,
  q: number,
  minSynced: number,
): number[] {
  const L = index.lengthMs;
  const postSynced = scratchUint8('swarms.grow.postSynced', index.relTime.length).fill(0);
  const postLambda = scratchFloat64('swarms.grow.postLambda', index.relTime.length).fill(0);
  const touched: number[] = [];
  for (let r = 0; r < data.tags.length; r++) {
    const spans = ownedSpans(data, r, background, maxLagMs, L);
    let covered = 0;
    for (let s = 0; s < spans.length; s += 2) covered += spans[s + 1]! - spans[s]!;
    const coverage = covered / L;
    const h = data.tags[r]!;
    for (let k = index.postsByHashtag.starts[h]!; k < index.postsByHashtag.starts[h + 1]!; k++) {
      const p = index.postsByHashtag.items[k]!;
      if (eligible[index.postAccount[p]!] !== 1) continue;
      if (postLambda[p] === 0 && postSynced[p] === 0) touched.push(p);
      if (inSpans(spans, index.relTime[p]!)) postSynced[p] = 1;
      postLambda[p]! += coverage;
    }
  }
  // Per account, in the order its posts were touched (the sums keep that order).
  const synced = scratchInt32('swarms.grow.synced', index.accounts.length).fill(0);
  const lambda = scratchFloat64('swarms.grow.lambda', index.accounts.length).fill(0);
  const seen = scratchUint8('swarms.grow.seen', index.accounts.length).fill(0);
  const active: number[] = [];
  for (const p of touched) {
    const a = index.postAccount[p]!;
    if (seen[a] === 0) {
      seen[a] = 1;
      active.push(a);
    }
    synced[a]! += postSynced[p]!;
    lambda[a]! += Math.min(1, postLambda[p]!);
  }
  if (active.length === 0) return [];
  const accounts = Int32Array.from(active).sort();
  const pValues = Array.from(accounts, (a) => (synced[a]! >= minSynced ? poissonUpperTail(synced[a]!, lambda[a]!) : 1));
  const threshold = benjaminiHochbergThreshold(pValues, q, accounts.length);
  return Array.from(accounts).filter((_, i) => pValues[i]! <= threshold && threshold > 0);
}
