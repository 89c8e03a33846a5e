/**
 * The data of one account group S needed by its statistics and nulls
 * (METRICS.md §3.4, §6.2): the member posts on the group's shared hashtags
 * H_S = hashtags used by ≥ 2 members (non-crowd posts only), as
 * (post, hashtag) incidences grouped by hashtag in time order.
 */
import type { SyncBackground } from './sync-kernel.js';
import type { WindowIndex } from './window-index.js';

/** Incidence view of a group. Local member ids follow the order of `memberAccounts`. */
export interface GroupData {
  readonly memberAccounts: Int32Array;
  /** Global hashtag ids of H_S, ascending. */
  readonly tags: Int32Array;
  /** Incidences of tag r are `tagStarts[r] .. tagStarts[r + 1]`, in time order. */
  readonly tagStarts: Int32Array;
  readonly incMember: Int32Array;
  /** Local post id (0 .. posts − 1) of each incidence. */
  readonly incPost: Int32Array;
  /** Observed time of each incidence, ms from the window start. */
  readonly incTime: Float64Array;
  /** Global post id per local post. */
  readonly postGlobal: Int32Array;
  /** Member posts on H_S: the denominator of syncFraction. */
  readonly posts: number;
}

/**
 * Collect a group's incidences.
 * @param index the window index.
 * @param members global account ids of the group (any order; kept as given).
 * @param scratch an Int32Array of length = accounts, filled with −1, restored on return.
 * @returns the group data.
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * const data = buildGroupData(index, Int32Array.of(0, 3, 7), new Int32Array(index.accounts.length).fill(-1));
 */
export function buildGroupData(index: WindowIndex, members: Int32Array, scratch: Int32Array): GroupData {
  const { postsByAccount, hashtagsByPost, relTime } = index;
  for (let i = 0; i < members.length; i++) scratch[members[i]!] = i;
  // Distinct members per hashtag.
  const memberCount = new Map<number, number>();
  const lastMember = new Map<number, number>();
  for (let i = 0; i < members.length; i++) {
    const a = members[i]!;
    for (let k = postsByAccount.starts[a]!; k < postsByAccount.starts[a + 1]!; k++) {
      const p = postsByAccount.items[k]!;
      if (index.crowd[p] === 1) continue;
      for (let x = hashtagsByPost.starts[p]!; x < hashtagsByPost.starts[p + 1]!; x++) {
        const h = hashtagsByPost.items[x]!;
        if (lastMember.get(h) !== i) {
          lastMember.set(h, i);
          memberCount.set(h, (memberCount.get(h) ?? 0) + 1);
        }
      }
    }
  }
  const tags = Int32Array.from([...memberCount].filter(([, c]) => c >= 2).map(([h]) => h)).sort();
  const tagRow = new Map<number, number>();
  tags.forEach((h, r) => tagRow.set(h, r));
  const { postsByHashtag } = index;
  const tagStarts = new Int32Array(tags.length + 1);
  const incMemberList: number[] = [];
  const incGlobalPost: number[] = [];
  for (let r = 0; r < tags.length; r++) {
    const h = tags[r]!;
    for (let k = postsByHashtag.starts[h]!; k < postsByHashtag.starts[h + 1]!; k++) {
      const p = postsByHashtag.items[k]!;
      const local = scratch[index.postAccount[p]!]!;
      if (local >= 0) {
        incMemberList.push(local);
        incGlobalPost.push(p);
      }
    }
    tagStarts[r + 1] = incMemberList.length;
  }
  for (let i = 0; i < members.length; i++) scratch[members[i]!] = -1;
  const postLocal = new Map<number, number>();
  const postGlobal: number[] = [];
  const incPost = new Int32Array(incGlobalPost.length);
  const incTime = new Float64Array(incGlobalPost.length);
  for (let k = 0; k < incGlobalPost.length; k++) {
    const p = incGlobalPost[k]!;
    let local = postLocal.get(p);
    if (local === undefined) {
      local = postGlobal.length;
      postLocal.set(p, local);
      postGlobal.push(p);
    }
    incPost[k] = local;
    incTime[k] = relTime[p]!;
  }
  return {
    memberAccounts: members,
    tags,
    tagStarts,
    incMember: Int32Array.from(incMemberList),
    incPost,
    incTime,
    postGlobal: Int32Array.from(postGlobal),
    posts: postGlobal.length,
  };
}

/**
 * Post times of the group's hashtags for the local share of voice of episodes.
 * @param index the window index.
 * @param data the group data.
 * @param share share of an episode's span the members must hold.
 * @returns per hashtag of H_S, sorted non-member and all non-crowd post times.
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * const background = buildBackground(index, data, 0.5);
 */
export function buildBackground(index: WindowIndex, data: GroupData, share: number): SyncBackground {
  const { starts, items } = index.postsByHashtag;
  const { relTime, postAccount } = index;
  const member = new Uint8Array(index.accounts.length);
  for (let i = 0; i < data.memberAccounts.length; i++) member[data.memberAccounts[i]!] = 1;
  const others: Float64Array[] = [];
  const all: Float64Array[] = [];
  for (const h of data.tags) {
    const from = starts[h]!;
    const to = starts[h + 1]!;
    const every = new Float64Array(to - from);
    const rest = new Float64Array(to - from);
    let n = 0;
    for (let k = from; k < to; k++) {
      const p = items[k]!;
      every[k - from] = relTime[p]!;
      if (member[postAccount[p]!] === 0) rest[n++] = relTime[p]!;
    }
    all.push(every);
    others.push(rest.slice(0, n));
  }
  return { others, all, share };
}
