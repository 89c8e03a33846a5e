/**
 * Seeded Louvain on the kept-edge account graph (weight = excess episodes),
 * then every community split into its connected components (Louvain can return
 * internally disconnected communities: Traag, Waltman & van Eck 2019;
 * METRICS.md §3.5). Louvain visits nodes and neighbourhoods in insertion order,
 * so the graph is used as is only when its nodes and edges are already sorted
 * (as the graph stage builds it) and rebuilt in sorted order otherwise: the
 * output never depends on the order in which the graph was assembled.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { compareStrings } from '../_lib/compare.js';
import { createRng } from '../_lib/rng.js';
import type { AccountEdge, AccountGraphResult } from '../graph/index.js';

/** Components of the Louvain communities (any size). */
export interface Communities {
  /** The graph Louvain ran on (nodes and edges in sorted order). */
  readonly graph: Graph;
  /** Sorted member lists, by size desc, then first member. */
  readonly components: readonly (readonly string[])[];
}

/** True when nodes are in code-unit order and edges in (source, target) order. */
function isCanonical(graph: Graph): boolean {
  let prev: string | undefined;
  for (const node of graph.nodes()) {
    if (prev !== undefined && compareStrings(prev, node) >= 0) return false;
    prev = node;
  }
  let ps = '';
  let pt = '';
  let ok = true;
  graph.forEachEdge((_e, _a, source, target) => {
    const s = source < target ? source : target;
    const t = source < target ? target : source;
    if (s < ps || (s === ps && t <= pt)) ok = false;
    ps = s;
    pt = t;
  });
  return ok;
}

/** Rebuild the graph with nodes and edges in sorted order (Louvain visits in insertion order). */
function canonicalGraph(result: AccountGraphResult): Graph {
  if (isCanonical(result.graph)) return result.graph as unknown as Graph;
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of [...result.graph.nodes()].sort(compareStrings)) g.addNode(node);
  const edges: AccountEdge[] = [...result.edges].sort(
    (a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target),
  );
  for (const e of edges) if (result.graph.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
  return g;
}

/**
 * Detect communities and split them into connected components.
 * @param result the graph stage's result (analyzed).
 * @param resolution Louvain resolution γ.
 * @param seed seed of Louvain's rng.
 * @returns the components (sorted); none when the graph has no edges.
 * @example
 * const { components } = findCommunities(graphResult, 1, 42);
 */
export function findCommunities(result: AccountGraphResult, resolution: number, seed: number): Communities {
  const graph = canonicalGraph(result);
  if (graph.size === 0) return { graph, components: [] };
  const rng = createRng(seed);
  const { communities } = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: rng.next });
  const nodes = graph.nodes();
  const id = new Map(nodes.map((n, i) => [n, i]));
  // Union-find over the edges inside one Louvain community.
  const parent = Int32Array.from(nodes, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  graph.forEachEdge((_e, _attr, s, t) => {
    if (communities[s] !== communities[t]) return;
    const ra = find(id.get(s)!);
    const rb = find(id.get(t)!);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  });
  const groups = new Map<number, string[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(nodes[i]!);
    else groups.set(r, [nodes[i]!]);
  }
  const components = [...groups.values()].map((m) => m.sort(compareStrings));
  components.sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  return { graph, components };
}
