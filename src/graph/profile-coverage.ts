/**
 * Profile-null coverage κ_h(n) (see expect-edges.ts): the expected share of h's posts that a
 * set of n posts redrawn from h's time profile covers within ±Δt,
 *     κ_h(n) = ∫ f_h(x)·(1 − (1 − P_h(x))^n) dx,
 * with f_h the histogram of h's non-crowd posts (bins ≥ 2Δt wide, at most 96) shrunk toward the
 * window's overall histogram by U_h/(U_h + k), and P_h(x) its mass within Δt of x. The integral
 * is exact: P_h is piecewise linear, so κ_h(n) is a closed-form sum over segments
 * (coverage-segments.ts). Small n come from moments prepared once per hashtag; larger n from
 * segments built from the hashtag's histogram (kept per hashtag; the segments of one hashtag at
 * a time), κ cached per hashtag and n.
 */
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';
import { scratchFloat64, scratchFloat64AtLeast, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
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
  /**
   * `true` (the `'rhythm'` null): h's profile is the window's rhythm *without h* (every other
   * hashtag's evidence posts) mixed with the histogram of h's lone posts (see loneHistogram):
   * accounts that keep posting h never explain their own bursts. `false` (the `'profile'`
   * null): h's own histogram shrunk toward the whole window's by U_h/(U_h + k).
   */
  readonly withoutOwn?: boolean;
  /** With `withoutOwn`: τ, the silence that ends a stretch of h's activity (∞: one stretch per window). */
  readonly loneGapMs?: number;
}

/**
 * `buffer`, or a larger scratch buffer with its first `used` values copied, with room for `size`
 * more values after `used` (bump allocation of fixed-size blocks; see scratchFloat64AtLeast).
 */
function withRoom(name: string, buffer: Float64Array, used: number, size: number): Float64Array {
  if (used + size <= buffer.length) return buffer;
  const grown = scratchFloat64AtLeast(name, Math.max(buffer.length * 2, used + size));
  grown.set(buffer.subarray(0, used));
  return grown;
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
  let overallCounts: Float64Array | undefined;
  let overallTotal = 0;
  const countOverall = (): Float64Array => {
    if (overallCounts !== undefined) return overallCounts;
    overallCounts = scratchFloat64('graph.profile.overallCounts', nb).fill(0);
    for (let h = 0; h < view.lo.length; h++) {
      for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
        if (pairs.crowd[i] !== 0) continue;
        overallCounts[binOf(table.occTime[i]!)]! += 1;
        overallTotal++;
      }
    }
    return overallCounts;
  };
  const overallHistogram = (): Float64Array => {
    if (overall !== undefined) return overall;
    const counts = countOverall();
    overall = scratchFloat64('graph.profile.overall', nb).fill(0);
    if (overallTotal > 0) for (let b = 0; b < nb; b++) overall[b] = counts[b]! / overallTotal;
    return overall;
  };
  const withoutOwn = opts.withoutOwn === true;
  const nA = table.accounts.length;
  // Per account, while one hashtag is read: its last slot's first post (index in h's range) and time.
  const slotStart = withoutOwn ? scratchInt32('graph.profile.slotStart', nA) : new Int32Array(0);
  const slotAt = withoutOwn ? scratchFloat64('graph.profile.slotAt', nA) : new Float64Array(0);
  const seen = withoutOwn ? scratchInt32('graph.profile.seen', nA).fill(-1) : new Int32Array(0);
  const loneF = withoutOwn ? scratchFloat64('graph.profile.loneHistogram', nb) : new Float64Array(0);
  const tau = opts.loneGapMs ?? Number.POSITIVE_INFINITY;
  /**
   * Histogram (normalised) of h's *lone* posts, their accounts, h's slots and its lone slots. h's
   * activity is cut into stretches (runs of its posts, any account, with gaps ≤ τ) and each
   * account's posts on h into Δt slots (a post more than Δt after the current slot's first post
   * starts a new one); a slot is lone when it is its account's only slot in its stretch: the
   * account posted h once in that stretch, as a news crowd or a talk's audience does, and unlike
   * an operation's members, who keep posting through their run. One pass: a slot starts lone and
   * stops being lone when its account opens another slot in the same stretch.
   */
  const loneHistogram = (h: number): { f: Float64Array; accounts: number; slots: number; loneSlots: number } => {
    const { occAccount, occTime } = table;
    const lo = view.lo[h]!;
    const n = view.hi[h]! - lo;
    const slotOf = scratchInt32('graph.profile.slotOf', n);
    const stretchOf = scratchInt32('graph.profile.stretchOf', n);
    const lone = scratchUint8('graph.profile.loneSlot', n).fill(0);
    let stretch = 0;
    let previous = Number.NEGATIVE_INFINITY;
    let slots = 0;
    let loneSlots = 0;
    for (let x = 0; x < n; x++) {
      const i = lo + x;
      if (pairs.crowd[i] !== 0) continue;
      const a = occAccount[i]!;
      const t = occTime[i]!;
      if (t - previous > tau) stretch++;
      previous = t;
      stretchOf[x] = stretch;
      const first = seen[a] !== h;
      if (!first && t - slotAt[a]! <= lag) {
        slotOf[x] = slotStart[a]!;
        continue;
      }
      const before = slotStart[a]!;
      if (!first && stretchOf[before] === stretch) {
        // A second slot of the account in this stretch: neither is lone.
        if (lone[before] === 1) loneSlots--;
        lone[before] = 0;
      } else {
        lone[x] = 1;
        loneSlots++;
      }
      seen[a] = h;
      slotStart[a] = x;
      slotAt[a] = t;
      slotOf[x] = x;
      slots++;
    }
    loneF.fill(0);
    let accounts = 0;
    let posts = 0;
    for (let x = 0; x < n; x++) {
      const i = lo + x;
      if (pairs.crowd[i] !== 0 || lone[slotOf[x]!] === 0) continue;
      const a = occAccount[i]!;
      if (seen[a] !== -2 - h) {
        seen[a] = -2 - h; // counted once as an account (h's slot state is no longer needed)
        accounts++;
      }
      loneF[binOf(occTime[i]!)]! += 1;
      posts++;
    }
    if (posts > 0) for (let b = 0; b < nb; b++) loneF[b]! /= posts;
    return { f: loneF, accounts, slots, loneSlots };
  };
  // h's shrunk histogram, computed once (a pass over h's occurrences) and kept: nb doubles per
  // hashtag used, appended to one scratch buffer (a larger one is taken when it fills up).
  const histAt = scratchInt32('graph.profile.histAt', view.lo.length).fill(-1);
  let hist = scratchFloat64AtLeast('graph.profile.histograms', nb * 64);
  let histUsed = 0;
  const histogram = (h: number): Float64Array => {
    let at = histAt[h]!;
    if (at < 0) {
      hist = withRoom('graph.profile.histograms', hist, histUsed, nb);
      at = histUsed;
      histUsed += nb;
      histAt[h] = at;
      const f = hist.subarray(at, at + nb).fill(0);
      for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
        if (pairs.crowd[i] !== 0) continue;
        f[binOf(table.occTime[i]!)]! += 1 / pairs.volume[h]!;
      }
      if (withoutOwn) {
        // The rest of the window (every evidence post not on h; uniform when there is none),
        // mixed with h's lone posts by w = (lone slots / slots of h) · U_lone/(U_lone + k): the
        // share of h's activity that one-off posters make, shrunk by how many accounts show it.
        // Accounts that post h again and again (an operation's members) never make the profile
        // they are tested against; under the null, how often an account posts says nothing
        // about when, so lone posters sample the same intensity.
        const counts = countOverall();
        const rest = overallTotal - pairs.volume[h]!;
        for (let b = 0; b < nb; b++) f[b] = rest > 0 ? Math.max(0, counts[b]! - f[b]! * pairs.volume[h]!) / rest : 1 / nb;
        const own = loneHistogram(h);
        const u = own.accounts;
        const w = own.slots === 0 ? 0 : (own.loneSlots / own.slots) * (u / (u + k));
        if (u > 0) for (let b = 0; b < nb; b++) f[b] = w * own.f[b]! + (1 - w) * f[b]!;
      } else if (k > 0) {
        const g = overallHistogram();
        const u = pairs.users[h]!;
        for (let b = 0; b < nb; b++) f[b] = (u * f[b]! + k * g[b]!) / (u + k);
      }
    }
    return hist.subarray(at, at + nb);
  };
  const breakpoints = profileBreakpoints(nb, width, L, lag);
  const perProfile = Math.max(1, breakpoints.length - 1);
  // The segments of one hashtag at a time (the last one asked for): κ for n > MAX_MOMENT is
  // cached per (hashtag, n) below, so a hashtag's segments are rebuilt only when its uses
  // interleave with another's — cheaper than holding every hashtag's segments (a store that
  // grew to 14 MB on a week of 1M posts, enough fresh memory to start a full collection).
  const hCount = view.lo.length;
  const store = segmentStore(scratchFloat64('graph.profile.segments', 6 * perProfile), perProfile);
  let segmentsHashtag = -1;
  let segments: CoverageSegments | undefined;
  const segmentsOf = (h: number): CoverageSegments => {
    if (segments === undefined || segmentsHashtag !== h) {
      segments = sliceSegments(store, 0, writeCoverageSegments(histogram(h), width, L, lag, breakpoints, store, 0));
      segmentsHashtag = h;
    }
    return segments;
  };
  // κ(n ≤ MAX_MOMENT) straight from h's moments (one pass, no transcendental; the common
  // case). Larger n: from h's segments, cached in a row of SMALL values per hashtag (no
  // hashing), in one scratch buffer; a Map beyond.
  const momentAt = scratchInt32('graph.profile.momentAt', hCount).fill(-1);
  let moments = scratchFloat64AtLeast('graph.profile.moments', MAX_MOMENT * 64);
  let momentsUsed = 0;
  const SMALL = 256;
  const rowOf = scratchInt32('graph.profile.kappaRow', hCount).fill(-1);
  let rows = scratchFloat64AtLeast('graph.profile.kappa', 64 * SMALL);
  let rowsUsed = 0;
  const compute = (h: number, n: number): number => coverageOf(segmentsOf(h), n);
  return (h: number, n: number): number => {
    if (n <= MAX_MOMENT) {
      if (n === 0) return 0;
      let at = momentAt[h]!;
      if (at < 0) {
        moments = withRoom('graph.profile.moments', moments, momentsUsed, MAX_MOMENT);
        at = momentsUsed;
        momentsUsed += MAX_MOMENT;
        writeCoverageMoments(histogram(h), width, L, lag, breakpoints, moments, at);
        momentAt[h] = at;
      }
      return coverageFromMoments(moments, at, n);
    }
    if (n < SMALL) {
      if (rowOf[h]! < 0) {
        rows = withRoom('graph.profile.kappa', rows, rowsUsed * SMALL, SMALL);
        rowOf[h] = rowsUsed++;
        rows.fill(-1, rowOf[h]! * SMALL, (rowOf[h]! + 1) * SMALL);
      }
      const slot = rowOf[h]! * SMALL + n;
      const hit = rows[slot]!;
      if (hit >= 0) return hit;
      const kappa = compute(h, n);
      rows[slot] = kappa;
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
