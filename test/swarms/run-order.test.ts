import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SwarmGroupData } from '../../src/swarms/group-data.js';
import { createRunOrder, INSERTION_MAX } from '../../src/swarms/run-order.js';

const L = 1000;

/** A group whose runs have the given lengths (members and posts arbitrary). */
function groupOf(lengths: readonly number[]): SwarmGroupData {
  const runStarts = [0];
  for (const n of lengths) runStarts.push(runStarts[runStarts.length - 1]! + n);
  const total = runStarts[runStarts.length - 1]!;
  return {
    members: Int32Array.of(0, 1, 2),
    hashtags: Int32Array.from(lengths, (_, r) => r),
    runStarts: Int32Array.from(runStarts),
    rows: Int32Array.from({ length: total }, (_, k) => k),
    member: Int32Array.from({ length: total }, (_, k) => (k * 7) % 3),
    volume: Int32Array.from(lengths),
    occPost: Int32Array.from({ length: total }, (_, k) => k),
    occTime: new Float64Array(total),
    postGlobal: Int32Array.from({ length: total }, (_, k) => k),
    posts: total,
  };
}

/** The reference order of each run: (floor(time), index), or (time, index) when `exact`. */
function reference(data: SwarmGroupData, times: Float64Array, exact: boolean): number[] {
  const out: number[] = [];
  for (let r = 0; r + 1 < data.runStarts.length; r++) {
    const idx = [];
    for (let k = data.runStarts[r]!; k < data.runStarts[r + 1]!; k++) idx.push(k);
    const key = (k: number): number => (exact ? times[k]! : Math.floor(times[k]!));
    idx.sort((a, b) => key(a) - key(b) || a - b);
    out.push(...idx);
  }
  return out;
}

// Runs short and long; times clustered (ties, skewed buckets), spread, or fractional.
const caseArb = fc
  .record({
    lengths: fc.array(fc.oneof(fc.integer({ min: 1, max: INSERTION_MAX }), fc.integer({ min: INSERTION_MAX + 1, max: 120 })), { minLength: 1, maxLength: 4 }),
    shape: fc.constantFrom('spread', 'clustered', 'fractional'),
    seed: fc.integer(),
  })
  .map(({ lengths, shape, seed }) => {
    const data = groupOf(lengths);
    let s = seed >>> 0;
    const rand = (): number => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
    const times = Float64Array.from(data.member, () => {
      if (shape === 'clustered') return rand() < 0.8 ? 500 + Math.floor(rand() * 5) : Math.floor(rand() * L);
      return shape === 'fractional' ? Math.floor(rand() * 40) / 4 + 300 : Math.floor(rand() * L);
    });
    return { data, times };
  });

describe('createRunOrder', () => {
  it('returns (floor(time), index) order with sort and sortShifted, and the matching times, members and posts', () => {
    fc.assert(
      fc.property(caseArb, ({ data, times }) => {
        const want = reference(data, times, false);
        const order = createRunOrder(data, L);
        for (const run of [(): void => order.sort(times), (): void => order.sortShifted(times)]) {
          run();
          expect(Array.from(order.ord)).toEqual(want);
          expect(Array.from(order.st)).toEqual(want.map((k) => times[k]!));
          expect(Array.from(order.sm)).toEqual(want.map((k) => data.member[k]!));
          expect(Array.from(order.sp)).toEqual(want.map((k) => data.occPost[k]!));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same order with sortSlots, whatever slots rise with time', () => {
    fc.assert(
      fc.property(caseArb, ({ data, times }) => {
        const want = reference(data, times, false);
        // Slots: each run's ranks by (time, index) among 3n posts, spaced out.
        const slots = new Float64Array(times.length);
        const slotStarts = new Int32Array(data.runStarts.length);
        for (let r = 0; r + 1 < data.runStarts.length; r++) {
          const from = data.runStarts[r]!;
          const n = data.runStarts[r + 1]! - from;
          slotStarts[r + 1] = slotStarts[r]! + 3 * n;
          const byTime = reference({ ...data, runStarts: Int32Array.of(from, from + n) }, times, true);
          byTime.forEach((k, rank) => (slots[k] = slotStarts[r]! + 3 * rank + 1));
        }
        const order = createRunOrder(data, L);
        order.sortSlots(times, slots, slotStarts);
        expect(Array.from(order.ord)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('returns (time, index) order when the window is too long for packed keys', () => {
    fc.assert(
      fc.property(caseArb, ({ data, times }) => {
        const order = createRunOrder(data, 2 ** 52);
        order.sort(times);
        expect(Array.from(order.ord)).toEqual(reference(data, times, true));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps runs already in time order', () => {
    const data = groupOf([40, 3]);
    const times = Float64Array.from(data.member, (_, k) => (k < 40 ? 10 * k : k));
    const order = createRunOrder(data, L);
    order.sort(times);
    expect(Array.from(order.ord)).toEqual(Array.from({ length: 43 }, (_, k) => k));
  });
});
