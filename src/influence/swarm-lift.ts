/**
 * swarmLift — adoption yield of coordinated vs solo posts by the same members (METRICS.md §3.8,
 * Definition A) [Proposed; complex contagion: Romero et al. 2011, Centola & Macy 2007].
 *   1. units = (member window post, h ∈ H_S), coordinated when another member posted h within Δt;
 *   2. external adoptions: first use α_u^h of h by a non-member u (window + lookback), kept iff α ≥ w₀;
 *   3. Q = all posts on h in [α − τ, α) (members and non-members, lookback included); each member
 *      unit in Q gets credit 1/|Q| (non-member posts absorb their share);
 *   4. Y_c, N_c, Y_s, N_s = credit and count of coordinated / solo units, ȳ = (Y_c + Y_s)/(N_c + N_s);
 *   5. swarmLift = ((Y_c + b·ȳ)/(N_c + b)) / ((Y_s + b·ȳ)/(N_s + b)).
 * Interval: percentile bootstrap over member bursts (units of one hashtag chained by gaps ≤ Δt),
 * resampling whole bursts with replacement and recomputing step 4–5 (resamples with ȳ = 0 are
 * dropped). lowSupport := N_c < minSupport or N_s < minSupport. Credits are accumulated with a
 * difference array over each hashtag's occurrence list, so the cost is O(Σ_{h∈H_S} N_h).
 */
import type { Rng } from '../_lib/rng.js';
import type { GroupData } from './group-data.js';
import type { WindowContext } from './window-context.js';

/** Settings of swarmLift. */
export interface SwarmLiftSettings {
  readonly tauMs: number;
  readonly shrinkage: number;
  readonly resamples: number;
  readonly confidenceLevel: number;
  readonly minSupport: number;
}

/** swarmLift of a group, with the per-member adoption credit used by the concentration metrics. */
export interface SwarmLiftScores {
  readonly swarmLift: number | null;
  readonly swarmLiftLog2: number | null;
  readonly swarmLiftLower: number | null;
  readonly swarmLiftUpper: number | null;
  readonly swarmLiftLowSupport: boolean;
  readonly swarmLiftReason: string | null;
  readonly coordinatedPosts: number;
  readonly soloPosts: number;
  readonly coordinatedCredit: number;
  readonly soloCredit: number;
  readonly externalAdoptions: number;
  readonly memberBursts: number;
  /** Adoption credit per local member index. */
  readonly creditByMember: Float64Array;
}

/** Step 5: the shrunk ratio, or null when undefined. */
export function liftOf(yc: number, nc: number, ys: number, ns: number, b: number): number | null {
  const n = nc + ns;
  if (n === 0) return null;
  const ybar = (yc + ys) / n;
  const num = (yc + b * ybar) / (nc + b);
  const den = (ys + b * ybar) / (ns + b);
  return ybar > 0 && Number.isFinite(num) && den > 0 && Number.isFinite(den) ? num / den : null;
}

/** Quantile (type 7) of ascending values. */
function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Compute swarmLift of a group. */
export function scoreSwarmLift(ctx: WindowContext, group: GroupData, settings: SwarmLiftSettings, rng: Rng): SwarmLiftScores {
  const { unitStart, unitOcc, unitCoordinated } = group;
  const creditByMember = new Float64Array(group.members.length);
  const seen = new Int32Array(ctx.accounts.length).fill(-1);
  const burst: number[][] = []; // [yc, nc, ys, ns]
  let externalAdoptions = 0;
  for (let g = 0; g < group.hs.length; g++) {
    const h = group.hs[g]!;
    const oa = ctx.occStart[h]!;
    const ob = ctx.occStart[h + 1]!;
    const diff = new Float64Array(ob - oa + 1);
    let lo = oa;
    let tieStart = oa;
    for (let r = oa; r < ob; r++) {
      const t = ctx.occTime[r]!;
      if (r > oa && t !== ctx.occTime[r - 1]) tieStart = r;
      const u = ctx.occAccount[r]!;
      if (seen[u] === g) continue;
      seen[u] = g;
      if (group.mask[u] === 1 || t < ctx.startMs) continue;
      externalAdoptions++;
      while (ctx.occTime[lo]! < t - settings.tauMs) lo++;
      const size = tieStart - lo;
      if (size <= 0) continue;
      diff[lo - oa]! += 1 / size;
      diff[tieStart - oa]! -= 1 / size;
    }
    let running = 0;
    let k = unitStart[g]!;
    let lastTime = Number.NEGATIVE_INFINITY;
    for (let r = oa; r < ob && k < unitStart[g + 1]!; r++) {
      running += diff[r - oa]!;
      if (unitOcc[k] !== r) continue;
      const credit = Math.max(0, running);
      creditByMember[group.local[ctx.occAccount[r]!]!]! += credit;
      if (ctx.occTime[r]! - lastTime > ctx.maxLagMs) burst.push([0, 0, 0, 0]);
      lastTime = ctx.occTime[r]!;
      const cur = burst[burst.length - 1]!;
      if (unitCoordinated[k] === 1) { cur[0]! += credit; cur[1]!++; } else { cur[2]! += credit; cur[3]!++; }
      k++;
    }
  }
  let yc = 0, nc = 0, ys = 0, ns = 0;
  for (const b of burst) { yc += b[0]!; nc += b[1]!; ys += b[2]!; ns += b[3]!; }
  const b = settings.shrinkage;
  const value = liftOf(yc, nc, ys, ns, b);
  let lower: number | null = null;
  let upper: number | null = null;
  if (value !== null && settings.resamples > 0) {
    const lifts: number[] = [];
    for (let s = 0; s < settings.resamples; s++) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      for (let i = 0; i < burst.length; i++) {
        const pick = burst[rng.int(burst.length)]!;
        a0 += pick[0]!; a1 += pick[1]!; a2 += pick[2]!; a3 += pick[3]!;
      }
      const l = liftOf(a0, a1, a2, a3, b);
      if (l !== null) lifts.push(l);
    }
    if (lifts.length > 0) {
      const sorted = Float64Array.from(lifts).sort();
      const tail = (1 - settings.confidenceLevel) / 2;
      lower = quantile(sorted, tail);
      upper = quantile(sorted, 1 - tail);
    }
  }
  const reason = nc + ns === 0 ? 'no-member-posts' : value === null ? 'no-adoptions' : null;
  return {
    swarmLift: value,
    swarmLiftLog2: value !== null && value > 0 ? Math.log2(value) : null,
    swarmLiftLower: lower,
    swarmLiftUpper: upper,
    swarmLiftLowSupport: nc < settings.minSupport || ns < settings.minSupport,
    swarmLiftReason: reason,
    coordinatedPosts: nc,
    soloPosts: ns,
    coordinatedCredit: yc,
    soloCredit: ys,
    externalAdoptions,
    memberBursts: burst.length,
    creditByMember,
  };
}
