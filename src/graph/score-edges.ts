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
import { expectEdges } from './edge-expectation.js';
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
    },
    list,
  );
  const pValue = new Float64Array(list.length);
  const tested = new Float64Array(eligible);
  for (let r = 0, t = 0; r < list.length; r++) {
    const ep = rec[list[r]! * EDGE_STRIDE + F_EPISODES]!;
    pValue[r] = upperTail(ep, expected[r]!);
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
