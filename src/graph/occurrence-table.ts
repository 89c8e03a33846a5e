/**
 * The graph's occurrence lists: the rows of the run's window table (windows/window-table.ts,
 * where posts became integer ids once for the run) grouped by hashtag, the input of the hot
 * kernels. Rows are in (timeMs, id) order, so ids, and every float sum built on them, do not
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
import { createWindowTable, linkTargets, POST_IS_REPOST, SLOT_GRAPH, type WindowView } from '../windows/index.js';

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
  /**
   * Rank of the post each post (by rank) replies to (`replyTo`) when that post is in the table,
   * −1 otherwise; `undefined` when no post of the table replies to another of it.
   */
  readonly postParent: Int32Array | undefined;
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
 * Group the occurrences of rows `[lo, hi)` of a window table by hashtag. Accounts and hashtags
 * are numbered in order of first sight within the rows (no name is looked up: the window
 * table interned them once for the run).
 * @param view the rows (a window of the run's table, or every row).
 * @param pooled take the arrays from the scratch buffers (_lib/scratch.ts): for a table that
 *   lives only during one call (one window's graph); the next pooled table overwrites it.
 * @param order index in the caller's post array of each row (default: row − lo).
 * @returns the columnar table.
 */
export function occurrenceTableOfRows(view: WindowView, pooled = false, order?: Int32Array): OccurrenceTable {
  const { table: t, lo, hi } = view;
  const n = hi - lo;
  const i32 = (name: string, size: number): Int32Array => (pooled ? scratchInt32(`graph.occ.${name}`, size) : new Int32Array(size));
  let postOrder = order;
  if (postOrder === undefined) {
    postOrder = i32('order', n);
    for (let r = 0; r < n; r++) postOrder[r] = r;
  }
  // Local ids in order of first sight; the identity when the rows are the whole table as
  // interned (a buffered run), and then the table's columns are shared rather than copied.
  const accountLocal = t.accounts.localIds(SLOT_GRAPH);
  const accounts: string[] = [];
  const accountGlobalIds: number[] = [];
  const postAccount = i32('postAccount', n);
  let identity = true;
  for (let r = 0; r < n; r++) {
    const g = t.account[lo + r]!;
    let a = accountLocal[g]!;
    if (a === -1) {
      a = accounts.length;
      accountLocal[g] = a;
      accounts.push(t.accounts.names[g]!);
      accountGlobalIds.push(g);
      if (a !== g) identity = false;
    }
    postAccount[r] = a;
  }
  const tagLocal = t.hashtags.localIds(SLOT_GRAPH);
  const hashtags: string[] = [];
  const tagGlobal: number[] = [];
  const t0 = t.tagStart[lo]!;
  const m = t.tagStart[hi]! - t0;
  const flatHashtag = i32('flatHashtag', m);
  const flatPost = i32('flatPost', m);
  for (let r = 0; r < n; r++) {
    for (let k = t.tagStart[lo + r]!; k < t.tagStart[lo + r + 1]!; k++) {
      const g = t.tag[k]!;
      let h = tagLocal[g]!;
      if (h === -1) {
        h = hashtags.length;
        tagLocal[g] = h;
        hashtags.push(t.hashtags.names[g]!);
        tagGlobal.push(g);
      }
      flatHashtag[k - t0] = h;
      flatPost[k - t0] = r;
    }
  }
  for (const g of tagGlobal) tagLocal[g] = -1;
  const accountGlobal = identity && lo === 0 && hi === t.rows ? t.account.subarray(0, n) : postAccount;
  for (const g of accountGlobalIds) accountLocal[g] = -1;
  // Read only, and used while the table holds these rows.
  const postTime = t.time.subarray(lo, hi);
  const postRepost = pooled ? scratchUint8('graph.occ.postRepost', n) : new Uint8Array(n);
  for (let r = 0; r < n; r++) postRepost[r] = (t.flags[lo + r]! & POST_IS_REPOST) === 0 ? 0 : 1;
  const links = linkTargets(view);
  const postParent = links?.replies === true ? links.replyTo : undefined;
  const hCount = hashtags.length;
  const hashtagStart = i32('hashtagStart', hCount + 1).fill(0);
  for (let i = 0; i < m; i++) hashtagStart[flatHashtag[i]! + 1]!++;
  for (let h = 0; h < hCount; h++) hashtagStart[h + 1]! += hashtagStart[h]!;
  const fill = hashtagStart.slice(0, hCount);
  const occPost = i32('occPost', m);
  const occAccount = i32('occAccount', m);
  const occTime = pooled ? scratchFloat64('graph.occ.occTime', m) : new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const slot = fill[flatHashtag[i]!]!++;
    const r = flatPost[i]!;
    occPost[slot] = r;
    occAccount[slot] = postAccount[r]!;
    occTime[slot] = postTime[r]!;
  }
  // Code-unit order of the hashtags from the table's ranks: an integer sort, not a string sort.
  const ranks = t.hashtags.ranks();
  const hashtagsByName = Int32Array.from(tagGlobal.keys()).sort((x, y) => ranks[tagGlobal[x]!]! - ranks[tagGlobal[y]!]!);
  return {
    accounts, hashtags, hashtagsByName, postOrder, postAccount: accountGlobal, postRepost, postParent, postTime, hashtagStart, occPost, occAccount, occTime,
  };
}

/**
 * Intern accounts and hashtags and group occurrences by hashtag (posts outside a run: a
 * window table of their own).
 * @param posts the posts (any order; duplicate hashtags inside a post count once).
 * @param pooled as {@link occurrenceTableOfRows}.
 * @returns the columnar table.
 */
export function buildOccurrenceTable(posts: readonly Post[], pooled = false): OccurrenceTable {
  const order = sortedPostOrder(posts, pooled);
  let identity = true;
  for (let i = 0; i < order.length && identity; i++) identity = order[i] === i;
  const table = createWindowTable();
  table.appendAll(identity ? posts : Array.from(order, (i) => posts[i]!));
  return occurrenceTableOfRows({ table, lo: 0, hi: table.rows }, pooled, order);
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
