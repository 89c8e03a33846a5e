/**
 * The member-level view of one group S in a window, shared by the group metrics:
 * the member mask, H_S (hashtags with ≥ minGroupHashtagPosts member occurrences: groups/ rule
 * 'member-posts', METRICS.md §3.3) and the *member occurrences* — (member window post, hashtag
 * of H_S) pairs in time order, which score-swarm-lift.ts reads — each flagged coordinated when
 * another member posted the same hashtag within Δt (§3.4, §3.8 step 1): the synchronised
 * occurrences of groups/mark-synchronised.ts, the definition swarms/ uses too. O(Σ_h n_Sh).
 */
import { markSynchronised, selectGroupHashtags, type MemberOccurrenceLists } from '../groups/index.js';
import type { WindowContext } from './window-context.js';

/** Member-level data of a group. */
export interface GroupData {
  /** Member account ids, ascending. */
  readonly members: Int32Array;
  /** 1 for member account ids (length = all accounts). */
  readonly mask: Uint8Array;
  /** Local member index per account id, −1 for non-members. */
  readonly local: Int32Array;
  /** Window posts by members. */
  readonly memberPosts: number;
  /** H_S, ascending hashtag ids. */
  readonly hs: Int32Array;
  /** Member occurrences of hashtag hs[g]: `memberOcc[memberOccStart[g] … memberOccStart[g+1])` (indexes into the context's occurrence lists, time order). */
  readonly memberOccStart: Int32Array;
  readonly memberOcc: Int32Array;
  /** 1 when the member occurrence is coordinated. */
  readonly memberOccCoordinated: Uint8Array;
  /** Window posts on hs[g] (N_h). */
  readonly windowVolume: Int32Array;
}

/** Build the member-level data of group `members` (account ids of window accounts). */
export function buildGroupData(ctx: WindowContext, members: readonly number[], minPosts: number): GroupData {
  const sorted = Int32Array.from(new Set(members)).sort();
  const mask = new Uint8Array(ctx.accounts.length);
  const local = new Int32Array(ctx.accounts.length).fill(-1);
  sorted.forEach((a, i) => {
    mask[a] = 1;
    local[a] = i;
  });
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
  const hs = selectGroupHashtags(occurrences, sorted, 'member-posts', minPosts);
  const memberOccStart = new Int32Array(hs.length + 1);
  const occ: number[] = [];
  const windowVolume = new Int32Array(hs.length);
  for (let g = 0; g < hs.length; g++) {
    const h = hs[g]!;
    for (let r = ctx.occStart[h]!; r < ctx.occStart[h + 1]!; r++) {
      if (ctx.occPost[r]! >= ctx.windowPosts) continue;
      windowVolume[g]!++;
      if (mask[ctx.occAccount[r]!] === 1) occ.push(r);
    }
    memberOccStart[g + 1] = occ.length;
  }
  const memberOcc = Int32Array.from(occ);
  const memberOccCoordinated = flagCoordinated(ctx, memberOccStart, memberOcc);
  return { members: sorted, mask, local, memberPosts, hs, memberOccStart, memberOcc, memberOccCoordinated, windowVolume };
}

/** Per member occurrence: 1 when it is synchronised (groups/mark-synchronised.ts), by account. */
function flagCoordinated(ctx: WindowContext, memberOccStart: Int32Array, memberOcc: Int32Array): Uint8Array {
  const n = memberOcc.length;
  const times = new Float64Array(n);
  const accounts = new Int32Array(n);
  const self = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    times[k] = ctx.occTime[memberOcc[k]!]!;
    accounts[k] = ctx.occAccount[memberOcc[k]!]!;
    self[k] = k;
  }
  const flags = new Uint8Array(n);
  markSynchronised(times, accounts, memberOccStart, ctx.maxLagMs, self, flags);
  return flags;
}
