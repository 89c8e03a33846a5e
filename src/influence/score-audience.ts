/**
 * Audience reach, union vs sum (METRICS.md §3.2), on two bases kept apart by their names.
 *
 * Followers: counts without lists give only bounds of the follower union (over members with
 * follower data), and no value:
 *   followerUnionLower = max_i f_i ≤ |∪ followers(i)| ≤ Σ_i f_i = followerUnionUpper.
 * Observed engagers: A(i) are the distinct external engagers of i's window posts (accounts outside
 * S whose window posts repost or reply to them), measured, so with their own bracket:
 *   audienceBestMember = max_i |A(i)| ≤ audienceUnion = |∪_i A(i)| ≤ Σ_i |A(i)| = audienceSum,
 *   audienceRedundancy = 1 − union/sum.
 * Null when the window holds no repostOf/replyTo link (no audience data). Before issue #24 the
 * follower bounds were named audienceUnionLower/Upper and sat beside an engager audienceUnion of
 * another base (16 "outside" [2,088, 3,973]).
 */
import type { InfluenceGroupData } from './group-data.js';
import type { GroupInfluence } from './types.js';
import type { WindowContext } from './window-context.js';

/** Audience metrics of a group (documented on {@link GroupInfluence}). */
export type AudienceScores = Pick<GroupInfluence,
  'followerUnionLower' | 'followerUnionUpper' | 'followerCoverage' | 'audienceBestMember' | 'audienceUnion' | 'audienceSum' | 'audienceRedundancy'>;

/** Compute the audience metrics; `followers[i]` is local member i's followerReach. */
export function scoreAudience(ctx: WindowContext, group: InfluenceGroupData, followers: readonly (number | null)[]): AudienceScores {
  const known = followers.filter((f): f is number => f !== null);
  const bounds = {
    followerUnionLower: known.length > 0 ? Math.max(...known) : null,
    followerUnionUpper: known.length > 0 ? known.reduce((s, f) => s + f, 0) : null,
    followerCoverage: known.length,
  };
  if (!ctx.hasLinks) return { ...bounds, audienceBestMember: null, audienceUnion: null, audienceSum: null, audienceRedundancy: null };
  const union = new Set<number>();
  let sum = 0;
  let best = 0;
  for (const a of group.members) {
    const own = new Set<number>();
    for (let k = ctx.accStart[a]!; k < ctx.accStart[a + 1]!; k++) {
      const p = ctx.accPost[k]!;
      for (let r = ctx.linkStart[p]!; r < ctx.linkStart[p + 1]!; r++) {
        const e = ctx.linkEngager[r]!;
        if (group.mask[e] === 0) own.add(e);
      }
    }
    sum += own.size;
    best = Math.max(best, own.size);
    for (const e of own) union.add(e);
  }
  return { ...bounds, audienceBestMember: best, audienceUnion: union.size, audienceSum: sum, audienceRedundancy: sum > 0 ? 1 - union.size / sum : null };
}
