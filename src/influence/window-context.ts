/**
 * Integer view of one window for the influence kernels: accounts and hashtags interned to sorted
 * integer ids, per-hashtag occurrence lists sorted by (time, account, post) that include the
 * lookback posts, per-account window posts, the kept-edge CSR of the account graph and the
 * engagement links (`repostOf` / `replyTo`). Built once and shared by every metric of the window.
 *
 * Ids: window accounts are `0 … n−1` (sorted by name); accounts seen only in the lookback follow.
 * Posts: window posts keep their index in `window.posts`; lookback posts are appended.
 *
 * Cost: the fields of the posts come from the run's window table (windows/window-table.ts), where
 * each post was read and its names interned once for the run; a window's names are numbered in
 * sorted order by sorting the table's integer ranks; the (time, account, post) order is a scan
 * when the input is already time-sorted. The context is valid until the next call: it shares
 * buffers with the next window's, and views the table's columns.
 */
import { scratchFloat64, scratchInt32 } from '../_lib/scratch.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Post } from '../ingest/index.js';
import {
  createWindowTable, NameIds, numberByName, POST_HAS_COUNTS, POST_HAS_FOLLOWERS, POST_HAS_LINKS, SLOT_INFLUENCE, type Window, type WindowView,
} from '../windows/index.js';
import { buildAdjacency, buildLinks, prefixSum } from './window-links.js';


/** The integer index of a window. */
export interface WindowContext {
  readonly startMs: number;
  readonly endMs: number;
  readonly lengthMs: number;
  /** Δt, ms. */
  readonly maxLagMs: number;
  /** Window accounts (sorted) then lookback-only accounts (sorted). */
  readonly accounts: readonly string[];
  readonly accountId: AccountIdLookup;
  /** Number of window accounts. */
  readonly n: number;
  readonly hashtags: readonly string[];
  /** Window posts then lookback posts. */
  readonly posts: readonly Post[];
  readonly windowPosts: number;
  readonly postAccount: Int32Array;
  readonly postTime: Float64Array;
  /** Distinct hashtag ids of post p: `postTagId[postTagStart[p] … postTagStart[p+1])`, in post order. */
  readonly postTagStart: Int32Array;
  readonly postTagId: Int32Array;
  /** Window posts: followers, e(p) = likes + reposts + replies, and {@link POST_HAS_FOLLOWERS} | {@link POST_HAS_COUNTS} | {@link POST_HAS_LINKS}. */
  readonly postFollowers: Float64Array;
  readonly postEngagement: Float64Array;
  readonly postFlags: Uint8Array;
  /** Occurrence r of hashtag h is at `occStart[h] ≤ r < occStart[h+1]`, sorted by (time, account, post). */
  readonly occStart: Int32Array;
  readonly occTime: Float64Array;
  readonly occAccount: Int32Array;
  readonly occPost: Int32Array;
  /** Window posts of account a: `accPost[accStart[a] … accStart[a+1])` (ids < n only). */
  readonly accStart: Int32Array;
  readonly accPost: Int32Array;
  /** Kept edges, CSR over window accounts. */
  readonly adjStart: Int32Array;
  readonly adjNode: Int32Array;
  readonly adjWeight: Float64Array;
  /** Σ kept-edge weights (M). */
  readonly totalWeight: number;
  /** Links into window posts: `linkEngager[linkStart[p] … linkStart[p+1])`, engager account ids. */
  readonly linkStart: Int32Array;
  readonly linkEngager: Int32Array;
  /** True when some window post has `repostOf` or `replyTo`. */
  readonly hasLinks: boolean;
}

export { POST_HAS_COUNTS, POST_HAS_FOLLOWERS, POST_HAS_LINKS };

/** Window id of an account name (ids < n: window accounts), or undefined. */
export interface AccountIdLookup {
  get(name: string): number | undefined;
}

/**
 * Post indexes sorted by (time, account, index). The key is a total order, so every correct sort
 * gives this one permutation; time-sorted input only needs its runs of equal times ordered.
 */
function sortPosts(postTime: Float64Array, postAccount: Int32Array): Int32Array {
  const total = postTime.length;
  const order = scratchInt32('influence.ctx.order', total);
  for (let i = 0; i < total; i++) order[i] = i;
  const byAccount = (x: number, y: number): number => postAccount[x]! - postAccount[y]! || x - y;
  let timeSorted = true;
  for (let i = 1; i < total && timeSorted; i++) if (!(postTime[i - 1]! <= postTime[i]!)) timeSorted = false;
  if (!timeSorted) {
    const all = Array.from(order).sort((x, y) => postTime[x]! - postTime[y]! || byAccount(x, y));
    order.set(all);
    return order;
  }
  for (let a = 0; a < total; ) {
    let b = a + 1;
    let sorted = true;
    while (b < total && postTime[b] === postTime[a]) {
      if (postAccount[b]! < postAccount[b - 1]!) sorted = false;
      b++;
    }
    if (!sorted) order.set(Array.from(order.subarray(a, b)).sort(byAccount), a);
    a = b;
  }
  return order;
}

/** Window ids of account names, valid while the window's context is in use. */
class AccountIds {
  constructor(private readonly table: NameIds, private readonly idOf: Int32Array) {}

  get(name: string): number | undefined {
    const g = this.table.find(name);
    if (g < 0) return undefined;
    const id = this.idOf[g]!;
    return id < 0 ? undefined : id;
  }
}

/**
 * Build the {@link WindowContext} (valid until the next call).
 * @param view the window's rows in the run's window table (`analyze()` passes it, so that no
 *   name is looked up again); without it, or with lookback posts, the posts are interned into a
 *   table of their own.
 */
export function buildWindowContext(
  window: Window,
  graph: AccountGraphResult,
  lookbackPosts: readonly Post[],
  maxLagMs: number,
  view?: WindowView,
): WindowContext {
  const lookback = lookbackPosts.filter((p) => p.timeMs < window.startMs);
  const posts: readonly Post[] = lookback.length === 0 ? window.posts : [...window.posts, ...lookback];
  const windowPosts = window.posts.length;
  const total = posts.length;
  let rows = view;
  if (rows === undefined || lookback.length > 0) {
    const own = createWindowTable();
    own.appendAll(posts);
    rows = { table: own, lo: 0, hi: total };
  }
  const { table: t, lo } = rows;
  const t0 = t.tagStart[lo]!;
  const tagTotal = t.tagStart[lo + total]! - t0;
  const postTagStart = scratchInt32('influence.ctx.postTagStart', total + 1);
  for (let p = 0; p <= total; p++) postTagStart[p] = t.tagStart[lo + p]! - t0;
  // Read only: the table's columns, as views.
  const postFlags = t.flags.subarray(lo, lo + windowPosts);
  const postTime = t.time.subarray(lo, lo + total);
  const postFollowers = t.followers.subarray(lo, lo + windowPosts);
  const postEngagement = t.engagement.subarray(lo, lo + windowPosts);

  // window ids: window accounts sorted by name, then lookback-only accounts, and hashtags sorted
  let accountIds = numberByName(t.accounts, SLOT_INFLUENCE, t.account, lo, lo + windowPosts);
  const n = accountIds.ids.length;
  if (total > windowPosts) accountIds = numberByName(t.accounts, SLOT_INFLUENCE, t.account, lo + windowPosts, lo + total, accountIds);
  const tagIds = numberByName(t.hashtags, SLOT_INFLUENCE, t.tag, t0, t0 + tagTotal);
  const accounts = accountIds.names;
  const hashtags = tagIds.names;
  const accountOf = accountIds.local;
  const tagOf = tagIds.local;

  const postAccount = scratchInt32('influence.ctx.postAccount', total);
  const accCount = new Int32Array(n);
  for (let p = 0; p < total; p++) {
    const a = accountOf[t.account[lo + p]!]!;
    postAccount[p] = a;
    if (p < windowPosts) accCount[a]!++;
  }
  const postTagId = scratchInt32('influence.ctx.postTagId', tagTotal);
  const tagCount = new Int32Array(hashtags.length);
  for (let k = 0; k < tagTotal; k++) {
    const h = tagOf[t.tag[t0 + k]!]!;
    postTagId[k] = h;
    tagCount[h]!++;
  }
  // filling the CSR lists in (time, account, index) order sorts them
  const order = sortPosts(postTime, postAccount);
  const occStart = prefixSum(tagCount);
  const fill = occStart.slice(0, hashtags.length);
  const occPost = scratchInt32('influence.ctx.occPost', occStart[hashtags.length]!);
  const accStart = prefixSum(accCount);
  const accFill = accStart.slice(0, n);
  const accPost = scratchInt32('influence.ctx.accPost', windowPosts);
  for (let i = 0; i < total; i++) {
    const p = order[i]!;
    for (let k = postTagStart[p]!; k < postTagStart[p + 1]!; k++) occPost[fill[postTagId[k]!]!++] = p;
    if (p < windowPosts) accPost[accFill[postAccount[p]!]!++] = p;
  }
  const occTime = scratchFloat64('influence.ctx.occTime', occPost.length);
  const occAccount = scratchInt32('influence.ctx.occAccount', occPost.length);
  for (let r = 0; r < occPost.length; r++) {
    occTime[r] = postTime[occPost[r]!]!;
    occAccount[r] = postAccount[occPost[r]!]!;
  }

  const accountId = new AccountIds(t.accounts, accountOf);
  return {
    startMs: window.startMs, endMs: window.endMs, lengthMs: window.endMs - window.startMs, maxLagMs,
    accounts, accountId, n, hashtags, posts, windowPosts, postAccount, postTime, postTagStart, postTagId,
    postFollowers, postEngagement, postFlags, occStart, occTime, occAccount, occPost, accStart, accPost,
    ...buildAdjacency(graph, accountId, n), ...buildLinks({ table: t, lo, hi: lo + windowPosts }, postAccount),
  };
}
