/**
 * Cohesion of an account set S on the kept-edge graph (METRICS.md §3.5), with
 * w(S) = Σ_{i<j∈S} w_ij, vol(S) = Σ_{i∈S} s_i, cut(S) = vol(S) − 2w(S), M = Σ w:
 *
 *   internalDensity = 2|E(S)| / (m(m−1)),
 *   conductance     = cut(S) / min(vol(S), 2M − vol(S))   (Kannan et al. 2004; 0 when cut = 0),
 *   modularityContribution q_S = w(S)/M − γ·(vol(S)/2M)²  (Newman 2006),
 *
 * so Σ_S q_S over a partition of the nodes is its modularity (the tests check it
 * against graphology-metrics). Members that are not graph nodes count with
 * strength 0. Cost O(vol(S)).
 */
import type Graph from 'graphology';

/** Cohesion scores of one set. */
export interface Cohesion {
  readonly internalDensity: number;
  readonly conductance: number;
  readonly modularityContribution: number;
}

/** Weighted degree of every node and the total weight M, computed once per window. */
export interface GraphWeights {
  readonly strength: ReadonlyMap<string, number>;
  readonly total: number;
}

/**
 * Strengths and total weight of a graph (edge attribute `weight`).
 * @param graph the kept-edge graph.
 * @returns the weights.
 * @example
 * graphWeights(graph).total;
 */
export function graphWeights(graph: Graph): GraphWeights {
  const strength = new Map<string, number>();
  let total = 0;
  graph.forEachNode((node) => strength.set(node, 0));
  graph.forEachEdge((_e, attr, s, t) => {
    const w = Number(attr['weight']);
    strength.set(s, strength.get(s)! + w);
    strength.set(t, strength.get(t)! + w);
    total += w;
  });
  return { strength, total };
}

/**
 * Cohesion of a set.
 * @param graph the kept-edge graph.
 * @param weights its strengths and total weight.
 * @param members the set's account names.
 * @param resolution modularity resolution γ.
 * @returns the cohesion scores (0 when the graph has no weight).
 * @example
 * measureCohesion(graph, graphWeights(graph), ['a', 'b', 'c'], 1).conductance;
 */
export function measureCohesion(graph: Graph, weights: GraphWeights, members: readonly string[], resolution: number): Cohesion {
  const set = new Set(members);
  let edges = 0;
  let twiceInternal = 0;
  let volume = 0;
  for (const node of members) {
    if (!graph.hasNode(node)) continue;
    volume += weights.strength.get(node) ?? 0;
    graph.forEachEdge(node, (_e, attr, s, t) => {
      const other = s === node ? t : s;
      if (set.has(other)) {
        edges += 0.5;
        twiceInternal += Number(attr['weight']);
      }
    });
  }
  const m = members.length;
  const total = weights.total;
  const internal = twiceInternal / 2;
  const cut = Math.max(0, volume - twiceInternal);
  const denom = Math.min(volume, 2 * total - volume);
  return {
    internalDensity: m > 1 ? (2 * edges) / (m * (m - 1)) : 0,
    conductance: cut > 0 && denom > 0 ? cut / denom : 0,
    modularityContribution: total > 0 ? internal / total - resolution * (volume / (2 * total)) ** 2 : 0,
  };
}
