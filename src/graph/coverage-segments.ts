/**
 * Exact profile coverage integrals (profile-coverage.ts):
 *     κ(n) = ∫₀ᴸ f(x)·(1 − (1 − m(x))ⁿ) dx,
 * with f a piecewise-constant density (histogram bins of width w) and m(x) = F(x + Δt) −
 * F(x − Δt) its mass within Δt of x (F the CDF, 0 before the window, 1 after). F is piecewise
 * linear with kinks at the bin edges, so m is linear between consecutive points of
 * {edges, edges ± Δt} ∩ [0, L], and f is constant there: κ(n) is a sum over those segments of
 *     weight · (1 − mean of uⁿ over the segment),   u = 1 − m linear from u₀ to u₁,
 * and the mean of uⁿ over a linear segment has the closed form
 *     (u₀ᴺ − u₁ᴺ) / (N·(u₀ − u₁)) = u₀ⁿ · φ(N·a) / φ(a),   N = n + 1,  a = ln(u₁/u₀),
 * with φ(z) = (eᶻ − 1)/z, evaluated in logs so that neither tiny masses (1 − uⁿ ≈ n·m) nor
 * large n lose precision. This replaces a 16-point midpoint rule per bin: a few
 * transcendental calls per segment instead of 16 per bin, and no discretisation error.
 *
 * Small n (the common case: most accounts post a hashtag a few times per window) needs no
 * segments at all: 1 − (1 − m)ⁿ = Σ_{j=1..n} C(n, j)·(−1)^{j+1}·mʲ, so
 *     κ(n) = Σ_j C(n, j)·(−1)^{j+1}·M_j,   M_j = ∫ f·mʲ dx,
 * and on a segment where m is linear from m₀ to m₁, the mean of mʲ is
 * (Σ_{i=0..j} m₀ⁱ·m₁^{j−i})/(j + 1) — positive terms, no cancellation. One pass over the
 * breakpoints gives M_1..M_{MAX_MOMENT} with no transcendental call; the alternating sum is
 * well conditioned for n ≤ {@link MAX_MOMENT} (the M_j fall off like mʲ when m is small, and
 * its coefficients stay below 20 when m is not).
 */
import { scratchFloat64 } from '../_lib/scratch.js';

/** Segments of a profile, prepared once per hashtag (independent of n). */
export interface CoverageSegments {
  /** ∫ f over the segment (density × length). */
  readonly weight: Float64Array;
  /** u at the segment's start. */
  readonly u0: Float64Array;
  /** u at the segment's end. */
  readonly u1: Float64Array;
  /** ln u₀ (−∞ when u₀ = 0). */
  readonly lnU0: Float64Array;
  /** a = ln u₁ − ln u₀ (0 for constant segments). */
  readonly a: Float64Array;
  /** ln φ(a). */
  readonly lnPhiA: Float64Array;
}

/** ln φ(z) = ln((eᶻ − 1)/z), stable for every finite z. */
export function lnPhi(z: number): number {
  if (Math.abs(z) < 0.1) {
    // Series z/2 + z²/24 − z⁴/2880 + z⁶/181440 − z⁸/9676800: below 1e-15 absolute for |z| < 0.1,
    // and no transcendental call (most segments of a smooth profile have tiny slopes).
    const z2 = z * z;
    return z / 2 + z2 * (1 / 24 + z2 * (-1 / 2880 + z2 * (1 / 181440 - z2 / 9676800)));
  }
  return z > 0 ? z + Math.log(-Math.expm1(-z) / z) : Math.log(Math.expm1(z) / z);
}

/**
 * Sorted distinct breakpoints {b·w, b·w ± Δt : b = 0..nb} ∩ [0, L].
 * @param nb number of bins.
 * @param width bin width w (nb·w = L).
 * @param L window length.
 * @param lag Δt.
 */
export function profileBreakpoints(nb: number, width: number, L: number, lag: number): Float64Array {
  const raw: number[] = [];
  for (let b = 0; b <= nb; b++) {
    const e = b === nb ? L : b * width;
    raw.push(e, e - lag, e + lag);
  }
  const inside = raw.map((x) => Math.min(L, Math.max(0, x))).sort((x, y) => x - y);
  const out: number[] = [];
  for (const x of inside) if (out.length === 0 || x > out[out.length - 1]!) out.push(x);
  return Float64Array.from(out);
}

/** Storage for the segments of several profiles: the same six columns, with room to spare. */
export type SegmentStore = CoverageSegments;

/**
 * A segment store over one buffer of 6·capacity doubles (for example a scratch buffer).
 * @param buffer at least 6·capacity doubles.
 * @param capacity segments the store can hold.
 */
export function segmentStore(buffer: Float64Array, capacity: number): SegmentStore {
  const col = (k: number): Float64Array => buffer.subarray(k * capacity, (k + 1) * capacity);
  return { weight: col(0), u0: col(1), u1: col(2), lnU0: col(3), a: col(4), lnPhiA: col(5) };
}

/**
 * Prepare the segments of one profile into `store` from index `at` (at most
 * `breakpoints.length − 1` segments).
 * @param f bin masses (nb bins of width `width` covering [0, L)).
 * @param width bin width w.
 * @param L window length.
 * @param lag Δt.
 * @param breakpoints from {@link profileBreakpoints} (same nb, w, L, Δt).
 * @param store where to write.
 * @param at first index to write.
 * @returns the number of segments written (those with non-zero weight).
 */
export function writeCoverageSegments(
  f: Float64Array, width: number, L: number, lag: number, breakpoints: Float64Array, store: SegmentStore, at: number,
): number {
  const nb = f.length;
  // Cumulative masses (one module-level buffer: nb ≤ 96, and calls never interleave).
  // Cumulative bin masses of the profile being prepared (a scratch buffer: nb ≤ 96).
  const c = scratchFloat64('graph.coverage.cumulative', nb + 1);
  c[0] = 0;
  for (let b = 0; b < nb; b++) c[b + 1] = c[b]! + f[b]!;
  const total = c[nb]!;
  const cdf = (x: number): number => {
    if (x <= 0) return 0;
    if (x >= L) return total;
    const b = Math.min(nb - 1, Math.floor(x / width));
    return c[b]! + (f[b]! * (x - b * width)) / width;
  };
  const { weight, u0, u1, lnU0, a, lnPhiA } = store;
  let k = at;
  let prevX = breakpoints[0] ?? 0;
  let prevU = 1 - Math.min(1, Math.max(0, cdf(prevX + lag) - cdf(prevX - lag)));
  let prevLn = Math.log(prevU);
  for (let i = 1; i < breakpoints.length; i++) {
    const x = breakpoints[i]!;
    const u = 1 - Math.min(1, Math.max(0, cdf(x + lag) - cdf(x - lag)));
    const ln = Math.log(u);
    const mass = f[Math.min(nb - 1, Math.floor((prevX + x) / 2 / width))]!;
    if (mass > 0) {
      weight[k] = (mass / width) * (x - prevX);
      u0[k] = prevU;
      u1[k] = u;
      lnU0[k] = prevLn;
      const d = prevU === u ? 0 : ln - prevLn;
      a[k] = Number.isFinite(d) ? d : 0;
      lnPhiA[k] = a[k] === 0 ? 0 : lnPhi(a[k]!);
      k++;
    }
    prevX = x;
    prevU = u;
    prevLn = ln;
  }
  return k - at;
}

/** Largest n answered from moments (see the file header). */
export const MAX_MOMENT = 6;

/**
 * M_j = ∫ f·mʲ dx for j = 1..{@link MAX_MOMENT} of one profile, written to
 * `out[at .. at + MAX_MOMENT)`.
 * @param f bin masses (nb bins of width `width` covering [0, L)).
 * @param width bin width w.
 * @param L window length.
 * @param lag Δt.
 * @param breakpoints from {@link profileBreakpoints} (same nb, w, L, Δt).
 * @param out where to write.
 * @param at first index to write.
 */
export function writeCoverageMoments(
  f: Float64Array, width: number, L: number, lag: number, breakpoints: Float64Array, out: Float64Array, at: number,
): void {
  const nb = f.length;
  // Σ weight·S_j of the profile being summed (a scratch buffer).
  const momentSums = scratchFloat64('graph.coverage.moments', MAX_MOMENT).fill(0);
  if (2 * lag <= width) {
    // Each bin is three segments: [e, e + Δt] where m rises (or falls) linearly from the mass
    // shared with the previous bin to 2Δt·f_b/w, the middle where m = 2Δt·f_b/w, and
    // [e' − Δt, e'] back down; the window's ends see only half an interval (m = Δt·f/w).
    const r = lag / width;
    for (let b = 0; b < nb; b++) {
      const fb = f[b]!;
      if (fb === 0) continue;
      const inner = Math.min(1, 2 * r * fb);
      addSegment(momentSums, r * fb, Math.min(1, r * (b === 0 ? fb : f[b - 1]! + fb)), inner);
      if (r < 0.5) addSegment(momentSums, fb * (1 - 2 * r), inner, inner);
      addSegment(momentSums, r * fb, inner, Math.min(1, r * (b === nb - 1 ? fb : fb + f[b + 1]!)));
    }
  } else {
    // General case (Δt > w/2): m summed locally over the bins each interval overlaps, not as a
    // difference of cumulative masses, so a tiny mass keeps its relative precision.
    const massWithin = (from: number, to: number): number => {
      const lo = Math.max(0, from);
      const hi = Math.min(L, to);
      if (hi <= lo) return 0;
      const b0 = Math.min(nb - 1, Math.floor(lo / width));
      const b1 = Math.min(nb - 1, Math.floor(hi / width));
      if (b0 === b1) return (f[b0]! * (hi - lo)) / width;
      let m = (f[b0]! * ((b0 + 1) * width - lo)) / width;
      for (let b = b0 + 1; b < b1; b++) m += f[b]!;
      return m + (f[b1]! * (hi - b1 * width)) / width;
    };
    let prevX = breakpoints[0] ?? 0;
    let p = Math.min(1, massWithin(prevX - lag, prevX + lag));
    for (let i = 1; i < breakpoints.length; i++) {
      const x = breakpoints[i]!;
      const q = Math.min(1, massWithin(x - lag, x + lag));
      const mass = f[Math.min(nb - 1, Math.floor((prevX + x) / 2 / width))]!;
      if (mass > 0) addSegment(momentSums, (mass / width) * (x - prevX), p, q);
      prevX = x;
      p = q;
    }
  }
  for (let j = 0; j < MAX_MOMENT; j++) out[at + j] = momentSums[j]! / (j + 2);
}

/** Add a segment where m is linear from p to q: S_j = Σ_{i=0..j} pⁱ·q^{j−i} = q·S_{j−1} + pʲ. */
function addSegment(m: Float64Array, weight: number, p: number, q: number): void {
  const p2 = p * p;
  const p3 = p2 * p;
  const s1 = q + p;
  const s2 = q * s1 + p2;
  const s3 = q * s2 + p3;
  const s4 = q * s3 + p2 * p2;
  const s5 = q * s4 + p3 * p2;
  const s6 = q * s5 + p3 * p3;
  m[0]! += weight * s1;
  m[1]! += weight * s2;
  m[2]! += weight * s3;
  m[3]! += weight * s4;
  m[4]! += weight * s5;
  m[5]! += weight * s6;
}

/** Binomial coefficients C(n, j), row n = 0..MAX_MOMENT. */
const BINOMIAL: readonly (readonly number[])[] = Array.from({ length: MAX_MOMENT + 1 }, (_, n) => {
  const row = [1];
  for (let j = 1; j <= n; j++) row.push((row[j - 1]! * (n - j + 1)) / j);
  return row;
});

/**
 * κ(n) from the moments of {@link writeCoverageMoments}, for 0 ≤ n ≤ {@link MAX_MOMENT}.
 * @param moments M_1..M_MAX_MOMENT of the profile, from index `at`.
 * @param at index of M_1.
 * @param n posts redrawn.
 */
export function coverageFromMoments(moments: Float64Array, at: number, n: number): number {
  const row = BINOMIAL[n]!;
  let kappa = 0;
  for (let j = n; j >= 1; j--) kappa += (j % 2 === 1 ? row[j]! : -row[j]!) * moments[at + j - 1]!;
  return Math.max(0, kappa);
}

/**
 * Prepare the segments of one profile in their own arrays.
 * @param f bin masses (nb bins of width `width` covering [0, L)).
 * @param width bin width w.
 * @param L window length.
 * @param lag Δt.
 * @param breakpoints from {@link profileBreakpoints} (same nb, w, L, Δt).
 * @returns segments with non-zero weight.
 */
export function coverageSegments(
  f: Float64Array, width: number, L: number, lag: number, breakpoints: Float64Array,
): CoverageSegments {
  const cap = Math.max(0, breakpoints.length - 1);
  const store = segmentStore(new Float64Array(6 * cap), cap);
  const n = writeCoverageSegments(f, width, L, lag, breakpoints, store, 0);
  return sliceSegments(store, 0, n);
}

/** The segments `[start, start + count)` of a store, as views. */
export function sliceSegments(store: SegmentStore, start: number, count: number): CoverageSegments {
  const end = start + count;
  return {
    weight: store.weight.subarray(start, end),
    u0: store.u0.subarray(start, end),
    u1: store.u1.subarray(start, end),
    lnU0: store.lnU0.subarray(start, end),
    a: store.a.subarray(start, end),
    lnPhiA: store.lnPhiA.subarray(start, end),
  };
}

/**
 * κ(n) of prepared segments.
 * @param s the profile's segments.
 * @param n posts redrawn (≥ 0).
 */
export function coverageOf(s: CoverageSegments, n: number): number {
  let kappa = 0;
  const N = n + 1;
  for (let k = 0; k < s.weight.length; k++) {
    const u0 = s.u0[k]!;
    const u1 = s.u1[k]!;
    let term: number;
    if (u0 === u1) {
      term = u0 === 0 ? (n > 0 ? 1 : 0) : -Math.expm1(n * s.lnU0[k]!);
    } else if (u0 < 1e-9 || u1 < 1e-9) {
      // A segment touching u = 0 (all of the profile within Δt): the direct quotient is stable.
      term = 1 - (Math.pow(u0, N) - Math.pow(u1, N)) / (N * (u0 - u1));
    } else {
      term = -Math.expm1(n * s.lnU0[k]! + lnPhi(N * s.a[k]!) - s.lnPhiA[k]!);
    }
    kappa += s.weight[k]! * term;
  }
  return kappa;
}
