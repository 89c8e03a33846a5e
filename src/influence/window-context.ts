/**
 * Integer view of one window for the influence kernels: accounts and hashtags interned to sorted
 * integer ids, per-hashtag occurrence lists sorted by (time, account, post) that include the
 * lookback posts, per-account window posts, the kept-edge CSR of the account graph and the
 * engagement links (`repostOf` / `replyTo`). Built once and shared by every metric of the window.
 *
 * Ids: window accounts are `0 … n−1` (sorted by name); accounts seen only in the lookback follow.
 * Posts: window posts keep their index in `window.posts`; lookback posts are appended.
 *
 * Cost: the fields of the posts land in typed arrays with names interned to global ids that survive
 * from one window to the next (window-post-cache.ts): posts shared with the previous window are
 * copied from its arrays, only the new ones are read (once, in input order: a second pass over
 * post objects in another order misses the cache on every post); the global ids are kept sorted
 * by name, so numbering a window's names in sorted order is a scan, not a sort; the
 * (time, account, post) order is a scan when the input is already time-sorted.
 * The context is valid until the next call: it shares buffers with the next window's.
 */
import { scratchFloat64, scratchInt32 } from '../_lib/scratch.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Post } from '../ingest/index.js';
import type { Window } from '../windows/index.js';
import { buildAdjacency, buildLinks, prefixSum } from './window-links.js';
import { NameTable, POST_HAS_COUNTS, POST_HAS_FOLLOWERS, POST_HAS_LINKS, WindowPostCache } from './window-post-cache.js';

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
  /** Per-hashtag counters for one synchronous pass at a time: all zero between uses (a user resets what it touched). */
  readonly hashtagScratch: Int32Array;
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

/** Names, per-post fields and stamps kept across windows (see window-post-cache.ts). */
let cache = new WindowPostCache();
/** Distinct names of the last window, for the cache's rebuild rule. */
let namesInUse = 0;
/** Per global id: its window id, or −1 (reset for the ids in use after each window). */
let accountOf: Int32Array = new Int32Array(0);
let tagOf: Int32Array = new Int32Array(0);

/**
 * Forget the names, per-post fields and posts kept for the next window (analyze() calls it when
 * a run ends, so that no post of the caller stays referenced after it returns).
 */
export function releaseWindowContext(): void {
  cache = new WindowPostCache();
  namesInUse = 0;
  accountOf = new Int32Array(0);
  tagOf = new Int32Array(0);
}

function fitted(array: Int32Array, size: number): Int32Array {
  if (array.length >= size) return array;
  return new Int32Array(Math.max(size, Math.ceil(array.length * 1.5), 256)).fill(-1);
}

/** Mark the global ids `ids[from … to)` not numbered yet with −2 (in `idOf`, −1 = absent). */
function markNew(ids: Int32Array, from: number, to: number, idOf: Int32Array): void {
  for (let k = from; k < to; k++) if (idOf[ids[k]!] === -1) idOf[ids[k]!] = -2;
}

/** Number the marked ids in name order (a scan of the table's sorted ids) from `base`; returns their names. */
function numberMarked(table: NameTable, idOf: Int32Array, base: number): string[] {
  const sorted = table.sortedIds();
  const out: string[] = [];
  for (let r = 0; r < sorted.length; r++) {
    const g = sorted[r]!;
    if (idOf[g] !== -2) continue;
    idOf[g] = base + out.length;
    out.push(table.names[g]!);
  }
  return out;
}

/** Window ids of account names, valid while the window's context is in use. */
class AccountIds {
  constructor(private readonly table: NameTable, private readonly idOf: Int32Array) {}

  get(name: string): number | undefined {
    const g = this.table.ids.get(name);
    if (g === undefined) return undefined;
    const id = this.idOf[g]!;
    return id < 0 ? undefined : id;
  }
}

/** Build the {@link WindowContext} (valid until the next call). */
export function buildWindowContext(
  window: Window,
  graph: AccountGraphResult,
  lookbackPosts: readonly Post[],
  maxLagMs: number,
): WindowContext {
  const lookback = lookbackPosts.filter((p) => p.timeMs < window.startMs);
  const posts: readonly Post[] = lookback.length === 0 ? window.posts : [...window.posts, ...lookback];
  const windowPosts = window.posts.length;
  const total = posts.length;
  const fields = cache.read(window.posts, lookback, namesInUse);
  const postTagStart = fields.tagStart;
  const postFlags = fields.flags.subarray(0, windowPosts);
  const postTime = fields.time.subarray(0, total);
  const postFollowers = fields.followers.subarray(0, windowPosts);
  const postEngagement = fields.engagement.subarray(0, windowPosts);
  const tagTotal = postTagStart[total]!;

  // window ids: window accounts sorted by name, then lookback-only accounts, and hashtags sorted
  for (const ids of [accountOf, tagOf]) ids.fill(-1);
  accountOf = fitted(accountOf, cache.accounts.names.length);
  tagOf = fitted(tagOf, cache.hashtags.names.length);
  markNew(fields.account, 0, windowPosts, accountOf);
  const accounts = numberMarked(cache.accounts, accountOf, 0);
  const n = accounts.length;
  if (total > windowPosts) {
    markNew(fields.account, windowPosts, total, accountOf);
    accounts.push(...numberMarked(cache.accounts, accountOf, n));
  }
  markNew(fields.tag, 0, tagTotal, tagOf);
  const hashtags = numberMarked(cache.hashtags, tagOf, 0);
  namesInUse = accounts.length + hashtags.length;

  const postAccount = scratchInt32('influence.ctx.postAccount', total);
  const accCount = new Int32Array(n);
  for (let p = 0; p < total; p++) {
    const a = accountOf[fields.account[p]!]!;
    postAccount[p] = a;
    if (p < windowPosts) accCount[a]!++;
  }
  const postTagId = scratchInt32('influence.ctx.postTagId', tagTotal);
  const tagCount = new Int32Array(hashtags.length);
  for (let k = 0; k < tagTotal; k++) {
    const h = tagOf[fields.tag[k]!]!;
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

  const accountId = new AccountIds(cache.accounts, accountOf);
  return {
    startMs: window.startMs, endMs: window.endMs, lengthMs: window.endMs - window.startMs, maxLagMs,
    accounts, accountId, n, hashtags, posts, windowPosts, postAccount, postTime, postTagStart, postTagId,
    postFollowers, postEngagement, postFlags, occStart, occTime, occAccount, occPost, accStart, accPost,
    ...buildAdjacency(graph, accountId, n), ...buildLinks(window.posts, postAccount, postFlags),
    hashtagScratch: new Int32Array(hashtags.length),
  };
}
