/**
 * The hashtag–hashtag co-occurrence graph (METRICS.md §1.2.9): c_hh' = posts holding
 * both h and h', with normalised pointwise mutual information
 *   npmi_hh' = ln(c_hh'·N_P / (c_h·c_h')) / (−ln(c_hh'/N_P)),   N_P = posts with ≥ 1 hashtag,
 * in [−1, 1] (1: the two always appear together; 0: independent). When c_hh' = N_P the
 * denominator is 0 and npmi is 1 (perfect co-occurrence). Pairs are counted per post with
 * integer ids in an {@link EdgeTable}; the graph is built once, in code-unit order.
 */
import { UndirectedGraph } from 'graphology';
import { compareStrings } from '../_lib/compare.js';
import { checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import type { Post } from '../ingest/index.js';
import type { Window } from '../windows/index.js';
import { EDGE_STRIDE, EdgeTable, F_CO } from './edge-table.js';
import { buildOccurrenceTable } from './occurrence-table.js';
import type {
  HashtagEdge,
  HashtagEdgeStats,
  HashtagGraphOptions,
  HashtagGraphResult,
  HashtagNodeAttributes,
} from './types.js';

/** Posts of a window, or the posts themselves. */
export function postsOf(input: Window | readonly Post[]): readonly Post[] {
  return Array.isArray(input) ? (input as readonly Post[]) : (input as Window).posts;
}

/**
 * Build the hashtag co-occurrence graph of a window.
 * @param input a window or a list of posts (any order).
 * @param options `minCount` (default 1).
 * @returns the graph (nodes: hashtags with `posts`; edges: `count`, `npmi`, weight = count)
 *   and the edges sorted by (source, target).
 * @throws {InvalidOptionsError} for invalid options.
 * @example
 * const { edges } = buildHashtagGraph(window);
 * edges.filter((e) => e.npmi > 0.5);
 */
export function buildHashtagGraph(input: Window | readonly Post[], options?: HashtagGraphOptions): HashtagGraphResult {
  const o = checkOptionsObject('graph', options);
  checkKnownKeys('graph', o, ['minCount']);
  const minCount = checkNumber('graph', 'minCount', o['minCount'] ?? 1, { integer: true, min: 1 });
  const posts = postsOf(input);
  const table = buildOccurrenceTable(posts);
  const hCount = table.hashtags.length;
  const postHashtags: number[][] = posts.map(() => []);
  const uses = new Int32Array(hCount);
  for (let h = 0; h < hCount; h++) {
    for (let i = table.hashtagStart[h]!; i < table.hashtagStart[h + 1]!; i++) postHashtags[table.occPost[i]!]!.push(h);
    uses[h] = table.hashtagStart[h + 1]! - table.hashtagStart[h]!;
  }
  const pairs = new EdgeTable(1024);
  let withHashtags = 0;
  for (const list of postHashtags) {
    if (list.length > 0) withHashtags++;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const hx = list[x]!;
        const hy = list[y]!;
        pairs.rec[pairs.getOrInsert(Math.min(hx, hy), Math.max(hx, hy)) * EDGE_STRIDE + F_CO]!++;
      }
    }
  }
  const N = withHashtags;
  const edges: HashtagEdge[] = [];
  for (let e = 0; e < pairs.size; e++) {
    const c = pairs.field(e, F_CO);
    if (c < minCount) continue;
    let s = table.hashtags[pairs.a[e]!]!;
    let t = table.hashtags[pairs.b[e]!]!;
    if (compareStrings(s, t) > 0) [s, t] = [t, s];
    const denominator = -Math.log(c / N);
    const npmi =
      denominator === 0 ? 1 : Math.log((c * N) / (uses[pairs.a[e]!]! * uses[pairs.b[e]!]!)) / denominator;
    edges.push({ source: s, target: t, weight: c, count: c, npmi });
  }
  edges.sort((x, y) => compareStrings(x.source, y.source) || compareStrings(x.target, y.target));
  const graph = new UndirectedGraph<HashtagNodeAttributes, HashtagEdgeStats>();
  const order = Array.from(table.hashtags.keys()).sort((x, y) => compareStrings(table.hashtags[x]!, table.hashtags[y]!));
  for (const h of order) graph.addNode(table.hashtags[h]!, { posts: uses[h]! });
  edges.forEach((e, k) => graph.addEdgeWithKey(String(k), e.source, e.target, { weight: e.weight, count: e.count, npmi: e.npmi }));
  return { graph, edges, postsWithHashtags: N };
}
