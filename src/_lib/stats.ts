/**
 * Small statistical kernels shared by the stages: Poisson tails, the
 * Benjamini–Hochberg step-up procedure, the normal distribution and robust
 * summaries. All are exact or accurate to ~1e-12 relative error in the ranges
 * the library uses; none allocates per call beyond its output.
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; |rel. error| < 1e-13). */
export function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularised lower incomplete gamma P(s, x), for s > 0, x ≥ 0
 * (series for x < s + 1, continued fraction otherwise; Numerical Recipes §6.2).
 */
export function regularizedGammaP(s: number, x: number): number {
  if (x <= 0) return 0;
  if (x < s + 1) {
    let sum = 1 / s;
    let term = sum;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (s + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.min(1, sum * Math.exp(-x + s * Math.log(x) - logGamma(s)));
  }
  return 1 - regularizedGammaQ(s, x);
}

/** Regularised upper incomplete gamma Q(s, x) = 1 − P(s, x). */
export function regularizedGammaQ(s: number, x: number): number {
  if (x <= 0) return 1;
  if (x < s + 1) return 1 - regularizedGammaP(s, x);
  // Lentz's continued fraction.
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.max(0, Math.exp(-x + s * Math.log(x) - logGamma(s)) * h);
}

/**
 * Poisson upper tail P(X ≥ k) for X ~ Poisson(λ).
 * Uses P(X ≥ k) = P(k, λ) (regularised lower incomplete gamma), exact for integer k ≥ 1.
 * @returns 1 when k ≤ 0; 0 when λ = 0 and k ≥ 1.
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  return regularizedGammaP(k, lambda);
}

/**
 * Benjamini–Hochberg step-up at level q.
 * @param pValues the p-values of the tests that were computed.
 * @param q the false-discovery rate.
 * @param m the total number of tests (≥ pValues.length); tests not listed are
 *   taken as p = 1, which is how candidate pairs that never co-occurred count.
 * @returns the largest p-value threshold `p*` such that every p ≤ p* is a
 *   discovery (0 when nothing is significant).
 */
export function benjaminiHochbergThreshold(pValues: ArrayLike<number>, q: number, m: number = pValues.length): number {
  const n = pValues.length;
  if (n === 0 || m <= 0) return 0;
  const sorted = Float64Array.from(pValues).sort();
  let threshold = 0;
  for (let i = 0; i < n; i++) {
    const p = sorted[i]!;
    if (p <= ((i + 1) / m) * q) threshold = p;
  }
  return threshold;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order, with `m` tests.
 */
export function benjaminiHochbergAdjust(pValues: ArrayLike<number>, m: number = pValues.length): Float64Array {
  const n = pValues.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  const out = new Float64Array(n);
  let running = 1;
  for (let r = n - 1; r >= 0; r--) {
    const i = order[r]!;
    running = Math.min(running, (pValues[i]! * m) / (r + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}

/** Standard normal CDF Φ(z) (erfc-based, |abs. error| < 1.2e-7). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Complementary error function (Numerical Recipes erfcc, |rel. error| < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Median of a numeric list (does not modify it); `undefined` when empty. */
export function median(values: ArrayLike<number>): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const s = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Mean and (sample) standard deviation; sd is 0 for fewer than two values. */
export function meanSd(values: ArrayLike<number>): { mean: number; sd: number } {
  const n = values.length;
  if (n === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  if (n < 2) return { mean, sd: 0 };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  return { mean, sd: Math.sqrt(ss / (n - 1)) };
}
