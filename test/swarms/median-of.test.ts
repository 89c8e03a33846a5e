import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOf } from '../../src/swarms/median-of.js';

/** The definition: middle of the sorted list. */
function sortedMedian(values: number[]): number {
  const s = Float64Array.from(values).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe('medianOf', () => {
  it('returns the median of a small list', () => {
    expect(medianOf(Float64Array.of(5, 1, 3), 3)).toBe(3);
    expect(medianOf(Float64Array.of(5, 1, 3, 2), 4)).toBe(2.5);
    expect(medianOf(Float64Array.of(7), 1)).toBe(7);
  });

  it('returns what sorting returns, with many ties, using only the first n values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 60_000, noNaN: true })), { minLength: 1, maxLength: 300 }),
        fc.nat(5),
        (values, extra) => {
          const buffer = new Float64Array(values.length + extra).fill(-1);
          buffer.set(values);
          expect(medianOf(buffer, values.length)).toBe(sortedMedian(values));
        },
      ),
      { numRuns: 500 },
    );
  });
});
