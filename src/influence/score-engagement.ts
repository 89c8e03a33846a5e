/**
 * Engagement-based individual metrics (METRICS.md §2.6, §2.7):
 *   followerReach_i   = max followers seen on i's window posts
 *   engagementTotal_i = Σ_{p∈P_i with counts} e(p),  e(p) = likes + reposts + replies (missing = 0)
 *   engagementRate_i  = engagementTotal_i / (#posts with counts · max(f_i, 1))
 *   hIndex_i          = max{h : ≥ h posts with e(p) ≥ h} (Hirsch 2005)
 *   externalEngagement_i(S) = Σ_p x(p), S = i's swarm (or {i}):
 *     x(p) = max(0, e(p) − I(p)) when p has counts, I(p) = observed reposts/replies to p by S;
 *     x(p) = |E_obs(p) ∖ S| (distinct observed engagers outside S) otherwise.
 * Engager identities exist only as `repostOf` / `replyTo` links between window posts; counts
 * include swarm-mates, so subtracting the observed internal links gives an upper bound of the
 * external part, which is the honest reading when counts are all there is.
 */
import type { EngagementBasis, IndividualInfluence } from './types.js';
import { POST_HAS_COUNTS, POST_HAS_FOLLOWERS, type WindowContext } from './window-context.js';

/** Engagement metrics of one account (documented on {@link IndividualInfluence}). */
export type EngagementScores = Pick<IndividualInfluence,
  'followerReach' | 'engagementTotal' | 'engagementRate' | 'externalEngagement' | 'externalEngagementBasis' | 'hIndex'>;

/**
 * h-index of a list of non-negative values: the largest h with at least h values ≥ h, from counts
 * of ⌊v⌋ capped at the list length (v ≥ h ⟺ ⌊v⌋ ≥ h for integer h), O(n) without a sort.
 */
export function hIndexOf(values: readonly number[]): number {
  const n = values.length;
  const atLeast: number[] = new Array<number>(n + 1).fill(0);
  for (const v of values) if (v >= 1) atLeast[Math.min(n, Math.floor(v))]!++;
  let count = 0;
  for (let h = n; h > 0; h--) {
    count += atLeast[h]!;
    if (count >= h) return h;
  }
  return 0;
}


/**
 * Score one window account.
 * @param swarmIndex small-integer swarm of each window account, −1 for none.
 * @param own the account's swarm index (−1: none). Engager `e` is inside the account's swarm when
 *   `e === account` or both are in swarm `own`.
 * @param atLeast counts of ⌊e(p)⌋ for the h-index, length > the account's posts, all zero; left zero.
 */
export function scoreEngagement(ctx: WindowContext, account: number, swarmIndex: Int32Array, own: number, atLeast: Int32Array): EngagementScores {
  const { accPost, postFlags, postFollowers, postEngagement, linkStart, linkEngager } = ctx;
  const first = ctx.accStart[account]!;
  const last = ctx.accStart[account + 1]!;
  // h-index counts capped at the post count (any cap ≥ the number of values gives the same h, see hIndexOf)
  const cap = last - first;
  let followers: number | null = null;
  let withCounts = 0;
  let sum = 0;
  let external = 0;
  let usedLinks = false;
  let seen: Set<number> | null = null;
  for (let k = first; k < last; k++) {
    const p = accPost[k]!;
    const flags = postFlags[p]!;
    if ((flags & POST_HAS_FOLLOWERS) !== 0) followers = Math.max(followers ?? 0, postFollowers[p]!);
    const a = linkStart[p]!;
    const b = linkStart[p + 1]!;
    if ((flags & POST_HAS_COUNTS) !== 0) {
      const e = postEngagement[p]!;
      if (e >= 1) atLeast[Math.min(cap, Math.floor(e))]!++;
      withCounts++;
      sum += e;
      let internal = 0;
      for (let r = a; r < b; r++) {
        const engager = linkEngager[r]!;
        if (engager === account || (own >= 0 && swarmIndex[engager] === own)) internal++;
      }
      external += Math.max(0, e - internal);
    } else if (ctx.hasLinks) {
      seen ??= new Set<number>();
      seen.clear();
      for (let r = a; r < b; r++) {
        const engager = linkEngager[r]!;
        if (!(engager === account || (own >= 0 && swarmIndex[engager] === own))) seen.add(engager);
      }
      external += seen.size;
      usedLinks = true;
    }
  }
  let hIndex = 0;
  for (let h = cap, count = 0; h > 0; h--) {
    count += atLeast[h]!;
    if (count >= h) {
      hIndex = h;
      break;
    }
  }
  atLeast.fill(0, 0, cap + 1);
  const usedCounts = withCounts > 0;
  const total = usedCounts ? sum : null;
  const basis: EngagementBasis | null =
    usedCounts && usedLinks ? 'counts-and-links' : usedCounts ? 'counts' : usedLinks ? 'links' : null;
  return {
    followerReach: followers,
    engagementTotal: total,
    engagementRate: total !== null && followers !== null ? total / (withCounts * Math.max(followers, 1)) : null,
    externalEngagement: basis === null ? null : external,
    externalEngagementBasis: basis,
    hIndex: usedCounts ? hIndex : null,
  };
}
