/**
 * Profile-null coverage κ_h(n) (see edge-expectation.ts): the expected share of h's posts that a
 * set of n posts redrawn from h's time profile covers within ±Δt,
 *     κ_h(n) = ∫ f_h(x)·(1 − (1 − P_h(x))^n) dx,
 * with f_h the histogram of h's non-crowd posts (bins ≥ 2Δt wide, at most 96) shrunk toward the
 * window's overall histogram by U_h/(U_h + k), and P_h(x) its mass within Δt of x. The integral
 * is exact: P_h is piecewise linear, so κ_h(n) is a closed-form sum over segments
 * (coverage-segments.ts). Segments are prepared once per hashtag, κ cached per hashtag and n.
 */
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';
import { coverageOf, coverageSegments, profileBreakpoints, type CoverageSegments } from './coverage-segments.js';

/** What the profile needs from the expectation options. */
export interface ProfileOptions {
  readonly maxLagMs: number;
  readonly windowStartMs: number;
  readonly windowLengthMs: number;
  readonly profileShrinkage: number;
}

/**
 * Build the κ_h(n) function of a window.
 * @param view the interned window.
 * @param pairs crowd flags, volumes and distinct users per hashtag.
 * @param opts Δt, window start and length, shrinkage k.
 * @returns `(h, n) => κ_h(n)`, memoised.
 */
export function profileCoverage(view: TableView, pairs: ClosePairs, opts: ProfileOptions): (h: number, n: number) => number {
  const table = view.table;
  const lag = opts.maxLagMs;
  const L = opts.windowLengthMs;
  const nb = Math.max(1, Math.min(96, Math.floor(L / (2 * lag))));
  const width = L / nb;
  const histograms = new Map<number, Float64Array>();
  const cache = new Map<number, number>();
  const k = opts.profileShrinkage;
  const binOf = (t: number): number => Math.min(nb - 1, Math.max(0, Math.floor((t - opts.windowStartMs) / width)));
  let overall: Float64Array | undefined;
  const overallHistogram = (): Float64Array => {
    if (overall !== undefined) return overall;
    overall = new Float64Array(nb);
    let total = 0;
    for (let h = 0; h < view.lo.length; h++) {
      for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
        if (pairs.crowd[i] === 1) continue;
        overall[binOf(table.occTime[i]!)]! += 1;
        total++;
      }
    }
    if (total > 0) for (let b = 0; b < nb; b++) overall[b]! /= total;
    return overall;
  };
  const histogram = (h: number): Float64Array => {
    let f = histograms.get(h);
    if (f !== undefined) return f;
    f = new Float64Array(nb);
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      if (pairs.crowd[i] === 1) continue;
      f[binOf(table.occTime[i]!)]! += 1 / pairs.volume[h]!;
    }
    if (k > 0) {
      const g = overallHistogram();
      const u = pairs.users[h]!;
      for (let b = 0; b < nb; b++) f[b] = (u * f[b]! + k * g[b]!) / (u + k);
    }
    histograms.set(h, f);
    return f;
  };
  const segmentsByHashtag = new Map<number, CoverageSegments>();
  const segmentsOf = (h: number): CoverageSegments => {
    let s = segmentsByHashtag.get(h);
    if (s !== undefined) return s;
    s = coverageSegments(histogram(h), width, L, lag, breakpoints);
    segmentsByHashtag.set(h, s);
    return s;
  };
  const breakpoints = profileBreakpoints(nb, width, L, lag);
  // κ by (h, n): a typed array per hashtag for small n (the hot case, no hashing), a Map beyond.
  const SMALL = 256;
  const byHashtag: (Float64Array | undefined)[] = [];
  const compute = (h: number, n: number): number => coverageOf(segmentsOf(h), n);
  return (h: number, n: number): number => {
    if (n < SMALL) {
      let row = byHashtag[h];
      if (row === undefined) {
        row = new Float64Array(SMALL).fill(-1);
        byHashtag[h] = row;
      }
      const hit = row[n]!;
      if (hit >= 0) return hit;
      const kappa = compute(h, n);
      row[n] = kappa;
      return kappa;
    }
    const key = h * 4_194_304 + Math.min(n, 4_194_303);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const kappa = compute(h, n);
    cache.set(key, kappa);
    return kappa;
  };
}

