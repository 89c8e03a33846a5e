import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/ingest/index.js';
import { createRng } from '../../src/_lib/rng.js';
import { toOccurrences } from '../../bench/lib/occurrences.js';
import { coortweet } from '../../bench/baselines/coortweet.js';
import { duckdbCoortweet } from '../../bench/baselines/duckdb.js';
import { compareRows } from '../../bench/lib/compare.js';
import { pairTable } from '../../bench/lib/table.js';
import { fastestRepeat } from '../../bench/lib/repeat.js';
import type { MethodResult } from '../../bench/lib/result.js';

function randomPosts(seed: number, n: number): Post[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    account: `u${rng.int(40)}`,
    timeMs: rng.int(3_600_000),
    hashtags: [...new Set([`h${rng.int(6)}`, `h${rng.int(6)}`])],
  }));
}

describe('duckdbCoortweet', () => {
  it('returns the same edges, threshold and groups as the CooRTweet-style sweep', async () => {
    for (const [seed, dt] of [[1, 60_000], [2, 10_000]] as const) {
      const occ = toOccurrences(randomPosts(seed, 600));
      const sweep = coortweet(occ, { maxLagMs: dt, seed: 1 });
      const sql = await duckdbCoortweet(occ, { maxLagMs: dt, seed: 1, warmRuns: seed });
      const key = (e: { a: number; b: number; weight: number }): string => `${e.a}-${e.b}:${e.weight}`;
      expect(sweep.keptEdges.length).toBeGreaterThan(0);
      expect(sql.edges).toBe(sweep.edges);
      expect(sql.threshold).toBe(sweep.threshold);
      expect(sql.keptEdges.map(key).sort()).toEqual(sweep.keptEdges.map(key).sort());
      expect(sql.groups).toEqual(sweep.groups);
      expect(sql.joinWarmMs).toBeGreaterThan(0); // the join re-run (warmRuns) gave the same row count
    }
  });
});

const row = (method: string, wallMs: number, status: MethodResult['status'] = 'ok', f1: number | null = null): MethodResult => ({
  method,
  input: 'x',
  status,
  wallMs,
  phases: {},
  rssMb: null,
  baseRssMb: null,
  counts: {},
  quality: f1 === null ? null : { groups: 1, accounts: 3, f1, precision: null, recall: null, ami: null, nullFp: null },
});

describe('compareRows', () => {
  it('returns ratios and flags slow-downs above 1.2× (and 250 ms), new timeouts and F1 drops', () => {
    const old = [row('a', 1000), row('b', 1000), row('c', 1000), row('d', 1000, 'ok', 0.9), row('e', 1000), row('g', 500)];
    const fresh = [row('a', 1190), row('b', 1300), row('c', 2400, 'timeout'), row('d', 900, 'ok', 0.8), row('f', 10), row('g', 740)];
    const cmp = compareRows(fresh, old);
    expect(cmp.get('a @ x')).toMatchObject({ ratio: 1.19, flagged: false });
    expect(cmp.get('b @ x')).toMatchObject({ ratio: 1.3, flagged: true });
    expect(cmp.get('g @ x')).toMatchObject({ ratio: 1.48, flagged: false });
    expect(cmp.get('c @ x')).toMatchObject({ ratio: null, flagged: true });
    expect(cmp.get('d @ x')?.flagged).toBe(true);
    expect(cmp.has('f @ x')).toBe(false);
  });
});

describe('pairTable', () => {
  it('sets the pair step beside DuckDB’s join, cold and warm, per input with both rows', () => {
    const ours = { ...row('hashtag-swarms-pairs', 900), phases: { intern: 100, compute: 600, computeWarm: 200 }, counts: { closePairs: 42 } };
    const db = { ...row('duckdb-60s', 900), phases: { duckdbLoad: 50, join: 300, joinWarm: 250 } };
    const lone = { ...row('hashtag-swarms-pairs', 900), input: 'y', phases: { compute: 1 } };
    const text = pairTable([ours, db, lone], false).split('\n');
    expect(text).toHaveLength(2); // head + input x only (y has no DuckDB row)
    // no pairs + null row for x: its four cells are dashes
    expect(text[1]!.split(/\s+/)).toEqual(['x', '42', '0.10', '0.60', '0.20', '0.05', '0.30', '0.25', '2.00×', '0.80×', '–', '–', '–', '–']);
    const core = { ...row('hashtag-swarms-pairs-null', 900), phases: { intern: 100, compute: 150, computeWarm: 12.34 } };
    const withCore = pairTable([ours, db, core], false).split('\n');
    expect(withCore[1]!.split(/\s+/).slice(10)).toEqual(['150', 'ms', '12.3', 'ms', '0.50×', '0.05×']);
    expect(pairTable([ours], true)).toBe('');
  });
});

describe('fastestRepeat', () => {
  it('runs up to the count, stops at the time budget, keeps the fastest and the total', async () => {
    const waits = [30, 5, 20];
    let calls = 0;
    const run = (): Promise<void> => new Promise((done) => setTimeout(done, waits[calls++ % waits.length]));
    const all = await fastestRepeat(run, 3, Number.POSITIVE_INFINITY);
    expect(calls).toBe(3);
    expect(all.fastestMs).toBeGreaterThanOrEqual(4);
    expect(all.fastestMs).toBeLessThan(20);
    expect(all.spentMs).toBeGreaterThanOrEqual(54);
    calls = 0;
    expect((await fastestRepeat(run, 3, 10)).fastestMs).toBeGreaterThanOrEqual(29); // one repeat, then over budget
    expect(calls).toBe(1);
    expect(await fastestRepeat(run, 0, 1_000)).toMatchObject({ fastestMs: undefined });
  });
});
