import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countInRange, firstAbove, firstAtLeast } from '../../src/swarms/sorted-search.js';

const sortedArb = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 80 }).map((v) => Float64Array.from(v).sort());

describe('countInRange', () => {
  it('returns the number of values in [lo, hi] (brute-force oracle)', () => {
    fc.assert(
      fc.property(sortedArb, fc.integer({ min: -5, max: 65 }), fc.integer({ min: 0, max: 20 }), (values, lo, width) => {
        const want = Array.from(values).filter((v) => v >= lo && v <= lo + width).length;
        expect(countInRange(values, lo, lo + width)).toBe(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('firstAtLeast and firstAbove', () => {
  it('return the binary-search answer whatever the hint', () => {
    fc.assert(
      fc.property(sortedArb, fc.double({ min: -5, max: 65, noNaN: true }), fc.nat(), (values, x, h) => {
        const hint = h % (values.length + 1);
        const atLeast = Array.from(values).findIndex((v) => v >= x);
        const above = Array.from(values).findIndex((v) => v > x);
        expect(firstAtLeast(values, x, hint)).toBe(atLeast < 0 ? values.length : atLeast);
        expect(firstAbove(values, x, hint)).toBe(above < 0 ? values.length : above);
      }),
      { numRuns: 500 },
    );
  });

  it('return 0 for an empty array', () => {
    expect(firstAtLeast(new Float64Array(0), 3, 0)).toBe(0);
    expect(firstAbove(new Float64Array(0), 3, 0)).toBe(0);
  });
});
