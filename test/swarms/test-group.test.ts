import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/_lib/rng.js';
import { sequentialPValue } from '../../src/swarms/test-group.js';

describe('sequentialPValue', () => {
  it('returns (1 + G) / (R + 1) when fewer than h replicates reach T', () => {
    const values = [1, 5, 2, 7, 3];
    let i = 0;
    const r = sequentialPValue(5, () => values[i++ % values.length]!, 5, 10);
    expect(r).toEqual({ pValue: 3 / 6, z: expect.any(Number), draws: 5 });
  });

  it('returns h / draws when it stops early and never returns 0', () => {
    const r = sequentialPValue(0, () => 1, 199, 10);
    expect(r.pValue).toBe(1);
    expect(r.draws).toBe(10);
    const never = sequentialPValue(100, () => 0, 199, 10);
    expect(never.pValue).toBe(1 / 200);
    expect(never.z).toBeNull();
  });

  it('returns p-values with P(p ≤ α) ≤ α under the null (Monte Carlo oracle)', () => {
    const rng = createRng(3);
    const trials = 4000;
    let rejected05 = 0;
    let rejected20 = 0;
    for (let t = 0; t < trials; t++) {
      // Discrete statistic with ties, as syncFraction counts are.
      const draw = (): number => Math.floor(rng.next() * 12);
      const { pValue } = sequentialPValue(draw(), draw, 99, 5);
      if (pValue <= 0.05) rejected05++;
      if (pValue <= 0.2) rejected20++;
    }
    const sd = (a: number): number => 3 * Math.sqrt((a * (1 - a)) / trials);
    expect(rejected05 / trials).toBeLessThanOrEqual(0.05 + sd(0.05));
    expect(rejected20 / trials).toBeLessThanOrEqual(0.2 + sd(0.2));
  });
});
