/**
 * Growth of a significant swarm (DESIGN.md §5, recall on hard data): accounts
 * whose pairwise edges are individually too weak to survive the edge filter,
 * but whose posts keep landing next to the swarm as a whole, join it.
 *
 * For a non-member account a and the swarm's shared hashtags H_S:
 *   k_a = a's non-crowd posts on H_S within Δt of a member post on the same hashtag;
 *   λ_a = Σ_p min(1, Σ_{h ∈ H(p) ∩ H_S} c_h), with c_h = |∪_q [t_q − Δt, t_q + Δt] ∩ [0, L)| / L
 *         over the member posts q on h — the expected k_a when a's timeline is
 *         circularly shifted by U[0, L) (the time-shift null of §6.2, for one account);
 *   p_a = P(Poisson(λ_a) ≥ k_a) (Poisson approximation of the Poisson-binomial count).
 * Accounts with k_a ≥ minSynced whose p_a passes Benjamini–Hochberg at level q over
 * every account active on H_S join. The grown group is then re-tested as a whole.
 */
import { benjaminiHochbergThreshold, poissonUpperTail } from '../_lib/stats.js';
import type { GroupData } from './group-data.js';
import type { WindowIndex } from './window-index.js';

/** Lower bound of the first element ≥ value in a sorted range. */
function lowerBound(values: Float64Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Find accounts to add to a group.
 * @param index the window index.
 * @param data the group data (incidences in time order per hashtag).
 * @param eligible 1 for accounts that may join (not in any candidate).
 * @param maxLagMs Δt.
 * @param q BH level.
 * @param minSynced minimum synchronised posts.
 * @returns global account ids to add, ascending.
 */
export function growGroup(
  index: WindowIndex,
  data: GroupData,
  eligible: Uint8Array,
  maxLagMs: number,
  q: number,
  minSynced: number,
): number[] {
  const L = index.lengthMs;
  const postSynced = new Uint8Array(index.relTime.length);
  const postLambda = new Float64Array(index.relTime.length);
  const touched: number[] = [];
  for (let r = 0; r < data.tags.length; r++) {
    const from = data.tagStarts[r]!;
    const to = data.tagStarts[r + 1]!;
    // Coverage of the Δt-neighbourhoods of the member posts (they are in time order).
    let covered = 0;
    let end = -Infinity;
    for (let k = from; k < to; k++) {
      const lo = Math.max(0, data.incTime[k]! - maxLagMs);
      const hi = Math.min(L, data.incTime[k]! + maxLagMs);
      if (lo > end) covered += hi - lo;
      else if (hi > end) covered += hi - end;
      end = Math.max(end, hi);
    }
    const coverage = covered / L;
    const h = data.tags[r]!;
    for (let k = index.postsByHashtag.starts[h]!; k < index.postsByHashtag.starts[h + 1]!; k++) {
      const p = index.postsByHashtag.items[k]!;
      if (eligible[index.postAccount[p]!] !== 1) continue;
      const t = index.relTime[p]!;
      const at = lowerBound(data.incTime, from, to, t - maxLagMs);
      if (postLambda[p] === 0 && postSynced[p] === 0) touched.push(p);
      if (at < to && data.incTime[at]! <= t + maxLagMs) postSynced[p] = 1;
      postLambda[p]! += coverage;
    }
  }
  const synced = new Map<number, number>();
  const lambda = new Map<number, number>();
  for (const p of touched) {
    const a = index.postAccount[p]!;
    synced.set(a, (synced.get(a) ?? 0) + postSynced[p]!);
    lambda.set(a, (lambda.get(a) ?? 0) + Math.min(1, postLambda[p]!));
  }
  const accounts = [...synced.keys()].sort((x, y) => x - y);
  if (accounts.length === 0) return [];
  const pValues = accounts.map((a) => {
    const k = synced.get(a)!;
    return k >= minSynced ? poissonUpperTail(k, lambda.get(a)!) : 1;
  });
  const threshold = benjaminiHochbergThreshold(pValues, q, accounts.length);
  return accounts.filter((_, i) => pValues[i]! <= threshold && threshold > 0);
}
