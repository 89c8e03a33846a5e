/**
 * Cohesion of an account set S on the kept edges of the account graph (METRICS.md §3.5), with
 * w(S) = Σ_{i<j∈S} w_ij, vol(S) = Σ_{i∈S} s_i, cut(S) = vol(S) − 2·w(S), M = Σ_edges w, m = |S|:
 *
 *   internalDensity        = |E(S)| / (m(m−1)/2)
 *   internalWeightMean     = w(S) / (m(m−1)/2)
 *   conductance            = max(0, cut(S)) / min(vol(S), 2M − vol(S))   (Kannan et al. 2004)
 *   modularityContribution = w(S)/M − γ·(vol(S)/(2M))²                    (Newman 2006)
 *
 * so Σ_S q_S over a partition of the nodes is its modularity. Each is null where its
 * denominator is 0. The one definition both swarms/ (its candidate groups, on the Louvain
 * graph) and influence/ (its group scores, on the window's kept-edge CSR) use: each caller
 * sums E(S), w(S) and vol(S) over its own adjacency ({@link sumCohesionCsr} for a CSR) and
 * hands the sums to {@link cohesionOfSums}. Cost O(vol(S)) for the sums, O(1) for the formulas.
 */

/** The sums over S the cohesion formulas read. */
export interface CohesionSums {
  /** m = |S|. */
  readonly members: number;
  /** |E(S)|: kept edges with both ends in S. */
  readonly internalEdges: number;
  /** w(S): their total weight. */
  readonly internalWeight: number;
  /** vol(S): the members' strengths (weighted degrees) summed. */
  readonly volume: number;
  /** M: the total weight of the graph's edges. */
  readonly totalWeight: number;
}

/** Cohesion scores of one set (null where the denominator is 0). */
export interface CohesionScores {
  readonly internalDensity: number | null;
  readonly internalWeightMean: number | null;
  readonly conductance: number | null;
  readonly modularityContribution: number | null;
}

/**
 * The cohesion formulas over a set's sums.
 * @param sums E(S), w(S), vol(S), M and m.
 * @param resolution modularity resolution γ.
 * @returns the scores, null where a denominator is 0.
 * @example
 * cohesionOfSums({ members: 3, internalEdges: 3, internalWeight: 6, volume: 8, totalWeight: 10 }, 1).internalDensity; // 1
 */
export function cohesionOfSums(sums: CohesionSums, resolution: number): CohesionScores {
  const m = sums.members;
  const pairs = (m * (m - 1)) / 2;
  const total = sums.totalWeight;
  const vol = sums.volume;
  const cut = vol - 2 * sums.internalWeight;
  const smaller = Math.min(vol, 2 * total - vol);
  return {
    internalDensity: pairs > 0 ? sums.internalEdges / pairs : null,
    internalWeightMean: pairs > 0 ? sums.internalWeight / pairs : null,
    conductance: smaller > 0 ? Math.max(0, cut) / smaller : null,
    modularityContribution: total > 0 ? sums.internalWeight / total - resolution * (vol / (2 * total)) ** 2 : null,
  };
}

/**
 * E(S), w(S) and vol(S) of a set over an undirected adjacency in CSR form (each edge listed
 * at both ends): the neighbours of node a are `adjNode[adjStart[a] … adjStart[a+1])`.
 * @param members the set's node ids (distinct).
 * @param mask 1 for the set's node ids (length = nodes).
 * @param adjStart CSR offsets (length = nodes + 1).
 * @param adjNode neighbour per adjacency entry.
 * @param adjWeight edge weight per adjacency entry.
 * @param totalWeight M, the graph's total edge weight.
 * @returns the sums.
 * @example
 * sumCohesionCsr(Int32Array.of(0, 1), Uint8Array.of(1, 1), Int32Array.of(0, 1, 2), Int32Array.of(1, 0), Float64Array.of(2, 2), 2).internalWeight; // 2
 */
export function sumCohesionCsr(
  members: Int32Array,
  mask: Uint8Array,
  adjStart: Int32Array,
  adjNode: Int32Array,
  adjWeight: Float64Array,
  totalWeight: number,
): CohesionSums {
  let internalEdges = 0;
  let internalWeight = 0;
  let volume = 0;
  for (let i = 0; i < members.length; i++) {
    const a = members[i]!;
    for (let k = adjStart[a]!; k < adjStart[a + 1]!; k++) {
      const w = adjWeight[k]!;
      volume += w;
      const b = adjNode[k]!;
      // Each internal edge once, from its smaller end.
      if (mask[b] === 1 && b > a) {
        internalEdges++;
        internalWeight += w;
      }
    }
  }
  return { members: members.length, internalEdges, internalWeight, volume, totalWeight };
}
