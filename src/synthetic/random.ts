/**
 * Samplers for the synthetic generator, all driven by one seeded {@link Rng}
 * (src/_lib/rng.ts) so that a seed fixes every draw.
 *
 * - normal: Box–Muller (one value per call, no cached pair, so the draw count is fixed);
 * - Poisson: Knuth's product method for means < 30, rounded normal approximation above;
 * - gamma: Marsaglia & Tsang (2000), with the `U^{1/α}` boost for α < 1;
 * - Dirichlet: normalised independent gammas;
 * - discrete laws: cumulative tables searched by bisection.
 */
import type { Rng } from '../_lib/rng.js';

/** Standard normal draw (Box–Muller). */
export function sampleNormal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Exponential draw with the given mean. */
export function sampleExponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng.next()) * mean;
}

/** Poisson draw with the given mean (≥ 0). */
export function samplePoisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean >= 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * sampleNormal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** Gamma(shape, 1) draw (Marsaglia–Tsang). */
export function sampleGamma(rng: Rng, shape: number): number {
  if (shape < 1) return sampleGamma(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Symmetric Dirichlet(α) draw of dimension `k`, written into `out` as a cumulative table. */
export function sampleDirichletCumulative(rng: Rng, alpha: number, out: Float64Array, offset: number, k: number): void {
  let total = 0;
  for (let i = 0; i < k; i++) {
    const g = sampleGamma(rng, alpha) + 1e-300;
    total += g;
    out[offset + i] = total;
  }
  for (let i = 0; i < k; i++) out[offset + i] = out[offset + i]! / total;
  out[offset + k - 1] = 1;
}

/** Zipf weights `1/r^s` for ranks 1..n as a normalised cumulative table. */
export function zipfCumulative(n: number, exponent: number): Float64Array {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, exponent);
    cdf[r] = total;
  }
  for (let r = 0; r < n; r++) cdf[r] = cdf[r]! / total;
  if (n > 0) cdf[n - 1] = 1;
  return cdf;
}

/**
 * Index drawn from the cumulative table `cdf[offset .. offset + length)` (values rising to 1
 * or to the last entry, which is used as the total).
 */
export function pickCumulative(rng: Rng, cdf: Float64Array, offset = 0, length = cdf.length - offset): number {
  const u = rng.next() * cdf[offset + length - 1]!;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[offset + mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Log-normal draw `exp(mu + sigma·N)`. */
export function sampleLogNormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * sampleNormal(rng));
}

/** Uniform integer in `[min, max]`. */
export function uniformInt(rng: Rng, min: number, max: number): number {
  return min + rng.int(max - min + 1);
}

/** `count` distinct items of `pool` (all of them when the pool is smaller), excluding `exclude`. */
export function sampleDistinct<T>(rng: Rng, pool: readonly T[], count: number, exclude?: T): T[] {
  const available = pool.length - (exclude !== undefined && pool.includes(exclude) ? 1 : 0);
  const n = Math.min(count, available);
  const chosen = new Set<T>();
  while (chosen.size < n) {
    const item = pool[rng.int(pool.length)]!;
    if (item !== exclude) chosen.add(item);
  }
  return [...chosen];
}
