/**
 * The data of one account group S needed by its statistics and nulls
 * (METRICS.md §3.4, §6.2): the member posts on the group's shared hashtags
 * H_S = hashtags used by ≥ 2 members (non-crowd posts only; groups/ rule 'distinct-members'),
 * as (post, hashtag) occurrences grouped by hashtag in time order.
 */
import { scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { collectGroupData, selectGroupHashtags, type GroupData, type MemberOccurrenceLists } from '../groups/index.js';
import type { SyncBackground } from './sync-kernel.js';
import type { WindowIndex } from './window-index.js';

/**
 * The group data of groups/ (members in the order given, H_S, its member occurrences as rows of
 * `postsByHashtag`), with the members' posts numbered locally for the replicates.
 */
export interface SwarmGroupData extends GroupData {
  /** Local post id (0 .. posts − 1) of each occurrence. */
  readonly occPost: Int32Array;
  /** Observed time of each occurrence, ms from the window start. */
  readonly occTime: Float64Array;
  /** Global post id per local post. */
  readonly postGlobal: Int32Array;
  /** Member posts on H_S: the denominator of syncFraction. */
  readonly posts: number;
}

/**
 * Collect a group's occurrences.
 * @param index the window index.
 * @param members global account ids of the group (any order; kept as given).
 * @param scratch an Int32Array of length = accounts, filled with −1, restored on return.
 * @returns the group data.
 * @example
 * const data = buildGroupData(index, Int32Array.of(0, 3, 7), new Int32Array(index.accounts.length).fill(-1));
 */
export function buildGroupData(index: WindowIndex, members: Int32Array, scratch: Int32Array): SwarmGroupData {
  const { postsByAccount, hashtagsByPost, relTime } = index;
  // H_S counts distinct members: the statistics and the null pair occurrences of different
  // members, so a hashtag one member posts alone adds nothing to them. Crowd posts are skipped.
  const occurrences: MemberOccurrenceLists = {
    accountStarts: postsByAccount.starts,
    accountPosts: postsByAccount.items,
    postStarts: hashtagsByPost.starts,
    postHashtags: hashtagsByPost.items,
    hashtags: index.hashtags.length,
    skipPost: index.crowd,
  };
  const hashtags = selectGroupHashtags(occurrences, members, 'distinct-members', 2);
  const { postsByHashtag } = index;
  const group = collectGroupData({ rowStarts: postsByHashtag.starts, rowAccount: index.postsByHashtagAccount }, members, hashtags, scratch);
  // Local post ids in first-occurrence order (a sparse set: scratch indexed by window post whose
  // stale entries are told apart by postGlobal, so it needs no clearing).
  const postLocal = scratchInt32('swarms.group.postLocal', relTime.length);
  const postGlobal: number[] = [];
  const n = group.rows.length;
  const occPost = new Int32Array(n);
  const occTime = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const p = postsByHashtag.items[group.rows[k]!]!;
    let local = postLocal[p]!;
    if (!(local >= 0 && local < postGlobal.length && postGlobal[local] === p)) {
      local = postGlobal.length;
      postLocal[p] = local;
      postGlobal.push(p);
    }
    occPost[k] = local;
    occTime[k] = relTime[p]!;
  }
  return { ...group, occPost, occTime, postGlobal: Int32Array.from(postGlobal), posts: postGlobal.length };
}

/**
 * Post times of the group's hashtags for the local share of voice of episodes.
 * @param index the window index.
 * @param data the group data.
 * @param share share of an episode's span the members must hold.
 * @param maxLagMs Δt; when given, the posts near each post come along (`near`, shared by the window's groups).
 * @returns per hashtag of H_S, sorted non-member and all non-crowd post times (views of the index for `all`).
 * @example
 * const background = buildBackground(index, data, 0.5);
 */
export function buildBackground(index: WindowIndex, data: SwarmGroupData, share: number, maxLagMs?: number): SyncBackground {
  const { starts } = index.postsByHashtag;
  const { postsByHashtagTime: times, postsByHashtagAccount: accounts } = index;
  const member = scratchUint8('swarms.group.member', index.accounts.length).fill(0);
  for (let i = 0; i < data.members.length; i++) member[data.members[i]!] = 1;
  const others: Float64Array[] = [];
  const all: Float64Array[] = [];
  for (const h of data.hashtags) {
    const from = starts[h]!;
    const to = starts[h + 1]!;
    const rest = new Float64Array(to - from);
    let n = 0;
    for (let k = from; k < to; k++) if (member[accounts[k]!] === 0) rest[n++] = times[k]!;
    // A view: the background lives no longer than the window's index.
    all.push(times.subarray(from, to));
    others.push(n === to - from ? rest : rest.slice(0, n));
  }
  if (maxLagMs === undefined) return { others, all, share };
  return { others, all, share, near: Array.from(data.hashtags, (h) => index.nearCounts(h, maxLagMs)), nearLagMs: maxLagMs };
}
