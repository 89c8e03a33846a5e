/**
 * The two edge lists of a {@link WindowContext} besides the hashtag occurrences: the kept edges of
 * the account graph as CSR over window accounts, and the engagement links (`repostOf` /
 * `replyTo`) between window posts as CSR over the engaged post.
 */
import type { AccountGraphResult } from '../graph/index.js';
import { linkTargets, type WindowView } from '../windows/index.js';

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
 * post p, engager `postAccount[q]` is listed under p (in q order, repost before reply). The targets
 * come from the windows stage ({@link linkTargets}: one id index per window, shared with the graph
 * stage); `hasLinks` when some window post links at all.
 */
export function buildLinks(rows: WindowView, postAccount: Int32Array) {
  const n = rows.hi - rows.lo;
  const links = linkTargets(rows);
  const counts = new Int32Array(n);
  if (links !== undefined) {
    for (let q = 0; q < n; q++) {
      if (links.repostOf[q]! >= 0) counts[links.repostOf[q]!]!++;
      if (links.replyTo[q]! >= 0) counts[links.replyTo[q]!]!++;
    }
  }
  const linkStart = prefixSum(counts);
  const fill = linkStart.slice(0, n);
  const linkEngager = new Int32Array(linkStart[n]!);
  if (links !== undefined) {
    for (let q = 0; q < n; q++) {
      if (links.repostOf[q]! >= 0) linkEngager[fill[links.repostOf[q]!]!++] = postAccount[q]!;
      if (links.replyTo[q]! >= 0) linkEngager[fill[links.replyTo[q]!]!++] = postAccount[q]!;
    }
  }
  return { linkStart, linkEngager, hasLinks: links !== undefined };
}
