import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest } from '../../src/ingest/index.js';
import { RecentIds } from '../../src/ingest/recent-ids.js';
import type { DuplicatePolicy } from '../../src/ingest/index.js';

const HOUR = 3_600_000;
const T0 = 1_704_067_200_000;

describe('RecentIds', () => {
  it('numbers ids in order of first sight over every generation, and finds the recent ones', () => {
    const ids = new RecentIds(0);
    expect(ids.intern('a', T0)).toBe(0);
    expect(ids.intern('b', T0 + 1000)).toBe(1);
    expect(ids.intern('a', T0 + 2000)).toBe(0);
    // a new generation starts one span (1 h, the shortest) after the first
    expect(ids.intern('c', T0 + HOUR)).toBe(2);
    expect(ids.intern('a', T0 + HOUR)).toBe(0); // the previous generation is still searched
    expect(ids.intern('b', T0 + HOUR + 1)).toBe(1);
    expect(ids.intern('d', T0 + 2 * HOUR)).toBe(3);
    // 'a' and 'b' were in the generation dropped at this rotation: a repeat now is a new id
    expect(ids.intern('a', T0 + 2 * HOUR)).toBe(4);
    expect(ids.intern('c', T0 + 2 * HOUR)).toBe(2);
    expect(ids.size).toBe(5);
  });

  it('holds about two spans of ids on a long input in time order, every id without a horizon', () => {
    const bounded = new RecentIds(0);
    const unbounded = new RecentIds(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 20_000; i++) {
      // 100 ids a minute for 200 minutes
      bounded.intern(`p${i}`, T0 + Math.floor(i / 100) * 60_000);
      unbounded.intern(`p${i}`, T0 + Math.floor(i / 100) * 60_000);
    }
    expect(unbounded.held).toBe(20_000);
    expect(bounded.size).toBe(20_000);
    expect(bounded.held).toBeGreaterThanOrEqual(6_000);
    expect(bounded.held).toBeLessThanOrEqual(12_100);
  });

  it('forgets nothing within the horizon: time-ordered input gives what an unbounded memory gives when repeats come within H', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.constantFrom<DuplicatePolicy>('merge', 'reject'),
        fc.constantFrom(0, 30 * 60_000, 2 * HOUR),
        async (seed, duplicates, horizon) => {
          let s = seed >>> 0;
          const next = (m: number): number => {
            s = (Math.imul(s, 1103515245) + 12345) >>> 0;
            return (s >>> 8) % m;
          };
          // 1,500 posts, one every 20 s (8 h 20 min); a repeat has its post's own time and comes
          // at most H after it (at most 1 record later when H = 0), some with another account
          const input: { id: string; account: string; time: number; hashtags: string[] }[] = [];
          for (let i = 0; i < 1500; i++) {
            const time = T0 + i * 20_000;
            input.push({ id: `p${i}`, account: `a${i % 13}`, time, hashtags: [`t${next(6)}`] });
            if (next(5) === 0) {
              const back = horizon === 0 ? 0 : next(Math.floor(horizon / 20_000) + 1);
              const j = Math.max(0, i - back);
              input.push({ id: `p${j}`, account: next(4) === 0 ? 'other' : `a${j % 13}`, time: T0 + j * 20_000, hashtags: [`t${next(6)}`] });
            }
          }
          const withHorizon = await ingest(input, { duplicates, releaseBehindMs: horizon });
          const everything = await ingest(input, { duplicates });
          expect(withHorizon.posts.map((p) => [p.id, p.hashtags])).toEqual(everything.posts.map((p) => [p.id, p.hashtags]));
          expect(withHorizon.rejected.map((r) => [r.index, r.code])).toEqual(everything.rejected.map((r) => [r.index, r.code]));
          expect(withHorizon.stats).toEqual(everything.stats);
        },
      ),
      { numRuns: 24, seed: 20261208 },
    );
  });

  it('takes a repeat of a forgotten id, hours later, as a new post (a late one to analyze)', async () => {
    const input = [
      { id: 'x', account: 'a', time: T0, hashtags: ['t'] },
      { id: 'y', account: 'b', time: T0 + HOUR, hashtags: ['t'] },
      { id: 'z', account: 'b', time: T0 + 2 * HOUR, hashtags: ['t'] },
      { id: 'x', account: 'a', time: T0 + 2 * HOUR, hashtags: ['u'] },
    ];
    const bounded = await ingest(input, { releaseBehindMs: 0 });
    expect(bounded.posts.map((p) => p.id)).toEqual(['x', 'y', 'z', 'x']);
    expect(bounded.stats.read).toBe(bounded.stats.accepted + bounded.stats.rejected);
    const buffered = await ingest(input);
    expect(buffered.rejected.map((r) => r.code)).toEqual(['duplicate-id']);
  });
});
