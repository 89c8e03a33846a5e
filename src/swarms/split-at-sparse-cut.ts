/**
 * Two swarms tied by a few accounts. Louvain at the detection's low resolution (0.5, which keeps
 * an operation with rotating rosters whole) also joins two swarms that share two or three
 * members, or whose hubs posted in each other's bursts: no single account is the junction, so
 * {@link splitAtCutVertex} does not see it (ladder `dynamic` seed 3: an 18-member swarm inside a
 * 36-member one for nine windows). {@link splitAtSparseCut} re-runs Louvain on the community
 * alone at a higher resolution and proposes its parts when the ties between them are sparse:
 *
 *   cut(A, B) / (|A|·|B|)  ≤  maxCutRatio · min(density(A), density(B)),
 *   density(X) = kept edges inside X / C(|X|, 2)
 *
 * for every two parts (edges counted, not weighted: one heavy tie is still one tie). Parts below
 * the minimum swarm size join the part they have most edge weight to, and the two parts with the
 * densest tie are joined while it is not sparse (Louvain at resolution 1 also cuts one large swarm
 * in two), so the proposal is a partition of the community (no account dropped). The caller keeps it only when the parts act
 * on different hashtags ({@link hashtagOverlap}) and every part is significant on its own.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { compareStrings } from '../_lib/compare.js';
import { createRng } from '../_lib/rng.js';

/** What {@link splitAtSparseCut} needs besides the graph and the members. */
export interface SparseCutSettings {
  /** The minimum swarm size: smaller parts are not proposed on their own. */
  readonly minSize: number;
  /** Resolution of the inner Louvain run. */
  readonly resolution: number;
  /** The cut-density ratio above which two parts are one group. */
  readonly maxCutRatio: number;
  /** Seed of the inner Louvain's rng. */
  readonly seed: number;
}

/** The community's own kept-edge graph, nodes and edges in sorted order (Louvain visits in insertion order). */
function inducedGraph(graph: Graph, members: readonly string[]): Graph {
  const inner = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const set = new Set(members);
  for (const m of members) inner.addNode(m);
  const edges: [string, string, number][] = [];
  for (const m of members) {
    if (!graph.hasNode(m)) continue;
    graph.forEachEdge(m, (_e, attrs, source, target) => {
      const other = source === m ? target : source;
      if (other <= m || !set.has(other)) return;
      edges.push([m, other, (attrs as { weight?: number }).weight ?? 1]);
    });
  }
  edges.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  for (const [s, t, w] of edges) inner.addEdge(s, t, { weight: w });
  return inner;
}

/**
 * The two parts with the densest tie, as [a, b, ratio]: cut density over the sparser part's own
 * density (Infinity when a part has no inner edge, or one member); ratio 0 with fewer than two
 * parts. Edges with an end outside the parts are not counted.
 */
function densestTie(inner: Graph, pieces: readonly (readonly string[])[]): [number, number, number] {
  const partOf = new Map<string, number>();
  pieces.forEach((p, k) => { for (const m of p) partOf.set(m, k); });
  const P = pieces.length;
  const count = new Float64Array(P * P);
  inner.forEachEdge((_e, _a, s, t) => {
    const a = partOf.get(s);
    const b = partOf.get(t);
    if (a !== undefined && b !== undefined) count[Math.min(a, b) * P + Math.max(a, b)]! += 1;
  });
  const density = pieces.map((p, k) => (p.length < 2 ? 0 : count[k * P + k]! / ((p.length * (p.length - 1)) / 2)));
  let worst: [number, number, number] = [0, 0, 0];
  for (let a = 0; a < P; a++) {
    for (let b = a + 1; b < P; b++) {
      const sparser = Math.min(density[a]!, density[b]!);
      const cut = count[a * P + b]! / (pieces[a]!.length * pieces[b]!.length);
      const ratio = sparser > 0 ? cut / sparser : Number.POSITIVE_INFINITY;
      if (ratio > worst[2]) worst = [a, b, ratio];
    }
  }
  return worst;
}

/**
 * The parts of `members` at a sparse cut, from Louvain at `settings.resolution` on their
 * induced subgraph.
 * @param graph the kept-edge account graph (weights in the `weight` attribute).
 * @param members the community, sorted.
 * @param settings minimum size, inner resolution, cut ratio and seed.
 * @returns two or more parts, each sorted, largest first; or none when Louvain finds fewer than
 *   two parts of the minimum size or the cut between two of them is not sparse.
 */
export function splitAtSparseCut(graph: Graph, members: readonly string[], settings: SparseCutSettings): string[][] {
  const { minSize } = settings;
  if (members.length < 2 * minSize) return [];
  const inner = inducedGraph(graph, members);
  if (inner.size === 0) return [];
  const rng = createRng(settings.seed);
  const { communities } = louvain.detailed(inner, { getEdgeWeight: 'weight', resolution: settings.resolution, rng: rng.next });
  const byLabel = new Map<number, string[]>();
  for (const m of members) {
    const c = communities[m]!;
    const list = byLabel.get(c);
    if (list) list.push(m);
    else byLabel.set(c, [m]);
  }
  const parts = [...byLabel.values()];
  const pieces = parts.filter((p) => p.length >= minSize).map((p) => [...p]);
  if (pieces.length < 2) return [];
  const home = new Map<string, number>();
  pieces.forEach((p, k) => { for (const m of p) home.set(m, k); });
  // Smaller parts join the big part they have the most edge weight to (ties: the first).
  for (const p of parts) {
    if (p.length >= minSize) continue;
    const pull = new Float64Array(pieces.length);
    for (const m of p) {
      inner.forEachEdge(m, (_e, attrs, s, t) => {
        const k = home.get(s === m ? t : s);
        if (k !== undefined) pull[k]! += (attrs as { weight: number }).weight;
      });
    }
    let best = 0;
    for (let k = 1; k < pull.length; k++) if (pull[k]! > pull[best]!) best = k;
    pieces[best]!.push(...p);
  }
  const joined = joinDenselyTied(inner, pieces, settings.maxCutRatio);
  return joined.length < 2 ? [] : joined;
}

/**
 * Parts tied densely are one group: the two with the densest tie are joined until every tie is
 * sparse (Louvain at resolution 1 also cuts one large swarm in two; its halves are tied densely).
 * @param graph the edges among the parts' members (weights unused: edges are counted).
 * @param parts a partition of the members.
 * @param maxCutRatio the sparse-tie bar (cut density over the sparser part's own density).
 * @returns the joined parts, each sorted, largest first (one part when every tie is dense).
 * @example
 * joinDenselyTied(graph, [['a1', 'a2', 'a3'], ['a4', 'a5', 'a6'], ['b1', 'b2', 'b3']], 0.2).length; // 2
 */
export function joinDenselyTied(graph: Graph, parts: readonly (readonly string[])[], maxCutRatio: number): string[][] {
  const pieces = parts.map((p) => [...p]);
  for (;;) {
    const [a, b, ratio] = densestTie(graph, pieces);
    if (pieces.length < 2 || ratio <= maxCutRatio) break;
    pieces[a]!.push(...pieces[b]!);
    pieces.splice(b, 1);
  }
  return pieces
    .map((p) => p.sort(compareStrings))
    .sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
}

/**
 * How much two parts post on the same hashtags: over every two parts, the largest
 * Σ_h min(s_A(h), s_B(h)), s_X(h) = X's member posts on h / X's member posts on its listed
 * hashtags (1 − the total-variation distance of the two distributions: 0 = disjoint hashtags,
 * 1 = the same mix). A share, not a set overlap of top hashtags: a 3-member part's top five
 * hold one or two stray hashtags that a set measure weighs like its main ones.
 * @param lists each part's hashtags with its member posts on each.
 * @returns the largest overlap, in [0, 1]; 0 with fewer than two lists.
 * @example
 * hashtagOverlap([[{ hashtag: 'a', posts: 3 }, { hashtag: 'b', posts: 1 }], [{ hashtag: 'b', posts: 1 }]]); // 0.25
 */
export function hashtagOverlap(lists: readonly (readonly { readonly hashtag: string; readonly posts: number }[])[]): number {
  const shares = lists.map((l) => {
    const total = l.reduce((sum, h) => sum + h.posts, 0);
    return new Map(l.map((h) => [h.hashtag, total > 0 ? h.posts / total : 0]));
  });
  let worst = 0;
  for (let a = 0; a < shares.length; a++) {
    for (let b = a + 1; b < shares.length; b++) {
      let overlap = 0;
      for (const [h, s] of shares[a]!) overlap += Math.min(s, shares[b]!.get(h) ?? 0);
      worst = Math.max(worst, overlap);
    }
  }
  return Math.min(1, worst);
}
