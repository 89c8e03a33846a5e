import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../src/_lib/rng.js';
import { createReplicateRng } from '../../src/swarms/create-replicate-rng.js';

/** Draws of a generator and of its forks, interleaved as the nulls use them. */
function trace(rng: Rng, n: number): number[] {
  const out: number[] = [];
  const a = rng.fork();
  const b = rng.fork();
  for (let i = 0; i < n; i++) out.push(rng.next(), a.int(1 + i), b.next(), a.fork().int(1000));
  return out;
}

describe('createReplicateRng', () => {
  it('returns the same draws as createRng for the same seed', () => {
    for (const seed of [0, 1, 7, 0x7fffffff, 0x80000000, 0xffffffff, 2 ** 40 + 3, -1, -123456789]) {
      expect(trace(createReplicateRng(seed), 50)).toEqual(trace(createRng(seed), 50));
    }
  });

  it('returns the same draws as createRng for any integer or fractional seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true })), (seed) => {
        expect(trace(createReplicateRng(seed), 20)).toEqual(trace(createRng(seed), 20));
      }),
    );
  });

  it('returns integers in [0, n)', () => {
    const rng = createReplicateRng(3);
    for (let n = 1; n < 200; n++) {
      const x = rng.int(n);
      expect(Number.isInteger(x) && x >= 0 && x < n).toBe(true);
    }
  });
});
