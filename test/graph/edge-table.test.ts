import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { EdgeTable, EDGE_STRIDE, F_CO } from '../../src/graph/edge-table.js';
import { enumerateClosePairs, type PairWorkspace } from '../../src/graph/enumerate-close-pairs.js';
import { buildOccurrenceTable, fullView } from '../../src/graph/occurrence-table.js';
import type { Post } from '../../src/ingest/index.js';

describe('EdgeTable', () => {
  it('keeps every pair and its record through growth and reserve, and reserve avoids regrowth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(300), fc.nat(300)), { maxLength: 600 }), fc.nat(700), (raw, reserve) => {
        const t = new EdgeTable(16);
        t.reserve(reserve);
        const buffer = t.a;
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
        if (expected.size <= Math.max(16, reserve)) expect(t.a).toBe(buffer);
        expect(t.get(301, 302)).toBe(-1);
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});

describe('enumerateClosePairs sizing', () => {
  it('sizes the edge table once: it never grows while pairs are inserted, fresh or reused', () => {
    const posts: Post[] = [];
    for (let i = 0; i < 3000; i++) posts.push({ id: `p${i}`, account: `u${(i * 7919) % 211}`, timeMs: i * 1000, hashtags: [`h${i % 5}`, `g${i % 3}`] });
    const view = fullView(buildOccurrenceTable(posts));
    const workspace: PairWorkspace = { edges: new EdgeTable(16), crowd: undefined };
    const grow = vi.spyOn(EdgeTable.prototype as unknown as { grow: (n: number) => void }, 'grow');
    const first = enumerateClosePairs(view, { maxLagMs: 30_000, maxCrowdAccounts: 1000 }, workspace);
    // One allocation up front (reserve), none while inserting (doubling from 16 would take 5+).
    expect(grow).toHaveBeenCalledTimes(1);
    grow.mockRestore();
    const capacity = first.edges.a;
    expect(first.edges.size).toBeGreaterThan(100);
    // Reset and reused: same buffers, same pairs.
    const again = enumerateClosePairs(view, { maxLagMs: 30_000, maxCrowdAccounts: 1000 }, workspace);
    expect(again.edges.a).toBe(capacity);
    const fresh = enumerateClosePairs(view, { maxLagMs: 30_000, maxCrowdAccounts: 1000 });
    expect(fresh.edges.size).toBe(first.edges.size);
    expect(fresh.edges.a.length).toBeGreaterThanOrEqual(fresh.edges.size);
    expect(Array.from(fresh.edges.rec.subarray(0, fresh.edges.size * EDGE_STRIDE))).toEqual(
      Array.from(again.edges.rec.subarray(0, again.edges.size * EDGE_STRIDE)),
    );
  });
});
