import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ami, ari, contingencyTable, expectedMutualInformation, mutualInformation, nmi } from '../../src/evaluate/index.js';
import { InvalidOptionsError } from '../../src/errors.js';
import { createRng } from '../../src/_lib/rng.js';

// Hand-computed case (natural logs). a = x x x y y y, b = 1 1 2 2 3 3.
// Contingency       b=1  b=2  b=3 | a_i
//            x       2    1    0  |  3
//            y       0    1    2  |  3
//            b_j     2    2    2  |  n = 6
// I = 2·(2/6)·ln(6·2/(3·2)) + 2·(1/6)·ln(6·1/(3·2)) = (2/3)·ln 2 = 0.4620981
// H(a) = ln 2 = 0.6931472, H(b) = ln 3 = 1.0986123
// NMI = 2I / (H(a) + H(b)) = 0.9241962 / 1.7917595 = 0.5158037
// ARI: Σ C(n_ij,2) = 1 + 1 = 2; Σ C(a_i,2) = 6; Σ C(b_j,2) = 3; C(6,2) = 15;
//      expected = 6·3/15 = 1.2; max = (6+3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.2424242
// E[I] by enumerating all 720 permutations of b (Python, independent) = 0.2772589
// AMI = (I − E[I]) / ((H(a)+H(b))/2 − E[I]) = 0.1848392 / 0.6186209 = 0.2987925
const A = ['x', 'x', 'x', 'y', 'y', 'y'];
const B = [1, 1, 2, 2, 3, 3];

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return null;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
}

/** Brute-force ARI: count agreeing unordered pairs directly (Rand's pair table). */
function bruteAri(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  let pairsTotal = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const sa = a[i] === a[j];
      const sb = b[i] === b[j];
      pairsTotal++;
      if (sa && sb) both++;
      else if (sa) onlyA++;
      else if (sb) onlyB++;
    }
  }
  const sumA = both + onlyA;
  const sumB = both + onlyB;
  const expected = (sumA * sumB) / pairsTotal;
  const max = (sumA + sumB) / 2;
  return max === expected ? 1 : (both - expected) / (max - expected);
}

/** Brute-force NMI through joint entropy: I = H(X) + H(Y) − H(X,Y), counted with plain maps. */
function bruteNmi(a: readonly number[], b: readonly number[]): number {
  const h = (keys: readonly string[]): number => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    let sum = 0;
    for (const c of counts.values()) sum -= (c / keys.length) * Math.log(c / keys.length);
    return sum;
  };
  const hx = h(a.map(String));
  const hy = h(b.map(String));
  const hxy = h(a.map((x, i) => `${x}|${b[i]}`));
  if (hx + hy === 0) return 1;
  return (2 * (hx + hy - hxy)) / (hx + hy);
}

const labelPair = fc.integer({ min: 2, max: 40 }).chain((n) =>
  fc.tuple(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n })),
);

describe('nmi / ami / ari', () => {
  it('returns the hand-computed values of a 2×3 table', () => {
    expect(mutualInformation(contingencyTable(A, B))).toBeCloseTo((2 / 3) * Math.log(2), 12);
    expect(nmi(A, B)).toBeCloseTo(0.5158037, 6);
    expect(ari(A, B)).toBeCloseTo(0.8 / 3.3, 12);
    expect(expectedMutualInformation(contingencyTable(A, B))).toBeCloseTo(0.2772589, 6);
    expect(ami(A, B)).toBeCloseTo(0.2987925, 6);
  });

  it('returns E[I] equal to the mean MI over all permutations (exact oracle)', () => {
    const a = [0, 0, 1, 1, 1, 2, 2];
    const b = [5, 5, 5, 6, 6, 7, 7];
    const perms = permutations(b);
    const mean = perms.reduce((s, p) => s + mutualInformation(contingencyTable(a, p)), 0) / perms.length;
    expect(expectedMutualInformation(contingencyTable(a, b))).toBeCloseTo(mean, 10);
  });

  it('returns 1 for identical partitions up to renaming', () => {
    const a = ['p', 'p', 'q', 'r', 'r', 'r'];
    const b = [9, 9, 4, 1, 1, 1];
    expect(nmi(a, b)).toBeCloseTo(1, 12);
    expect(ami(a, b)).toBeCloseTo(1, 12);
    expect(ari(a, b)).toBeCloseTo(1, 12);
  });

  it('returns the sklearn conventions on degenerate labelings', () => {
    expect(nmi([], [])).toBe(1);
    expect(ari(['a', 'a', 'a'], [1, 1, 1])).toBe(1);
    expect(ami(['a', 'a', 'a'], [1, 1, 1])).toBe(1);
    expect(nmi(['a', 'a', 'a'], [1, 2, 3])).toBe(0);
    expect(ari(['a', 'a', 'a'], [1, 2, 3])).toBe(0);
    expect(ari([1, 2, 3], ['a', 'b', 'c'])).toBe(1);
  });

  it('returns AMI ≈ 0 and ARI ≈ 0 on average for independent random partitions', () => {
    let sumAmi = 0;
    let sumAri = 0;
    let sumNmi = 0;
    const runs = 30;
    for (let seed = 1; seed <= runs; seed++) {
      const rng = createRng(seed);
      const a = Array.from({ length: 200 }, () => rng.int(6));
      const b = Array.from({ length: 200 }, () => rng.int(4));
      sumAmi += ami(a, b);
      sumAri += ari(a, b);
      sumNmi += nmi(a, b);
    }
    expect(Math.abs(sumAmi / runs)).toBeLessThan(0.01);
    expect(Math.abs(sumAri / runs)).toBeLessThan(0.01);
    // NMI is not adjusted for chance: clearly positive on independent labelings.
    expect(sumNmi / runs).toBeGreaterThan(0.01);
  });

  it('throws InvalidOptionsError when the labelings differ in length', () => {
    const error = catchError(() => ari([1], []));
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).code).toBe('invalid-options');
    expect((error as InvalidOptionsError).option).toBe('labels');
  });

  it('agrees with brute-force pair-counting ARI (property)', () => {
    fc.assert(fc.property(labelPair, ([a, b]) => Math.abs(ari(a, b) - bruteAri(a, b)) < 1e-9), { numRuns: 200 });
  });

  it('agrees with brute-force NMI through joint entropy (property)', () => {
    fc.assert(fc.property(labelPair, ([a, b]) => Math.abs(nmi(a, b) - bruteNmi(a, b)) < 1e-9), { numRuns: 200 });
  });

  it('is symmetric and bounded (property)', () => {
    fc.assert(
      fc.property(labelPair, ([a, b]) => {
        const n1 = nmi(a, b);
        const r1 = ari(a, b);
        const m1 = ami(a, b);
        return (
          Math.abs(n1 - nmi(b, a)) < 1e-9 && Math.abs(r1 - ari(b, a)) < 1e-9 && Math.abs(m1 - ami(b, a)) < 1e-9 &&
          n1 >= 0 && n1 <= 1 + 1e-12 && r1 <= 1 + 1e-12 && r1 >= -1 - 1e-12 && m1 <= 1 + 1e-9
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is invariant to label renaming and item order (property)', () => {
    fc.assert(
      fc.property(labelPair, fc.integer({ min: 1, max: 1000 }), ([a, b], seed) => {
        const rng = createRng(seed);
        const rename = (x: number): string => `L${(x * 7 + 3) % 11}`;
        const order = Array.from({ length: a.length }, (_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = rng.int(i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const a2 = order.map((i) => rename(a[i]!));
        const b2 = order.map((i) => b[i]!);
        return Math.abs(nmi(a, b) - nmi(a2, b2)) < 1e-9 && Math.abs(ari(a, b) - ari(a2, b2)) < 1e-9 && Math.abs(ami(a, b) - ami(a2, b2)) < 1e-9;
      }),
      { numRuns: 150 },
    );
  });
});
