import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hIndexOf } from '../../src/influence/score-engagement.js';
import { peakInRange, prepareShiftedOccurrences, shiftedPeak } from '../../src/influence/shifted-peak.js';

const L = 86_400_000;
const WIDTH = 60_000;

/** Peak by the definition: shift with `%`, sort by comparison, count every [v, v + width). */
function brutePeak(rel: readonly number[], who: readonly number[], offsets: readonly number[], width: number, length: number): number {
  const shifted = rel.map((t, k) => (t + offsets[who[k]!]!) % length).sort((x, y) => x - y);
  let best = 0;
  for (const v of shifted) best = Math.max(best, shifted.filter((u) => u >= v && u < v + width).length);
  return best;
}

/** Units of one hashtag: times ascending, members given per unit. */
const hashtagUnits = fc
  .array(fc.record({ time: fc.oneof(fc.integer({ min: 0, max: L - 1 }), fc.double({ min: 0, max: L, noNaN: true, maxExcluded: true })), member: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 80 })
  .map((units) => units.sort((x, y) => x.time - y.time));
const offsets = fc.array(fc.oneof(fc.double({ min: 0, max: L, noNaN: true, maxExcluded: true }), fc.constant(L - 1e-6), fc.constant(0)), { minLength: 6, maxLength: 6 });

describe('shiftedPeak', () => {
  it('returns the peak of the %-shifted, comparison-sorted times, whatever the path (rotation, insertion, bucket)', () => {
    fc.assert(fc.property(hashtagUnits, offsets, fc.boolean(), (units, o, oneMember) => {
      const rel = Float64Array.from(units, (u) => u.time);
      const who = Int32Array.from(units, (u) => (oneMember ? 0 : u.member));
      const prepared = prepareShiftedOccurrences(rel, who, Int32Array.from([0, units.length]), L, WIDTH);
      expect(shiftedPeak(prepared, 0, Float64Array.from(o))).toBe(brutePeak([...rel], [...who], o, WIDTH, L));
    }), { numRuns: 400 });
  });

  it('returns the same peak for times outside the window (general path with %)', () => {
    const rel = Float64Array.from([-5_000, 10, 20, L + 7, L + 30_000]);
    const who = Int32Array.from([0, 1, 0, 1, 0]);
    const o = [L - 20, 15];
    const prepared = prepareShiftedOccurrences(rel, who, Int32Array.from([0, 5]), L, WIDTH);
    expect(prepared.inRange).toBe(false);
    expect(shiftedPeak(prepared, 0, Float64Array.from(o))).toBe(brutePeak([...rel], [...who], o, WIDTH, L));
  });

  it('rotates a single member whose units wrap around the window end', () => {
    const rel = Float64Array.from([0, 1_000, L - 2_000, L - 1_000]);
    const prepared = prepareShiftedOccurrences(rel, new Int32Array(4), Int32Array.from([0, 4]), L, 5_000);
    // offset 1500: 0, 1000 → 1500, 2500; L−2000 → L−500; L−1000 wraps to 500
    expect(shiftedPeak(prepared, 0, Float64Array.from([1_500]))).toBe(3);
    expect(peakInRange(Float64Array.from([500, 1_500, 2_500, L - 500]), 0, 4, 5_000)).toBe(3);
  });
});

describe('hIndexOf', () => {
  it('returns the largest h with h values ≥ h (sorted definition)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }))), (values) => {
      const sorted = [...values].sort((a, b) => b - a);
      let h = 0;
      while (h < sorted.length && sorted[h]! >= h + 1) h++;
      expect(hIndexOf(values)).toBe(h);
    }), { numRuns: 300 });
  });

  it('returns 0 for no values and for values below 1', () => {
    expect(hIndexOf([])).toBe(0);
    expect(hIndexOf([0, 0.5, 0.99])).toBe(0);
    expect(hIndexOf([10, 8, 5, 4, 3])).toBe(4);
  });
});
