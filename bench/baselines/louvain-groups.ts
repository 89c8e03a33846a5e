/**
 * Weighted edges → seeded Louvain (graphology-communities-louvain, resolution 1) → groups of at
 * least `minSize` accounts. Shared by the CooRTweet-style and DuckDB baselines so that equal edge
 * lists give equal groups.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { createRng } from '../../src/_lib/rng.js';

/** An undirected weighted edge between account ids (a < b). */
export interface WeightedEdge {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

/** A detected group: a synthetic id and sorted member names. */
export interface Group {
  readonly id: string;
  readonly members: readonly string[];
}

/**
 * Run seeded Louvain on the edges and keep communities with ≥ `minSize` members.
 * @param edges kept edges (any order: sorted here for determinism)
 * @param names account names by id
 * @param seed Louvain seed
 * @param minSize smallest group kept (CooRTweet-style: 3)
 * @returns groups sorted by size (desc) then first member
 * @example
 * louvainGroups([{ a: 0, b: 1, weight: 3 }], ['x', 'y'], 1, 2);
 */
export function louvainGroups(edges: readonly WeightedEdge[], names: readonly string[], seed: number, minSize: number): Group[] {
  const sorted = [...edges].sort((x, y) => x.a - y.a || x.b - y.b);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const e of sorted) {
    const a = String(e.a);
    const b = String(e.b);
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdge(a, b, { weight: e.weight });
  }
  if (graph.order === 0) return [];
  const rng = createRng(seed);
  const communities = louvain(graph, { getEdgeWeight: 'weight', resolution: 1, rng: rng.next });
  const byCommunity = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = communities[node]!;
    let list = byCommunity.get(c);
    if (list === undefined) byCommunity.set(c, (list = []));
    list.push(names[Number(node)]!);
  });
  return groupsFromLists([...byCommunity.values()], minSize);
}

/**
 * Sort member lists into groups with stable ids (`G1`, `G2`, …), dropping the small ones.
 * @param lists member-name lists
 * @param minSize smallest group kept
 * @returns groups, largest first
 * @example
 * groupsFromLists([['b', 'a', 'c']], 3)[0]!.members; // ['a', 'b', 'c']
 */
export function groupsFromLists(lists: readonly (readonly string[])[], minSize: number): Group[] {
  const kept = lists.filter((l) => l.length >= minSize).map((l) => [...l].sort());
  kept.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
  return kept.map((members, i) => ({ id: `G${i + 1}`, members }));
}
