import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { EdgeTable, EDGE_STRIDE, F_CO, F_EPISODES } from '../../src/graph/edge-table.js';
import { EdgeRecords } from '../../src/graph/edge-records.js';
import { enumerateClosePairs, type PairWorkspace } from '../../src/graph/enumerate-close-pairs.js';
import { buildOccurrenceTable, fullView } from '../../src/graph/occurrence-table.js';
import type { Post } from '../../src/ingest/index.js';

describe('EdgeTable', () => {
  it('keeps every pair and its record through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(300), fc.nat(300)), { maxLength: 600 }), (raw) => {
        const t = new EdgeTable(16);
        const expected = new Map<string, number>();
        for (const [x, y] of raw) {
          if (x === y) continue;
          const a = Math.min(x, y);
          const b = Math.max(x, y);
          t.rec[t.getOrInsert(a, b) * EDGE_STRIDE + F_CO]!++;
          expected.set(`${a},${b}`, (expected.get(`${a},${b}`) ?? 0) + 1);
        }
        expect(t.size).toBe(expected.size);
        for (const [k, c] of expected) {
          const [a, b] = k.split(',').map(Number) as [number, number];
          expect(t.field(t.get(a, b), F_CO)).toBe(c);
        }
        expect(t.get(301, 302)).toBe(-1);
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});

describe('enumerateClosePairs buffers', () => {
  const posts: Post[] = [];
  for (let i = 0; i < 3000; i++) posts.push({ id: `p${i}`, account: `u${(i * 7919) % 211}`, timeMs: i * 1000, hashtags: [`h${i % 5}`, `g${i % 3}`] });
  const view = fullView(buildOccurrenceTable(posts));
  const options = { maxLagMs: 30_000, maxCrowdAccounts: 1000 };
  const records = (r: EdgeRecords) => Array.from({ length: r.size }, (_, e) => [r.a[e], r.b[e], ...r.rec.subarray(e * EDGE_STRIDE, (e + 1) * EDGE_STRIDE)]);

  it('sizes the edge store once (no regrowth while appending) and reuses it across calls', () => {
    const workspace: PairWorkspace = { edges: new EdgeRecords(16), crowd: undefined };
    const reserve = vi.spyOn(EdgeRecords.prototype, 'reserve');
    const first = enumerateClosePairs(view, options, workspace);
    // One reservation up front; doubling from 16 would take five or more.
    expect(reserve).toHaveBeenCalledTimes(1);
    reserve.mockRestore();
    expect(first.edges.size).toBeGreaterThan(100);
    const buffer = first.edges.a;
    const again = enumerateClosePairs(view, options, workspace);
    expect(again.edges.a).toBe(buffer);
    expect(records(enumerateClosePairs(view, options).edges)).toEqual(records(again.edges));
  });

  it('gives the same edges when the pairs are buffered one range of accounts at a time', () => {
    const whole = records(enumerateClosePairs(view, options).edges);
    expect(whole.length).toBeGreaterThan(100);
    for (const maxBufferedPairs of [1, 37, 500]) {
      const ranged = enumerateClosePairs(view, { ...options, maxBufferedPairs });
      expect(records(ranged.edges)).toEqual(whole);
    }
  });

  it('records only the pairs with minEpisodes episodes, counts every pair, in one or many ranges', () => {
    const all = enumerateClosePairs(view, options);
    const whole = records(all.edges);
    expect(all.testedEdges).toBe(all.edges.size);
    const episodes = whole.map((r) => r[2 + F_EPISODES]!).sort((x, y) => x - y);
    const lowest = episodes[0]!;
    const highest = episodes[episodes.length - 1]!;
    const middle = episodes[episodes.length >> 1]!;
    expect(highest).toBeGreaterThan(lowest);
    for (const minEpisodes of new Set([lowest + 1, Math.max(lowest + 1, middle), highest])) {
      const expected = whole.filter((r) => r[2 + F_EPISODES]! >= minEpisodes);
      // Each threshold drops some pairs and keeps some: the filter is exercised both ways.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(whole.length);
      for (const maxBufferedPairs of [undefined, 1, 37, 500]) {
        const workspace: PairWorkspace = { edges: undefined, crowd: undefined };
        const reserve = vi.spyOn(EdgeRecords.prototype, 'reserve');
        const r = enumerateClosePairs(view, { ...options, minEpisodes, ...(maxBufferedPairs === undefined ? {} : { maxBufferedPairs }) }, workspace);
        // Exact room: the store never regrows beyond what the recorded pairs need.
        if (maxBufferedPairs === undefined) expect(r.edges.a.length).toBe(Math.max(16, expected.length));
        reserve.mockRestore();
        expect(records(r.edges)).toEqual(expected);
        expect(r.testedEdges).toBe(whole.length);
        expect(r.closePairs).toBe(all.closePairs);
      }
    }
  });
});
