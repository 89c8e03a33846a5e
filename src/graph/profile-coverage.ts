/**
 * Profile-null coverage κ_h(n) (see edge-expectation.ts): the expected share of h's posts that a
 * set of n posts redrawn from h's time profile covers within ±Δt,
 *     κ_h(n) = ∫ f_h(x)·(1 − (1 − P_h(x))^n) dx,
 * with f_h the histogram of h's non-crowd posts (bins ≥ 2Δt wide, at most 96) shrunk toward the
 * window's overall histogram by U_h/(U_h + k), and P_h(x) its mass within Δt of x. The integral
 * is exact: P_h is piecewise linear, so κ_h(n) is a closed-form sum over segments
 * (coverage-segments.ts). Small n come from moments prepared once per hashtag; larger n from
 * segments prepared once per hashtag, κ cached per hashtag and n.
 */
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';
import { scratchFloat64 } from '../_lib/scratch.js';
import {
  coverageFromMoments, coverageOf, MAX_MOMENT, profileBreakpoints, segmentStore, sliceSegments, writeCoverageMoments,
  writeCoverageSegments, type CoverageSegments,
} from './coverage-segments.js';

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
  const cache = new Map<number, number>();
  const k = opts.profileShrinkage;
  const binOf = (t: number): number => Math.min(nb - 1, Math.max(0, Math.floor((t - opts.windowStartMs) / width)));
  let overall: Float64Array | undefined;
  const overallHistogram = (): Float64Array => {
    if (overall !== undefined) return overall;
    overall = scratchFloat64('graph.profile.overall', nb).fill(0);
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
  // h's shrunk histogram, in one reused buffer: it is only read while its segments are written.
  const histogram = (h: number): Float64Array => {
    const f = scratchFloat64('graph.profile.histogram', nb).fill(0);
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      if (pairs.crowd[i] === 1) continue;
      f[binOf(table.occTime[i]!)]! += 1 / pairs.volume[h]!;
    }
    if (k > 0) {
      const g = overallHistogram();
      const u = pairs.users[h]!;
      for (let b = 0; b < nb; b++) f[b] = (u * f[b]! + k * g[b]!) / (u + k);
    }
    return f;
  };
  const breakpoints = profileBreakpoints(nb, width, L, lag);
  const perProfile = Math.max(1, breakpoints.length - 1);
  // The state of one hashtag at a time — its moments, its segments, κ for 6 < n < SMALL —
  // rebuilt when another hashtag is asked for. The caller asks in hashtag order, so each
  // profile is prepared once and the memory is that of one profile, whatever the window.
  const store = segmentStore(scratchFloat64('graph.profile.segments', 6 * perProfile), perProfile);
  const moments = scratchFloat64('graph.profile.moments', MAX_MOMENT);
  const SMALL = 256;
  const row = scratchFloat64('graph.profile.kappa', SMALL);
  let current = -1;
  let momentsReady = false;
  let segments: CoverageSegments | undefined;
  const select = (h: number): void => {
    if (h === current) return;
    current = h;
    momentsReady = false;
    segments = undefined;
    row.fill(-1);
  };
  const compute = (h: number, n: number): number => {
    if (segments === undefined) segments = sliceSegments(store, 0, writeCoverageSegments(histogram(h), width, L, lag, breakpoints, store, 0));
    return coverageOf(segments, n);
  };
  const fresh = (h: number, n: number): number => {
    if (n > MAX_MOMENT) return compute(h, n);
    // κ(n ≤ MAX_MOMENT) straight from h's moments (one pass, no transcendental; the common case).
    if (!momentsReady) {
      writeCoverageMoments(histogram(h), width, L, lag, breakpoints, moments, 0);
      momentsReady = true;
    }
    return coverageFromMoments(moments, 0, n);
  };
  return (h: number, n: number): number => {
    if (n === 0) return 0;
    select(h);
    if (n < SMALL) {
      // Most of a hashtag's accounts share a few small n: each κ is computed once.
      if (row[n]! < 0) row[n] = fresh(h, n);
      return row[n]!;
    }
    const key = h * 4_194_304 + Math.min(n, 4_194_303);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const kappa = fresh(h, n);
    cache.set(key, kappa);
    return kappa;
  };
}
