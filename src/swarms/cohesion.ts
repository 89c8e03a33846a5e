/**
 * Cohesion of an account set S on the Louvain graph (METRICS.md §3.5): the formulas are
 * groups/ ({@link cohesionOfSums}); this sums E(S), w(S) and vol(S) over the graphology graph,
 * and reports 0 where groups/ gives null (a denominator of 0), as the candidates always have.
 * The sums are taken in the graph's own edge order, not over a CSR: the weights are
 * fractional, and another summation order would move the last bits of the reported values.
 * Σ_S q_S over a partition of the nodes is its modularity (the tests check it against
 * graphology-metrics). Members that are not graph nodes count with strength 0. Cost O(vol(S)).
 */
import { cohesionOfSums } from '../groups/index.js';
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
  const scores = cohesionOfSums(
    { members: members.length, internalEdges: edges, internalWeight: twiceInternal / 2, volume, totalWeight: weights.total },
    resolution,
  );
  return {
    internalDensity: scores.internalDensity ?? 0,
    conductance: scores.conductance ?? 0,
    modularityContribution: scores.modularityContribution ?? 0,
  };
}
