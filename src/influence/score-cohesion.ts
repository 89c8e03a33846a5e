/**
 * Internal cohesion of a group on the kept edges of the account graph (METRICS.md §3.5), with
 * w(S) = Σ_{i<j∈S} w_ij, vol(S) = Σ_{i∈S} s_i, cut(S) = vol(S) − 2·w(S), M = Σ_edges w:
 *   internalDensity        = 2·|E(S)| / (m(m−1))
 *   internalWeightMean     = w(S) / (m(m−1)/2)
 *   conductance            = cut(S) / min(vol(S), vol(V∖S))      (Kannan et al. 2004)
 *   modularityContribution = w(S)/M − γ·(vol(S)/(2M))²             (Newman 2006)
 * Cost O(vol(S)).
 */
import type { GroupData } from './group-data.js';
import type { WindowContext } from './window-context.js';

/** Cohesion metrics of a group (null where the denominator is 0). */
export interface CohesionScores {
  readonly internalDensity: number | null;
  readonly internalWeightMean: number | null;
  readonly conductance: number | null;
  readonly modularityContribution: number | null;
}

/** Compute the cohesion metrics of a group. */
export function scoreCohesion(ctx: WindowContext, group: GroupData, resolution: number): CohesionScores {
  const m = group.members.length;
  let internalEdges = 0;
  let internalWeight = 0;
  let vol = 0;
  for (const a of group.members) {
    for (let k = ctx.adjStart[a]!; k < ctx.adjStart[a + 1]!; k++) {
      const w = ctx.adjWeight[k]!;
      vol += w;
      const b = ctx.adjNode[k]!;
      if (group.mask[b] === 1 && b > a) {
        internalEdges++;
        internalWeight += w;
      }
    }
  }
  const pairs = (m * (m - 1)) / 2;
  const total = ctx.totalWeight;
  const cut = vol - 2 * internalWeight;
  const smaller = Math.min(vol, 2 * total - vol);
  return {
    internalDensity: pairs > 0 ? internalEdges / pairs : null,
    internalWeightMean: pairs > 0 ? internalWeight / pairs : null,
    conductance: smaller > 0 ? Math.max(0, cut) / smaller : null,
    modularityContribution: total > 0 ? internalWeight / total - resolution * (vol / (2 * total)) ** 2 : null,
  };
}
