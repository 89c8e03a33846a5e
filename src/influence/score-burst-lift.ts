/**
 * burstLift — manufactured velocity vs an independent-timing counterfactual (METRICS.md §3.8,
 * Definition B) [Proposed]. For h ∈ H_S:
 *   v_obs(h) = max_t #{member posts on h in [t, t+Δt)}
 *   replicate r = 1..R: shift every member's whole timeline by o_i ~ U[0, L) with wrap-around
 *   inside the window, v_r(h) = peak velocity of the shifted member posts
 *   burstLift(h) = v_obs(h) / mean_r v_r(h),  burstZ(h) = (v_obs(h) − mean_r v_r(h)) / sd_r v_r(h)
 *   burstLift(S) = Σ_h n_Sh·burstLift(h) / Σ_h n_Sh
 * The group-level z and Monte Carlo p-value use V = Σ_h n_Sh·v(h) / Σ_h n_Sh computed on the same
 * replicate shifts: burstZ(S) = (V_obs − mean V_r)/sd V_r, p = (1 + #{V_r ≥ V_obs})/(R + 1)
 * (Phipson & Smyth 2010). Cost O(R · Σ_h n_Sh) expected: each replicate's shifted times are
 * rotated or bucket-sorted, not comparison-sorted ({@link shiftedPeak}).
 *
 * The sd in both z-scores has a Monte Carlo resolution floor (docs/METRICS.md §3.8 B): peaks are
 * integers, so V moves in steps of at least δ = min_h n_Sh / Σ_h n_Sh (δ = 1 for one hashtag), and
 * R replicates that all agree only show that a step happens with probability below about
 * p = 1/(R + 1) — the same add-one as the p-value. sd ≥ δ·√(p(1 − p)), the sd of a statistic that
 * moves one step with probability p. Without it, identical replicates gave sd 0 (z undefined) or a
 * rounding residue of ~1e-15 (z ≈ 1e14, issue #24); with it, z ≤ (V_obs − mean)/(δ·√(p(1 − p))).
 */
import { meanSd } from '../_lib/stats.js';
import type { Rng } from '../_lib/rng.js';
import type { InfluenceGroupData } from './group-data.js';
import { peakInRange, prepareShiftedOccurrences, shiftedPeak } from './shifted-peak.js';
import type { WindowContext } from './window-context.js';

/** Burst-lift metrics: per H_S index and for the group. */
export interface BurstScores {
  readonly lift: readonly (number | null)[];
  readonly z: readonly (number | null)[];
  readonly burstLift: number | null;
  readonly burstZ: number | null;
  readonly burstPValue: number | null;
}

/** Largest number of sorted times inside any [t, t + width) starting at one of them. */
export function peakVelocity(sorted: ArrayLike<number>, width: number): number {
  return peakInRange(sorted, 0, sorted.length, width);
}

/**
 * The smallest sd a Monte Carlo estimate over `replicates` replicates can support for a statistic
 * that moves in steps of `step`: `step·√(p(1 − p))` with `p = 1/(replicates + 1)`.
 */
export function resolutionFloorSd(step: number, replicates: number): number {
  const p = 1 / (replicates + 1);
  return step * Math.sqrt(p * (1 - p));
}

/** Compute burstLift and burstZ of a group with R seeded circular-shift replicates. */
export function scoreBurstLift(ctx: WindowContext, group: InfluenceGroupData, replicates: number, rng: Rng): BurstScores {
  const groups = group.hashtags.length;
  const none = { lift: new Array<null>(groups).fill(null), z: new Array<null>(groups).fill(null), burstLift: null, burstZ: null, burstPValue: null };
  if (groups === 0 || replicates === 0) return none;
  const { runStarts, rows } = group;
  const L = ctx.lengthMs;
  const rel = new Float64Array(rows.length);
  const who = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    rel[k] = ctx.occTime[rows[k]!]! - ctx.startMs;
    who[k] = group.local[ctx.occAccount[rows[k]!]!]!;
  }
  let volume = 0;
  let smallest = Infinity;
  const observed = new Float64Array(groups);
  let vObs = 0;
  for (let g = 0; g < groups; g++) {
    const n = runStarts[g + 1]! - runStarts[g]!;
    observed[g] = peakInRange(rel, runStarts[g]!, runStarts[g + 1]!, ctx.maxLagMs);
    vObs += n * observed[g]!;
    volume += n;
    smallest = Math.min(smallest, n);
  }
  vObs /= volume;
  const occurrences = prepareShiftedOccurrences(rel, who, runStarts, L, ctx.maxLagMs);
  // peaks of hashtag g: perHashtag[g·R … (g+1)·R)
  const perHashtag = new Float64Array(groups * replicates);
  const groupStat = new Float64Array(replicates);
  const offsets = new Float64Array(group.members.length);
  let exceed = 0;
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < offsets.length; i++) offsets[i] = rng.next() * L;
    let v = 0;
    for (let g = 0; g < groups; g++) {
      const peak = shiftedPeak(occurrences, g, offsets);
      perHashtag[g * replicates + r] = peak;
      v += (runStarts[g + 1]! - runStarts[g]!) * peak;
    }
    groupStat[r] = v / volume;
    if (groupStat[r]! >= vObs - 1e-9) exceed++;
  }
  const lift: (number | null)[] = [];
  const z: (number | null)[] = [];
  let weighted = 0;
  const peakFloor = resolutionFloorSd(1, replicates);
  for (let g = 0; g < groups; g++) {
    const { mean, sd } = meanSd(perHashtag.subarray(g * replicates, (g + 1) * replicates));
    lift.push(observed[g]! / mean);
    z.push((observed[g]! - mean) / Math.max(sd, peakFloor));
    weighted += (runStarts[g + 1]! - runStarts[g]!) * (observed[g]! / mean);
  }
  const stat = meanSd(groupStat);
  return {
    lift,
    z,
    burstLift: weighted / volume,
    burstZ: (vObs - stat.mean) / Math.max(stat.sd, resolutionFloorSd(smallest / volume, replicates)),
    burstPValue: (1 + exceed) / (replicates + 1),
  };
}
