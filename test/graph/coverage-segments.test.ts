import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverageFromMoments, coverageOf, coverageSegments, lnPhi, MAX_MOMENT, profileBreakpoints, writeCoverageMoments,
} from '../../src/graph/coverage-segments.js';

/** κ(n) by brute force: midpoint rule with many points, m(x) integrated directly from the bins. */
function bruteKappa(f: readonly number[], L: number, lag: number, n: number, points = 40_000): number {
  const nb = f.length;
  const w = L / nb;
  const massIn = (lo: number, hi: number): number => {
    let m = 0;
    for (let b = 0; b < nb; b++) {
      const a = Math.max(lo, b * w, 0);
      const z = Math.min(hi, (b + 1) * w, L);
      if (z > a) m += (f[b]! * (z - a)) / w;
    }
    return m;
  };
  let kappa = 0;
  const dx = L / points;
  for (let i = 0; i < points; i++) {
    const x = (i + 0.5) * dx;
    const b = Math.min(nb - 1, Math.floor(x / w));
    const m = Math.min(1, massIn(x - lag, x + lag));
    kappa += (f[b]! / w) * dx * (1 - Math.pow(1 - m, n));
  }
  return kappa;
}

function exactKappa(f: readonly number[], L: number, lag: number, n: number): number {
  const w = L / f.length;
  return coverageOf(coverageSegments(Float64Array.from(f), w, L, lag, profileBreakpoints(f.length, w, L, lag)), n);
}

function normalised(raw: readonly number[]): number[] {
  const total = raw.reduce((s, x) => s + x, 0);
  return raw.map((x) => x / total);
}

describe('exact profile coverage κ(n)', () => {
  it('is 1 − (1 − 2δ)ⁿ away from the edges for a flat profile, and 0 for n = 0', () => {
    const f = normalised(Array.from({ length: 10 }, () => 1));
    expect(exactKappa(f, 1000, 25, 0)).toBe(0);
    // n = 1: κ = E[m(X)] = 2δ − δ² for the uniform density (boundary loss included).
    const d = 25 / 1000;
    expect(exactKappa(f, 1000, 25, 1)).toBeCloseTo(2 * d - d * d, 12);
  });

  it('matches a 40,000-point brute-force integral for random profiles, lags and n (also Δt > w and Δt > L/2)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.002, max: 0.7, noNaN: true }),
        fc.integer({ min: 0, max: 400 }),
        (raw, lagShare, n) => {
          fc.pre(raw.some((x) => x > 0));
          const f = normalised(raw);
          const L = 1000;
          const lag = lagShare * L;
          const exact = exactKappa(f, L, lag, n);
          const brute = bruteKappa(f, L, lag, n);
          expect(Math.abs(exact - brute)).toBeLessThan(2e-4 + 1e-3 * brute);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('keeps relative precision for tiny masses (κ ≈ n·E[m])', () => {
    const f = normalised([1, 3, 2, 5, 1, 1, 4, 2]);
    const L = 1e9;
    const lag = 10;
    const k1 = exactKappa(f, L, lag, 1);
    const k3 = exactKappa(f, L, lag, 3);
    expect(k1).toBeGreaterThan(0);
    expect(k3 / k1).toBeCloseTo(3, 6);
  });

  it('ln φ is continuous across its series cut-off and finite for large |z|', () => {
    for (const z of [-0.1, 0.1, -1e-3, 1e-3]) {
      expect(Math.abs(lnPhi(z * (1 + 1e-9)) - lnPhi(z * (1 - 1e-9)) - z * 1e-9 * (1 + z / 6))).toBeLessThan(1e-15);
    }
    expect(lnPhi(1e6)).toBeCloseTo(1e6 - Math.log(1e6), 6);
    expect(Number.isFinite(lnPhi(-1e6))).toBe(true);
  });

  describe('from moments (n ≤ MAX_MOMENT)', () => {
    function momentKappa(f: readonly number[], L: number, lag: number, n: number): number {
      const w = L / f.length;
      const out = new Float64Array(MAX_MOMENT + 3).fill(Number.NaN);
      writeCoverageMoments(Float64Array.from(f), w, L, lag, profileBreakpoints(f.length, w, L, lag), out, 2);
      return coverageFromMoments(out, 2, n);
    }

    it('equals the segment closed form to 1e-12 (relative) for random profiles, lags and every n ≤ MAX_MOMENT', () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), { minLength: 1, maxLength: 96 }),
          fc.oneof(fc.double({ min: 1e-7, max: 0.01, noNaN: true }), fc.double({ min: 0.01, max: 0.9, noNaN: true })),
          (raw, lagShare) => {
            fc.pre(raw.some((x) => x > 0));
            const f = normalised(raw);
            const L = 86_400_000;
            for (let n = 0; n <= MAX_MOMENT; n++) {
              const a = momentKappa(f, L, lagShare * L, n);
              const b = exactKappa(f, L, lagShare * L, n);
              // The segment form works with u = 1 − m, which rounds tiny masses (absolute error
              // ~1e-16 per post, times n); the moment form works with m itself.
              expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * b + 1e-14);
            }
          },
        ),
        { numRuns: 200, seed: 11 },
      );
    });

    it('is exact on a flat profile (n = 1: 2δ − δ²), to full relative precision even for tiny δ', () => {
      const flat = normalised(Array.from({ length: 10 }, () => 1));
      for (const [L, lag] of [[1000, 25], [1e9, 10]] as const) {
        const d = lag / L;
        expect(Math.abs(momentKappa(flat, L, lag, 1) / (2 * d - d * d) - 1)).toBeLessThan(1e-13);
      }
      const f = normalised([1, 3, 2, 5, 1, 1, 4, 2]);
      const k1 = momentKappa(f, 1e9, 10, 1);
      expect(k1).toBeGreaterThan(0);
      expect(momentKappa(f, 1e9, 10, 6) / k1).toBeCloseTo(6, 6);
    });

    it('gives κ = 1 − (1 − 1)ⁿ = 1 when every post lies within Δt of every other', () => {
      const f = normalised([0, 0, 1, 0]);
      for (let n = 1; n <= MAX_MOMENT; n++) expect(momentKappa(f, 1000, 600, n)).toBeCloseTo(1, 12);
    });
  });
});
