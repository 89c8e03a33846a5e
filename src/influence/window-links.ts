/**
 * The two edge lists of a {@link WindowContext} besides the hashtag occurrences: the kept edges of
 * the account graph as CSR over window accounts, and the engagement links (`repostOf` /
 * `replyTo`) between window posts as CSR over the engaged post.
 */
import type { AccountGraphResult } from '../graph/index.js';
import type { Post } from '../ingest/index.js';
import { POST_HAS_LINKS } from '../windows/index.js';

/** Starts of a CSR from per-row counts: `starts[i+1] = Σ_{k≤i} counts[k]`. */
export function prefixSum(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) starts[i + 1] = starts[i]! + counts[i]!;
  return starts;
}

/** Kept edges between window accounts (ids < n) as symmetric CSR, in edge order, and Σ weights. */
export function buildAdjacency(graph: AccountGraphResult, accountId: { get(name: string): number | undefined }, n: number) {
  const src: number[] = [];
  const dst: number[] = [];
  const weight: number[] = [];
  const deg = new Int32Array(n);
  let totalWeight = 0;
  for (const e of graph.edges) {
    if (!e.kept) continue;
    const s = accountId.get(e.source);
    const t = accountId.get(e.target);
    if (s === undefined || t === undefined || s >= n || t >= n || s === t) continue;
    deg[s]!++;
    deg[t]!++;
    totalWeight += e.weight;
    src.push(s);
    dst.push(t);
    weight.push(e.weight);
  }
  const adjStart = prefixSum(deg);
  const fill = adjStart.slice(0, n);
  const adjNode = new Int32Array(adjStart[n]!);
  const adjWeight = new Float64Array(adjStart[n]!);
  for (let k = 0; k < src.length; k++) {
    const s = src[k]!;
    const t = dst[k]!;
    adjNode[fill[s]!] = t;
    adjWeight[fill[s]!++] = weight[k]!;
    adjNode[fill[t]!] = s;
    adjWeight[fill[t]!++] = weight[k]!;
  }
  return { adjStart, adjNode, adjWeight, totalWeight };
}

/**
 * Links into window posts: for each window post q with `repostOf` / `replyTo` naming another window
 * post p, engager `postAccount[q]` is listed under p (in q order, repost before reply). The id
 * index of the window posts is built only when some post links (last post wins a repeated id).
 */
export function buildLinks(windowPosts: readonly Post[], postAccount: Int32Array, postFlags: Uint8Array) {
  const from: number[] = [];
  const target: string[] = [];
  for (let q = 0; q < windowPosts.length; q++) {
    // the flag says whether the post links: posts without links are not read again
    if ((postFlags[q]! & POST_HAS_LINKS) === 0) continue;
    const post = windowPosts[q]!;
    if (post.repostOf !== undefined) {
      from.push(q);
      target.push(post.repostOf);
    }
    if (post.replyTo !== undefined) {
      from.push(q);
      target.push(post.replyTo);
    }
  }
  const hasLinks = from.length > 0;
  const pairs: number[] = [];
  if (hasLinks) {
    const postIndex = new Map<string, number>();
    for (let i = 0; i < windowPosts.length; i++) postIndex.set(windowPosts[i]!.id, i);
    for (let k = 0; k < from.length; k++) {
      const p = postIndex.get(target[k]!);
      if (p !== undefined && p !== from[k]) pairs.push(p, postAccount[from[k]!]!);
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
