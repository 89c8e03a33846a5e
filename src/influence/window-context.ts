/**
 * Integer view of one window for the influence kernels: accounts and hashtags interned to sorted
 * integer ids, per-hashtag occurrence lists sorted by (time, account, post) that include the
 * lookback posts, per-account window posts, the kept-edge CSR of the account graph and the
 * engagement links (`repostOf` / `replyTo`). Built once and shared by every metric of the window.
 *
 * Ids: window accounts are `0 … n−1` (sorted by name); accounts seen only in the lookback follow.
 * Posts: window posts keep their index in `window.posts`; lookback posts are appended.
 *
 * Cost: every post object is read once, in input order, and its fields land in typed arrays
 * (a second pass over post objects in another order misses the cache on every post); names are
 * interned to provisional ids on first sight and renumbered after one sort of the distinct
 * names; the (time, account, post) order is a scan when the input is already time-sorted.
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { compareStrings } from '../_lib/compare.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Post } from '../ingest/index.js';
import type { Window } from '../windows/index.js';
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
  readonly accountId: ReadonlyMap<string, number>;
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
  /** Window posts: followers, e(p) = likes + reposts + replies, and {@link POST_HAS_FOLLOWERS} | {@link POST_HAS_COUNTS}. */
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

/** {@link WindowContext.postFlags} bit: the post has a `followers` count. */
export const POST_HAS_FOLLOWERS = 1;
/** {@link WindowContext.postFlags} bit: the post has `likes`, `reposts` or `replies`. */
export const POST_HAS_COUNTS = 2;

/** Names interned in order of first sight; `rank` renumbers them in {@link compareStrings} order. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  /** Provisional ids of `keep` sorted by name. */
  sorted(keep: (id: number) => boolean): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.names.length; id++) if (keep(id)) out.push(id);
    return out.sort((x, y) => compareStrings(this.names[x]!, this.names[y]!));
  }
}

/** Growable Int32Array. */
class IntList {
  length = 0;
  data = new Int32Array(1024);

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
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

/** Build the {@link WindowContext}. */
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
  const accountNames = new Interner();
  const tagNames = new Interner();
  const inWindow: number[] = [];
  // Per-post arrays come from the scratch buffers (_lib/scratch.ts): the context lives for one
  // scoreWindow call, and fresh window-sized arrays made V8 run full collections over every
  // post analyze() holds (see scratch.ts).
  const postTemp = scratchInt32('influence.ctx.postTemp', total);
  const postTime = scratchFloat64('influence.ctx.postTime', total);
  const postTagStart = scratchInt32('influence.ctx.postTagStart', total + 1);
  postTagStart[0] = 0;
  const tags = new IntList();
  const tagMark: number[] = []; // last post that listed each hashtag
  const postFollowers = scratchFloat64('influence.ctx.postFollowers', windowPosts).fill(0);
  const postEngagement = scratchFloat64('influence.ctx.postEngagement', windowPosts).fill(0);
  const postFlags = scratchUint8('influence.ctx.postFlags', windowPosts).fill(0);
  for (let p = 0; p < total; p++) {
    const post = posts[p]!;
    const account = accountNames.id(post.account);
    if (account === inWindow.length) inWindow.push(0);
    postTemp[p] = account;
    postTime[p] = post.timeMs;
    const postTags = post.hashtags;
    for (let k = 0; k < postTags.length; k++) {
      const id = tagNames.id(postTags[k]!);
      if (id === tagMark.length) tagMark.push(-1);
      if (tagMark[id] === p) continue; // repeated inside the post
      tagMark[id] = p;
      tags.push(id);
    }
    postTagStart[p + 1] = tags.length;
    if (p >= windowPosts) continue;
    inWindow[account] = 1;
    if (post.followers !== undefined) {
      postFollowers[p] = post.followers;
      postFlags[p]! |= POST_HAS_FOLLOWERS;
    }
    if (post.likes !== undefined || post.reposts !== undefined || post.replies !== undefined) {
      postEngagement[p] = (post.likes ?? 0) + (post.reposts ?? 0) + (post.replies ?? 0);
      postFlags[p]! |= POST_HAS_COUNTS;
    }
  }

  const winOrder = accountNames.sorted((t) => inWindow[t] === 1);
  const accountOrder = [...winOrder, ...accountNames.sorted((t) => inWindow[t] === 0)];
  const n = winOrder.length;
  const accounts = accountOrder.map((t) => accountNames.names[t]!);
  const accountId = new Map(accounts.map((a, i) => [a, i]));
  const accountOf = new Int32Array(accountOrder.length);
  accountOrder.forEach((t, i) => (accountOf[t] = i));
  const tagOrder = tagNames.sorted(() => true);
  const hashtags = tagOrder.map((t) => tagNames.names[t]!);
  const tagOf = new Int32Array(tagOrder.length);
  tagOrder.forEach((t, i) => (tagOf[t] = i));

  const postAccount = scratchInt32('influence.ctx.postAccount', total);
  const accCount = new Int32Array(n);
  for (let p = 0; p < total; p++) {
    postAccount[p] = accountOf[postTemp[p]!]!;
    if (p < windowPosts) accCount[postAccount[p]!]!++;
  }
  const postTagId = scratchInt32('influence.ctx.postTagId', tags.length);
  postTagId.set(tags.data.subarray(0, tags.length));
  const tagCount = new Int32Array(hashtags.length);
  for (let k = 0; k < postTagId.length; k++) {
    postTagId[k] = tagOf[postTagId[k]!]!;
    tagCount[postTagId[k]!]!++;
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

  return {
    startMs: window.startMs, endMs: window.endMs, lengthMs: window.endMs - window.startMs, maxLagMs,
    accounts, accountId, n, hashtags, posts, windowPosts, postAccount, postTime, postTagStart, postTagId,
    postFollowers, postEngagement, postFlags, occStart, occTime, occAccount, occPost, accStart, accPost,
    ...buildAdjacency(graph, accountId, n), ...buildLinks(window.posts, postAccount),
    hashtagScratch: new Int32Array(hashtags.length),
  };
}
