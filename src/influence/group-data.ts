/**
 * The member-level view of one group S in a window, shared by the group metrics: the group data
 * of groups/ (H_S by groups/ rule 'member-posts', METRICS.md §3.3: hashtags with ≥
 * minGroupHashtagPosts member occurrences; the member occurrences — (member window post, hashtag
 * of H_S) pairs in time order, which score-swarm-lift.ts reads), the member mask, and each
 * occurrence flagged coordinated when another member posted the same hashtag within Δt (§3.4,
 * §3.8 step 1): the synchronised occurrences of groups/mark-synchronised.ts, the definition
 * swarms/ uses too. O(Σ_h N_h) over H_S.
 */
import { collectGroupData, markSynchronised, selectGroupHashtags, type GroupData, type MemberOccurrenceLists } from '../groups/index.js';
import type { WindowContext } from './window-context.js';

/**
 * The group data of groups/ — members ascending, H_S, its member occurrences as rows of the
 * context's occurrence lists (window posts only; `volume` = window posts on each hashtag, N_h) —
 * with what the influence metrics add.
 */
export interface InfluenceGroupData extends GroupData {
  /** 1 for member account ids (length = all accounts). */
  readonly mask: Uint8Array;
  /** Local member index per account id, −1 for non-members. */
  readonly local: Int32Array;
  /** Window posts by members. */
  readonly memberPosts: number;
  /** 1 when the member occurrence is coordinated (synchronised). */
  readonly coordinated: Uint8Array;
}

/** Build the member-level data of group `members` (account ids of window accounts). */
export function buildGroupData(ctx: WindowContext, members: readonly number[], minPosts: number): InfluenceGroupData {
  const sorted = Int32Array.from(new Set(members)).sort();
  const mask = new Uint8Array(ctx.accounts.length);
  const local = new Int32Array(ctx.accounts.length).fill(-1);
  let memberPosts = 0;
  for (const a of sorted) memberPosts += ctx.accStart[a + 1]! - ctx.accStart[a]!;
  // H_S counts member occurrences, whoever posted them: share of voice and capture measure how
  // much of a hashtag the group holds, and one prolific member's posts count toward that.
  const occurrences: MemberOccurrenceLists = {
    accountStarts: ctx.accStart,
    accountPosts: ctx.accPost,
    postStarts: ctx.postTagStart,
    postHashtags: ctx.postTagId,
    hashtags: ctx.hashtags.length,
  };
  const hashtags = selectGroupHashtags(occurrences, sorted, 'member-posts', minPosts);
  const rows = { rowStarts: ctx.occStart, rowAccount: ctx.occAccount, rowPost: ctx.occPost, postLimit: ctx.windowPosts };
  const group = collectGroupData(rows, sorted, hashtags, local);
  sorted.forEach((a, i) => {
    mask[a] = 1;
    local[a] = i;
  });
  return { ...group, mask, local, memberPosts, coordinated: flagCoordinated(ctx, group) };
}

/** Per member occurrence: 1 when it is synchronised (groups/mark-synchronised.ts), by member. */
function flagCoordinated(ctx: WindowContext, group: GroupData): Uint8Array {
  const { rows, runStarts, member } = group;
  const n = rows.length;
  const times = new Float64Array(n);
  const self = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    times[k] = ctx.occTime[rows[k]!]!;
    self[k] = k;
  }
  const flags = new Uint8Array(n);
  markSynchronised(times, member, runStarts, ctx.maxLagMs, self, flags);
  return flags;
}
