/**
 * Interning: a window's posts become integer ids and typed arrays, the input of the
 * hot kernels. Posts are visited in (timeMs, id) order, so ids, and every float sum built
 * on them, do not depend on the order of the input array.
 *
 * Layout: occurrences (post, hashtag) in CSR form grouped by hashtag, each group sorted
 * by time (a counting sort over time-ordered posts keeps the time order within groups).
 */
import { compareStrings } from '../_lib/compare.js';
import type { Post } from '../ingest/index.js';

/** Columnar, interned view of one window's posts. */
export interface OccurrenceTable {
  /** Account name of each account id. */
  readonly accounts: readonly string[];
  /** Hashtag of each hashtag id. */
  readonly hashtags: readonly string[];
  /** Account id of each post (index into the input post array). */
  readonly postAccount: Int32Array;
  /** Distinct hashtags of each post. */
  readonly postHashtagCount: Int32Array;
  /** Occurrences of hashtag h are `hashtagStart[h] … hashtagStart[h+1]−1`. */
  readonly hashtagStart: Int32Array;
  /** Post index of each occurrence. */
  readonly occPost: Int32Array;
  /** Account id of each occurrence. */
  readonly occAccount: Int32Array;
  /** Time (epoch ms) of each occurrence, nondecreasing within a hashtag. */
  readonly occTime: Float64Array;
}

/** Visit order of the posts: by (timeMs, id); the identity when already sorted. */
export function sortedPostOrder(posts: readonly Post[]): Int32Array {
  const n = posts.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0) {
      const a = posts[i - 1]!;
      const b = posts[i]!;
      if (a.timeMs > b.timeMs || (a.timeMs === b.timeMs && a.id > b.id)) sorted = false;
    }
  }
  if (!sorted) {
    const idx = Array.from(order).sort(
      (x, y) => posts[x]!.timeMs - posts[y]!.timeMs || compareStrings(posts[x]!.id, posts[y]!.id) || x - y,
    );
    order.set(idx);
  }
  return order;
}

/**
 * Intern accounts and hashtags and group occurrences by hashtag.
 * @param posts the window's posts (any order; duplicate hashtags inside a post count once).
 * @returns the columnar table.
 */
export function buildOccurrenceTable(posts: readonly Post[]): OccurrenceTable {
  const n = posts.length;
  const order = sortedPostOrder(posts);
  const accountIds = new Map<string, number>();
  const hashtagIds = new Map<string, number>();
  const accounts: string[] = [];
  const hashtags: string[] = [];
  const postAccount = new Int32Array(n);
  const postHashtagCount = new Int32Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) total += posts[k]!.hashtags.length;
  // Occurrences in visit order, before grouping.
  const flatHashtag = new Int32Array(total);
  const flatPost = new Int32Array(total);
  let seen = new Int32Array(64).fill(-1);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const p = order[k]!;
    const post = posts[p]!;
    let a = accountIds.get(post.account);
    if (a === undefined) {
      a = accounts.length;
      accountIds.set(post.account, a);
      accounts.push(post.account);
    }
    postAccount[p] = a;
    let count = 0;
    for (const tag of post.hashtags) {
      let h = hashtagIds.get(tag);
      if (h === undefined) {
        h = hashtags.length;
        hashtagIds.set(tag, h);
        hashtags.push(tag);
        if (h >= seen.length) {
          const grown = new Int32Array(seen.length * 2).fill(-1);
          grown.set(seen);
          seen = grown;
        }
      }
      if (seen[h] === p) continue;
      seen[h] = p;
      flatHashtag[m] = h;
      flatPost[m] = p;
      m++;
      count++;
    }
    postHashtagCount[p] = count;
  }
  const hCount = hashtags.length;
  const hashtagStart = new Int32Array(hCount + 1);
  for (let i = 0; i < m; i++) hashtagStart[flatHashtag[i]! + 1]!++;
  for (let h = 0; h < hCount; h++) hashtagStart[h + 1]! += hashtagStart[h]!;
  const fill = hashtagStart.slice(0, hCount);
  const occPost = new Int32Array(m);
  const occAccount = new Int32Array(m);
  const occTime = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const slot = fill[flatHashtag[i]!]!++;
    const p = flatPost[i]!;
    occPost[slot] = p;
    occAccount[slot] = postAccount[p]!;
    occTime[slot] = posts[p]!.timeMs;
  }
  return { accounts, hashtags, postAccount, postHashtagCount, hashtagStart, occPost, occAccount, occTime };
}
