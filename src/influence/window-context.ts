/**
 * Integer view of one window for the influence kernels: accounts and hashtags interned to sorted
 * integer ids, per-hashtag occurrence lists sorted by (time, account, post) that include the
 * lookback posts, per-account window posts, the kept-edge CSR of the account graph and the
 * engagement links (`repostOf` / `replyTo`). Built once and shared by every metric of the window.
 *
 * Ids: window accounts are `0 … n−1` (sorted by name); accounts seen only in the lookback follow.
 * Posts: window posts keep their index in `window.posts`; lookback posts are appended.
 */
import { compareStrings } from '../_lib/compare.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Post } from '../ingest/index.js';
import type { Window } from '../windows/index.js';

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

function prefixSum(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) starts[i + 1] = starts[i]! + counts[i]!;
  return starts;
}

/** Build the {@link WindowContext}. */
export function buildWindowContext(
  window: Window,
  graph: AccountGraphResult,
  lookbackPosts: readonly Post[],
  maxLagMs: number,
): WindowContext {
  const lookback = lookbackPosts.filter((p) => p.timeMs < window.startMs);
  const posts: readonly Post[] = [...window.posts, ...lookback];
  const windowPosts = window.posts.length;
  const winAccounts = [...new Set(window.posts.map((p) => p.account))].sort(compareStrings);
  const winSet = new Set(winAccounts);
  const lbAccounts = [...new Set(lookback.map((p) => p.account))].filter((a) => !winSet.has(a)).sort(compareStrings);
  const accounts = [...winAccounts, ...lbAccounts];
  const accountId = new Map(accounts.map((a, i) => [a, i]));
  const n = winAccounts.length;
  const tagSet = new Set<string>();
  for (const p of posts) for (const h of p.hashtags) tagSet.add(h);
  const hashtags = [...tagSet].sort(compareStrings);
  const hashtagId = new Map(hashtags.map((h, i) => [h, i]));

  const postAccount = new Int32Array(posts.length);
  const postTime = new Float64Array(posts.length);
  for (let p = 0; p < posts.length; p++) {
    postAccount[p] = accountId.get(posts[p]!.account)!;
    postTime[p] = posts[p]!.timeMs;
  }
  // one global order by (time, account, index): filling the CSR lists in this order sorts them
  const order = Int32Array.from({ length: posts.length }, (_, i) => i).sort(
    (x, y) => postTime[x]! - postTime[y]! || postAccount[x]! - postAccount[y]! || x - y,
  );
  const accCount = new Int32Array(n);
  const tagCount = new Int32Array(hashtags.length);
  const tagStart = new Int32Array(posts.length + 1);
  const tagIds: number[] = [];
  for (let p = 0; p < posts.length; p++) {
    if (p < windowPosts) accCount[postAccount[p]!]!++;
    const from = tagIds.length;
    for (const h of posts[p]!.hashtags) {
      const id = hashtagId.get(h)!;
      let dup = false;
      for (let k = from; k < tagIds.length; k++) if (tagIds[k] === id) dup = true;
      if (dup) continue;
      tagIds.push(id);
      tagCount[id]!++;
    }
    tagStart[p + 1] = tagIds.length;
  }
  const occStart = prefixSum(tagCount);
  const fill = occStart.slice(0, hashtags.length);
  const occPost = new Int32Array(occStart[hashtags.length]!);
  const accStart = prefixSum(accCount);
  const accFill = accStart.slice(0, n);
  const accPost = new Int32Array(windowPosts);
  for (const p of order) {
    for (let k = tagStart[p]!; k < tagStart[p + 1]!; k++) occPost[fill[tagIds[k]!]!++] = p;
    if (p < windowPosts) accPost[accFill[postAccount[p]!]!++] = p;
  }
  const occTime = new Float64Array(occPost.length);
  const occAccount = new Int32Array(occPost.length);
  for (let r = 0; r < occPost.length; r++) {
    occTime[r] = postTime[occPost[r]!]!;
    occAccount[r] = postAccount[occPost[r]!]!;
  }

  const adj = buildAdjacency(graph, accountId, n);
  const links = buildLinks(window.posts, postAccount);
  return {
    startMs: window.startMs, endMs: window.endMs, lengthMs: window.endMs - window.startMs, maxLagMs,
    accounts, accountId, n, hashtags, posts, windowPosts, postAccount,
    occStart, occTime, occAccount, occPost, accStart, accPost, ...adj, ...links,
  };
}

function buildAdjacency(graph: AccountGraphResult, accountId: ReadonlyMap<string, number>, n: number) {
  const kept = graph.edges.filter((e) => e.kept && accountId.has(e.source) && accountId.has(e.target));
  const deg = new Int32Array(n);
  let totalWeight = 0;
  for (const e of kept) {
    const s = accountId.get(e.source)!;
    const t = accountId.get(e.target)!;
    if (s >= n || t >= n || s === t) continue;
    deg[s]!++;
    deg[t]!++;
    totalWeight += e.weight;
  }
  const adjStart = prefixSum(deg);
  const fill = adjStart.slice(0, n);
  const adjNode = new Int32Array(adjStart[n]!);
  const adjWeight = new Float64Array(adjStart[n]!);
  for (const e of kept) {
    const s = accountId.get(e.source)!;
    const t = accountId.get(e.target)!;
    if (s >= n || t >= n || s === t) continue;
    adjNode[fill[s]!] = t;
    adjWeight[fill[s]!++] = e.weight;
    adjNode[fill[t]!] = s;
    adjWeight[fill[t]!++] = e.weight;
  }
  return { adjStart, adjNode, adjWeight, totalWeight };
}

function buildLinks(windowPosts: readonly Post[], postAccount: Int32Array) {
  const postIndex = new Map<string, number>();
  windowPosts.forEach((p, i) => postIndex.set(p.id, i));
  const pairs: number[] = [];
  let hasLinks = false;
  for (let q = 0; q < windowPosts.length; q++) {
    const post = windowPosts[q]!;
    for (const target of [post.repostOf, post.replyTo]) {
      if (target === undefined) continue;
      hasLinks = true;
      const p = postIndex.get(target);
      if (p !== undefined && p !== q) pairs.push(p, postAccount[q]!);
    }
  }
  const counts = new Int32Array(windowPosts.length);
  for (let k = 0; k < pairs.length; k += 2) counts[pairs[k]!]!++;
  const linkStart = prefixSum(counts);
  const fill = linkStart.slice(0, windowPosts.length);
  const linkEngager = new Int32Array(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) linkEngager[fill[pairs[k]!]!++] = pairs[k + 1]!;
  return { linkStart, linkEngager, hasLinks };
}
