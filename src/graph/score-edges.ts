/**
 * Edge scoring (DESIGN.md §5): expected episodes under the chosen null, excess, Poisson
 * p-value, and the Benjamini–Hochberg decision over every candidate pair.
 *
 *   pValue = P(Poisson(expected) ≥ episodes)
 *   kept  ⇔  pValue ≤ BH threshold at q with m = max(Σ_h C(U_h, 2), tested edges)
 *            ∧ episodes ≥ minEpisodes ∧ excess > 0.
 *
 * Pairs that never co-occurred count in m as p = 1. Edges with fewer than `minEpisodes`
 * episodes can never be kept, so they too enter BH as p = 1 (counted in m, not listed):
 * raising p-values can only lower the BH threshold, so this stays FDR-controlling, and it
 * spares the null expectation of the many one-episode edges when the graph is filtered.
 */
import { benjaminiHochbergThreshold, poissonUpperTail } from '../_lib/stats.js';
import { EDGE_STRIDE, F_EPISODES } from './edge-table.js';
import { expectEdges } from './expect-edges.js';
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';
import type { ResolvedAccountGraphOptions } from './types.js';

/** Scores of the edges in `list` (all tested edges, or the eligible ones when filtering). */
export interface EdgeScores {
  /** Edge numbers scored. */
  readonly list: Int32Array;
  readonly expected: Float64Array;
  readonly expectedPermutation: Float64Array | undefined;
  readonly pValue: Float64Array;
  /** 1 when kept (aligned with `list`). */
  readonly kept: Uint8Array;
  readonly keptCount: number;
}

/** P(Poisson(λ) ≥ k), with the common k = 1 case in closed form. */
function upperTail(k: number, lambda: number): number {
  return k === 1 ? -Math.expm1(-lambda) : poissonUpperTail(k, lambda);
}

/**
 * The smallest λ whose tail P(Poisson(λ) ≥ k) is above `alpha` (bisection on the monotone
 * tail; the returned λ itself is checked to be above), for k ≥ 1 and 0 < alpha < 1.
 */
function tailCrossing(k: number, alpha: number): number {
  let lo = 0;
  let hi = k + 1;
  while (upperTail(k, hi) <= alpha) hi *= 2;
  for (let step = 0; step < 80 && hi - lo > 1e-12 * hi; step++) {
    const mid = (lo + hi) / 2;
    if (upperTail(k, mid) > alpha) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Per listed edge, the expectation beyond which it cannot be kept: min(episodes, the λ whose
 * tail at its episodes passes alpha). One bisection per distinct episode count.
 */
function stopLimits(rec: Float64Array, list: Int32Array, alpha: number): Float64Array {
  const limit = new Float64Array(list.length);
  const byEpisodes = new Map<number, number>();
  for (let r = 0; r < list.length; r++) {
    const ep = rec[list[r]! * EDGE_STRIDE + F_EPISODES]!;
    let lambda = byEpisodes.get(ep);
    if (lambda === undefined) {
      lambda = alpha >= 1 ? Number.POSITIVE_INFINITY : tailCrossing(ep, alpha);
      byEpisodes.set(ep, lambda);
    }
    limit[r] = Math.min(ep, lambda);
  }
  return limit;
}

/**
 * Score the tested edges of a window.
 * @param view the interned window.
 * @param pairs its close pairs.
 * @param opts resolved options with Δt in ms.
 * @param window start and length of the window (the null's L).
 * @returns expectations, p-values and kept flags of the scored edges.
 */
export function scoreEdges(
  view: TableView,
  pairs: ClosePairs,
  opts: ResolvedAccountGraphOptions & { readonly maxLagMs: number },
  window: { readonly startMs: number; readonly lengthMs: number },
): EdgeScores {
  const rec = pairs.edges.rec;
  const n = pairs.edges.size;
  const minEpisodes = opts.minEpisodes;
  let eligible = 0;
  for (let e = 0; e < n; e++) if (rec[e * EDGE_STRIDE + F_EPISODES]! >= minEpisodes) eligible++;
  const list = new Int32Array(opts.filter ? eligible : n);
  for (let e = 0, r = 0; e < n; e++) {
    if (!opts.filter || rec[e * EDGE_STRIDE + F_EPISODES]! >= minEpisodes) list[r++] = e;
  }
  // With the filter on, only the kept edges are reported, and BH can keep no p-value above
  // q·eligible/m (the step-up threshold is max{p_(i) ≤ q·i/m}, i ≤ eligible): an edge whose
  // expectation passes the λ at which its tail reaches that level, or its own episodes (no
  // excess), is out whatever the other terms. Its sum stops there; it enters BH as p = 1,
  // which changes neither the threshold nor the ranks of the p-values that can be kept.
  const limit = opts.filter && !opts.permutationNull && eligible > 0
    ? stopLimits(rec, list, opts.q * eligible / Math.max(pairs.candidatePairs, pairs.testedEdges, eligible))
    : undefined;
  const { expected, expectedPermutation } = expectEdges(
    view,
    pairs,
    {
      maxLagMs: opts.maxLagMs,
      windowStartMs: window.startMs,
      windowLengthMs: window.lengthMs,
      null: opts.null,
      permutationNull: opts.permutationNull,
      profileShrinkage: opts.profileShrinkage,
      thin: opts.episodes === 'slots',
      loneGapMs: opts.loneGapMs,
    },
    list,
    limit,
  );
  const pValue = new Float64Array(list.length);
  const tested = new Float64Array(eligible);
  for (let r = 0, t = 0; r < list.length; r++) {
    const ep = rec[list[r]! * EDGE_STRIDE + F_EPISODES]!;
    pValue[r] = limit !== undefined && expected[r]! > limit[r]! ? 1 : upperTail(ep, expected[r]!);
    if (ep >= minEpisodes) tested[t++] = pValue[r]!;
  }
  const threshold = benjaminiHochbergThreshold(tested, opts.q, Math.max(pairs.candidatePairs, pairs.testedEdges));
  const kept = new Uint8Array(list.length);
  let keptCount = 0;
  for (let r = 0; r < list.length; r++) {
    const ep = rec[list[r]! * EDGE_STRIDE + F_EPISODES]!;
    if (ep >= minEpisodes && pValue[r]! <= threshold && ep - expected[r]! > 0) {
      kept[r] = 1;
      keptCount++;
    }
  }
  return { list, expected, expectedPermutation, pValue, kept, keptCount };
}
