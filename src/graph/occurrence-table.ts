/**
 * Interning: posts become integer ids and typed arrays, the input of the hot kernels.
 * Posts are ranked by (timeMs, id), so ids, and every float sum built on them, do not
 * depend on the order of the input array.
 *
 * Layout: occurrences (post, hashtag) in CSR form grouped by hashtag, each group sorted
 * by time (a counting sort over time-ordered posts keeps the time order within groups).
 * A {@link TableView} restricts the table to a time range — one window — with one binary
 * search per hashtag, so overlapping sliding windows share one interned table.
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { compareStrings } from '../_lib/compare.js';
import type { Post } from '../ingest/index.js';

/** Columnar, interned view of a set of posts. */
export interface OccurrenceTable {
  /** Account name of each account id. */
  readonly accounts: readonly string[];
  /** Hashtag of each hashtag id. */
  readonly hashtags: readonly string[];
  /** Hashtag ids in code-unit order of the hashtags (sums over hashtags run in this order, so
   * that they do not depend on which posts were interned first). */
  readonly hashtagsByName: Int32Array;
  /** Index in the input array of the post of each rank ((timeMs, id) order). */
  readonly postOrder: Int32Array;
  /** Account id of the post of each rank. */
  readonly postAccount: Int32Array;
  /** 1 when the post (by rank) reposts another (`repostOf` set): it did not choose its hashtags. */
  readonly postRepost: Uint8Array;
  /** Time of the post of each rank. */
  readonly postTime: Float64Array;
  /** Occurrences of hashtag h are `hashtagStart[h] … hashtagStart[h+1]−1`. */
  readonly hashtagStart: Int32Array;
  /** Post rank of each occurrence. */
  readonly occPost: Int32Array;
  /** Account id of each occurrence. */
  readonly occAccount: Int32Array;
  /** Time (epoch ms) of each occurrence, nondecreasing within a hashtag. */
  readonly occTime: Float64Array;
}

/** The part of a table inside one window. */
export interface TableView {
  readonly table: OccurrenceTable;
  /** Occurrences of h in the view: `lo[h] … hi[h]−1`. */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Post ranks in the view: `postLo … postHi−1`. */
  readonly postLo: number;
  readonly postHi: number;
  /** Subtracted from `postOrder[rank]` to get the index in the window's post array. */
  readonly postBase: number;
}

/** Visit order of the posts: by (timeMs, id); the identity when already sorted. */
export function sortedPostOrder(posts: readonly Post[], pooled = false): Int32Array {
  const n = posts.length;
  const order = pooled ? scratchInt32('graph.occ.order', n) : new Int32Array(n);
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
 * @param posts the posts (any order; duplicate hashtags inside a post count once).
 * @param pooled take the arrays from the scratch buffers (_lib/scratch.ts): for a table that
 *   lives only during one call (one window's graph); the next pooled table overwrites it.
 * @returns the columnar table.
 */
export function buildOccurrenceTable(posts: readonly Post[], pooled = false): OccurrenceTable {
  const n = posts.length;
  const order = sortedPostOrder(posts, pooled);
  const i32 = (name: string, size: number): Int32Array => (pooled ? scratchInt32(`graph.occ.${name}`, size) : new Int32Array(size));
  const f64 = (name: string, size: number): Float64Array => (pooled ? scratchFloat64(`graph.occ.${name}`, size) : new Float64Array(size));
  const accountIds = new Map<string, number>();
  const hashtagIds = new Map<string, number>();
  const accounts: string[] = [];
  const hashtags: string[] = [];
  const postAccount = i32('postAccount', n);
  const postTime = f64('postTime', n);
  const postRepost = pooled ? scratchUint8('graph.occ.postRepost', n) : new Uint8Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) total += posts[k]!.hashtags.length;
  const flatHashtag = i32('flatHashtag', total);
  const flatPost = i32('flatPost', total);
  let seen = new Int32Array(64).fill(-1);
  let m = 0;
  for (let r = 0; r < n; r++) {
    const post = posts[order[r]!]!;
    let a = accountIds.get(post.account);
    if (a === undefined) {
      a = accounts.length;
      accountIds.set(post.account, a);
      accounts.push(post.account);
    }
    postAccount[r] = a;
    postTime[r] = post.timeMs;
    postRepost[r] = post.repostOf === undefined ? 0 : 1;
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
      if (seen[h] === r) continue;
      seen[h] = r;
      flatHashtag[m] = h;
      flatPost[m] = r;
      m++;
    }
  }
  const hCount = hashtags.length;
  const hashtagStart = i32('hashtagStart', hCount + 1).fill(0);
  for (let i = 0; i < m; i++) hashtagStart[flatHashtag[i]! + 1]!++;
  for (let h = 0; h < hCount; h++) hashtagStart[h + 1]! += hashtagStart[h]!;
  const fill = hashtagStart.slice(0, hCount);
  const occPost = i32('occPost', m);
  const occAccount = i32('occAccount', m);
  const occTime = f64('occTime', m);
  for (let i = 0; i < m; i++) {
    const slot = fill[flatHashtag[i]!]!++;
    const r = flatPost[i]!;
    occPost[slot] = r;
    occAccount[slot] = postAccount[r]!;
    occTime[slot] = postTime[r]!;
  }
  const hashtagsByName = Int32Array.from(
    Array.from(hashtags.keys()).sort((x, y) => compareStrings(hashtags[x]!, hashtags[y]!)),
  );
  return {
    accounts, hashtags, hashtagsByName, postOrder: order, postAccount, postRepost, postTime, hashtagStart, occPost, occAccount, occTime,
  };
}

/** The whole table as one view (window posts = the input array). */
export function fullView(table: OccurrenceTable): TableView {
  const hCount = table.hashtags.length;
  return {
    table,
    lo: table.hashtagStart.slice(0, hCount),
    hi: table.hashtagStart.slice(1, hCount + 1),
    postLo: 0,
    postHi: table.postOrder.length,
    postBase: 0,
  };
}

/** First index in `times[lo, hi)` with time ≥ t. */
function lowerBound(times: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The posts of `[startMs, endMs)`, for a table whose input array is sorted by (timeMs, id)
 * (so that the window's own post array is the run of ranks `postLo … postHi−1`).
 */
export function timeView(table: OccurrenceTable, startMs: number, endMs: number): TableView {
  const hCount = table.hashtags.length;
  const lo = new Int32Array(hCount);
  const hi = new Int32Array(hCount);
  const n = table.postTime.length;
  const postLo = lowerBound(table.postTime, 0, n, startMs);
  const postHi = lowerBound(table.postTime, postLo, n, endMs);
  // No post in [startMs, endMs), so no occurrence either: every range empty (lo = hi = 0), without
  // a search per hashtag (a long input has thousands of empty windows).
  if (postLo === postHi) return { table, lo, hi, postLo, postHi, postBase: postLo };
  for (let h = 0; h < hCount; h++) {
    const s = table.hashtagStart[h]!;
    const e = table.hashtagStart[h + 1]!;
    lo[h] = lowerBound(table.occTime, s, e, startMs);
    hi[h] = lowerBound(table.occTime, lo[h]!, e, endMs);
  }
  return { table, lo, hi, postLo, postHi, postBase: postLo };
}
