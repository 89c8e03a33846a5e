/**
 * Coordination / synchrony of a group (METRICS.md §3.4):
 *   syncFraction = |{p ∈ P_S^H : p has a coordinated member occurrence}| / |P_S^H|  (P_S^H = member posts on H_S)
 *   medianLagMs, meanLagMs over internal matched pairs (different members, same h ∈ H_S, |Δ| ≤ Δt),
 *     counted per hashtag like M_ij^h;
 *   burstiness B = (σ − μ)/(σ + μ) (Goh & Barabási 2008) and the finite-size
 *   A_n = (√(n+1)·r − √(n−1)) / ((√(n+1) − 2)·r + √(n−1)), r = σ/μ (Kim & Jo 2016),
 *   on the n inter-event times of the merged member stream on H_S (population σ).
 */
import { median } from '../_lib/stats.js';
import type { InfluenceGroupData } from './group-data.js';
import type { WindowContext } from './window-context.js';

/** Synchrony metrics of a group. */
export interface SynchronyScores {
  readonly syncFraction: number | null;
  readonly medianLagMs: number | null;
  readonly meanLagMs: number | null;
  readonly burstiness: number | null;
  readonly burstinessKimJo: number | null;
}

/** Burstiness B and A_n of sorted event times; nulls with fewer than 2 gaps or a zero mean gap. */
export function burstinessOf(times: readonly number[]): { burstiness: number | null; burstinessKimJo: number | null } {
  const n = times.length - 1;
  if (n < 2) return { burstiness: null, burstinessKimJo: null };
  let sum = 0;
  for (let k = 1; k <= n; k++) sum += times[k]! - times[k - 1]!;
  const mu = sum / n;
  if (!(mu > 0)) return { burstiness: null, burstinessKimJo: null };
  let ss = 0;
  for (let k = 1; k <= n; k++) ss += (times[k]! - times[k - 1]! - mu) ** 2;
  const sigma = Math.sqrt(ss / n);
  const r = sigma / mu;
  const a = Math.sqrt(n + 1);
  const b = Math.sqrt(n - 1);
  return { burstiness: (sigma - mu) / (sigma + mu), burstinessKimJo: (a * r - b) / ((a - 2) * r + b) };
}

/** Compute the synchrony metrics of a group. */
export function scoreSynchrony(ctx: WindowContext, group: InfluenceGroupData): SynchronyScores {
  const postSynced = new Map<number, boolean>();
  const lags: number[] = [];
  const dt = ctx.maxLagMs;
  const { runStarts, rows, coordinated } = group;
  for (let g = 0; g < group.hashtags.length; g++) {
    const a = runStarts[g]!;
    const b = runStarts[g + 1]!;
    for (let k = a; k < b; k++) {
      const r = rows[k]!;
      const post = ctx.occPost[r]!;
      postSynced.set(post, (postSynced.get(post) ?? false) || coordinated[k] === 1);
      for (let j = k + 1; j < b; j++) {
        const s = rows[j]!;
        const lag = ctx.occTime[s]! - ctx.occTime[r]!;
        if (lag > dt) break;
        if (ctx.occAccount[s] !== ctx.occAccount[r]) lags.push(lag);
      }
    }
  }
  let synced = 0;
  for (const v of postSynced.values()) if (v) synced++;
  const times = [...postSynced.keys()].map((p) => ctx.postTime[p]!).sort((x, y) => x - y);
  const lagSum = lags.reduce((s, v) => s + v, 0);
  return {
    syncFraction: postSynced.size > 0 ? synced / postSynced.size : null,
    medianLagMs: median(lags) ?? null,
    meanLagMs: lags.length > 0 ? lagSum / lags.length : null,
    ...burstinessOf(times),
  };
}
