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
import type { EngagementBasis } from './types.js';
import { POST_HAS_COUNTS, POST_HAS_FOLLOWERS, type WindowContext } from './window-context.js';

/** Engagement metrics of one account. */
export interface EngagementScores {
  readonly followerReach: number | null;
  readonly engagementTotal: number | null;
  readonly engagementRate: number | null;
  readonly externalEngagement: number | null;
  readonly externalEngagementBasis: EngagementBasis | null;
  readonly hIndex: number | null;
}

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
 * @param inSwarm true when engager account id `e` is in the account's swarm (the account itself included).
 */
export function scoreEngagement(ctx: WindowContext, account: number, inSwarm: (e: number) => boolean): EngagementScores {
  let followers: number | null = null;
  const values: number[] = [];
  let sum = 0;
  let external = 0;
  let usedCounts = false;
  let usedLinks = false;
  let seen: Set<number> | null = null;
  for (let k = ctx.accStart[account]!; k < ctx.accStart[account + 1]!; k++) {
    const p = ctx.accPost[k]!;
    const flags = ctx.postFlags[p]!;
    if ((flags & POST_HAS_FOLLOWERS) !== 0) followers = Math.max(followers ?? 0, ctx.postFollowers[p]!);
    const a = ctx.linkStart[p]!;
    const b = ctx.linkStart[p + 1]!;
    if ((flags & POST_HAS_COUNTS) !== 0) {
      const e = ctx.postEngagement[p]!;
      values.push(e);
      sum += e;
      let internal = 0;
      for (let r = a; r < b; r++) if (inSwarm(ctx.linkEngager[r]!)) internal++;
      external += Math.max(0, e - internal);
      usedCounts = true;
    } else if (ctx.hasLinks) {
      seen ??= new Set<number>();
      seen.clear();
      for (let r = a; r < b; r++) {
        const e = ctx.linkEngager[r]!;
        if (!inSwarm(e)) seen.add(e);
      }
      external += seen.size;
      usedLinks = true;
    }
  }
  const total = values.length > 0 ? sum : null;
  const basis: EngagementBasis | null =
    usedCounts && usedLinks ? 'counts-and-links' : usedCounts ? 'counts' : usedLinks ? 'links' : null;
  return {
    followerReach: followers,
    engagementTotal: total,
    engagementRate: total !== null && followers !== null ? total / (values.length * Math.max(followers, 1)) : null,
    externalEngagement: basis === null ? null : external,
    externalEngagementBasis: basis,
    hIndex: values.length > 0 ? hIndexOf(values) : null,
  };
}
