/**
 * Integer index of one window's posts for the swarm kernels: accounts and
 * hashtags interned to sorted integer ids, posts ordered by (timeMs, id), and
 * CSR lists (post ids per account, per hashtag; hashtag ids per post).
 *
 * Crowd posts (METRICS.md §1.4, `AccountGraphResult.crowdPost`) are left out
 * of the per-hashtag lists that every statistic reads, and flagged in `crowd`; they
 * count in the volumes that share of voice reports (visibility counts every post).
 */
import { compareStrings } from '../_lib/compare.js';
import type { Window } from '../windows/index.js';

/** Compressed sparse rows: the items of row r are `items[starts[r] .. starts[r + 1])`. */
export interface Csr {
  readonly starts: Int32Array;
  readonly items: Int32Array;
}

/** The integer view of a window. */
export interface WindowIndex {
  readonly startMs: number;
  /** Window length L, ms. */
  readonly lengthMs: number;
  /** Sorted account names; an account's id is its position. */
  readonly accounts: readonly string[];
  readonly accountId: ReadonlyMap<string, number>;
  /** Sorted hashtags; a hashtag's id is its position. */
  readonly hashtags: readonly string[];
  /** Per post (in (time, id) order): time relative to startMs, ms. */
  readonly relTime: Float64Array;
  readonly postAccount: Int32Array;
  /** 1 for crowd posts (excluded from every statistic). */
  readonly crowd: Uint8Array;
  /** All posts per account (crowd included), time order. */
  readonly postsByAccount: Csr;
  /** Non-crowd posts per hashtag, time order. */
  readonly postsByHashtag: Csr;
  /** Hashtag ids per post (crowd posts included). */
  readonly hashtagsByPost: Csr;
  /** All posts (crowd included) per hashtag and per account. */
  readonly volumeByHashtag: Int32Array;
  readonly volumeByAccount: Int32Array;
}

function buildCsr(rows: number, pairs: readonly number[]): Csr {
  const starts = new Int32Array(rows + 1);
  for (let k = 0; k < pairs.length; k += 2) starts[pairs[k]! + 1]!++;
  for (let r = 0; r < rows; r++) starts[r + 1]! += starts[r]!;
  const fill = starts.slice(0, rows);
  const items = new Int32Array(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) items[fill[pairs[k]!]!++] = pairs[k + 1]!;
  return { starts, items };
}

/**
 * Build the integer index of a window.
 * @param window the window (its posts in any order).
 * @param crowdPost 1 where `window.posts[i]` is a crowd post.
 * @returns the index; independent of the order of `window.posts`.
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * const index = buildWindowIndex(window, graphResult.crowdPost); index.accounts.length;
 */
export function buildWindowIndex(window: Window, crowdPost: Uint8Array): WindowIndex {
  const posts = window.posts;
  const order = Array.from({ length: posts.length }, (_, i) => i).sort(
    (a, b) => posts[a]!.timeMs - posts[b]!.timeMs || compareStrings(posts[a]!.id, posts[b]!.id),
  );
  const accounts = [...new Set(posts.map((p) => p.account))].sort(compareStrings);
  const accountId = new Map(accounts.map((a, i) => [a, i]));
  const tagSet = new Set<string>();
  for (const p of posts) for (const h of p.hashtags) tagSet.add(h);
  const hashtags = [...tagSet].sort(compareStrings);
  const hashtagId = new Map(hashtags.map((h, i) => [h, i]));
  const n = posts.length;
  const relTime = new Float64Array(n);
  const postAccount = new Int32Array(n);
  const volumeByHashtag = new Int32Array(hashtags.length);
  const volumeByAccount = new Int32Array(accounts.length);
  const byAccount: number[] = [];
  const byHashtag: number[] = [];
  const byPost: number[] = [];
  const crowdFlag = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const src = order[k]!;
    const p = posts[src]!;
    const a = accountId.get(p.account)!;
    // Posts outside [startMs, endMs) are a caller error; clamp so the circular shift stays in range.
    relTime[k] = Math.min(Math.max(p.timeMs - window.startMs, 0), Math.max(0, window.endMs - window.startMs - 1));
    postAccount[k] = a;
    volumeByAccount[a]!++;
    const crowd = crowdPost[src] === 1;
    crowdFlag[k] = crowd ? 1 : 0;
    byAccount.push(a, k);
    for (const h of new Set(p.hashtags)) {
      const hid = hashtagId.get(h)!;
      volumeByHashtag[hid]!++;
      byPost.push(k, hid);
      if (!crowd) byHashtag.push(hid, k);
    }
  }
  return {
    startMs: window.startMs,
    lengthMs: window.endMs - window.startMs,
    accounts,
    accountId,
    hashtags,
    relTime,
    postAccount,
    crowd: crowdFlag,
    postsByAccount: buildCsr(accounts.length, byAccount),
    postsByHashtag: buildCsr(hashtags.length, byHashtag),
    hashtagsByPost: buildCsr(n, byPost),
    volumeByHashtag,
    volumeByAccount,
  };
}
