import { describe, expect, it } from 'vitest';
import { estimateLift, liftOf } from '../../src/influence/score-swarm-lift.js';

/*
 * Per-hashtag totals [Y_c, N_c, Y_s, N_s]:
 *   h1 = [3, 2, 1, 2]  (coordinated rate 1.5, solo 0.5)
 *   h2 = [0, 0, 5, 1]  (a solo post on a busy hashtag, no coordinated post)
 *   h3 = [1, 1, 1, 1]
 */
const totals = Float64Array.from([3, 2, 1, 2, 0, 0, 5, 1, 1, 1, 1, 1]);

describe('estimateLift', () => {
  it('returns the Mantel–Haenszel rate ratio within hashtags when b = 0', () => {
    // h2 has no coordinated unit → left out. Σ Y_c·N_s/N = 3·2/4 + 1·1/2 = 2; Σ Y_s·N_c/N = 1·2/4 + 1·1/2 = 1
    expect(estimateLift(totals, 'hashtag', 0)).toEqual({ lift: 2, nc: 3, ns: 3, strata: 2 });
  });

  it('returns step 5 on pooled totals with strata none (confounded by h2)', () => {
    // pooled Y_c = 4, N_c = 3, Y_s = 7, N_s = 4: (4/3)/(7/4) = 16/21
    const r = estimateLift(totals, 'none', 0);
    expect(r.lift).toBeCloseTo(16 / 21, 12);
    expect(r).toMatchObject({ nc: 3, ns: 4, strata: 3 });
  });

  it('equals step 5 for one hashtag, with shrinkage', () => {
    const one = Float64Array.from([3, 2, 1, 2]);
    // ȳ = 1, b = 5: ((3 + 5)/7) / ((1 + 5)/7) = 4/3
    expect(estimateLift(one, 'hashtag', 5).lift).toBeCloseTo(4 / 3, 12);
    expect(liftOf(3, 2, 1, 2, 5)).toBeCloseTo(4 / 3, 12);
  });

  it('returns null without adoptions or without a hashtag holding both kinds of units', () => {
    expect(estimateLift(Float64Array.from([0, 2, 0, 2]), 'hashtag', 5).lift).toBeNull();
    expect(estimateLift(Float64Array.from([3, 2, 0, 0, 0, 0, 1, 2]), 'hashtag', 5)).toEqual({ lift: null, nc: 0, ns: 0, strata: 0 });
    expect(liftOf(0, 0, 0, 0, 5)).toBeNull();
  });
});
