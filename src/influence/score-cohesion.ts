/**
 * Internal cohesion of a group on the kept edges of the account graph (METRICS.md §3.5): the
 * formulas are groups/ ({@link cohesionOfSums}), summed over the window's kept-edge CSR.
 * Null where a denominator is 0. Cost O(vol(S)).
 */
import { cohesionOfSums, sumCohesionCsr, type CohesionScores } from '../groups/index.js';
import type { InfluenceGroupData } from './group-data.js';
import type { WindowContext } from './window-context.js';

/** Compute the cohesion metrics of a group. */
export function scoreCohesion(ctx: WindowContext, group: InfluenceGroupData, resolution: number): CohesionScores {
  return cohesionOfSums(sumCohesionCsr(group.members, group.mask, ctx.adjStart, ctx.adjNode, ctx.adjWeight, ctx.totalWeight), resolution);
}
