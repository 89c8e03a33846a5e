import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import { createRng, shuffleInPlace } from '../../src/_lib/rng.js';
import { buildAccountGraph, buildAccountGraphs, createAccountGraphBuilder, DEFAULT_ACCOUNT_GRAPH_OPTIONS, type AccountGraphResult } from '../../src/graph/index.js';
import { windowPostsSync } from '../../src/windows/index.js';
import { generateScenario } from '../../src/synthetic/index.js';
import type { Post } from '../../src/ingest/index.js';
import { post, windowOf } from './helpers.js';

const DAY = 86_400_000;

/** Independent posting: every account posts at uniform times on random hashtags. */
function nullWorld(seed: number, accounts = 300, postsEach = 15, hashtags = 5): Post[] {
  const rng = createRng(seed);
  const posts: Post[] = [];
  for (let a = 0; a < accounts; a++) {
    for (let k = 0; k < postsEach; k++) {
      posts.push(post(`n${a}-${k}`, `acc${a}`, Math.floor(rng.next() * DAY), [`tag${rng.int(hashtags)}`]));
    }
  }
  return posts;
}

/** Two accounts co-posting on 5 different hashtags within seconds. */
function plantedPair(seed: number): Post[] {
  const rng = createRng(seed);
  const posts: Post[] = [];
  for (let h = 0; h < 5; h++) {
    const t = Math.floor(rng.next() * (DAY - 10_000));
    posts.push(post(`s1-${h}`, 'planted-1', t, [`camp${h}`, 'tag0']));
    posts.push(post(`s2-${h}`, 'planted-2', t + 1000 + rng.int(5000), [`camp${h}`]));
  }
  return posts;
}

describe('buildAccountGraph', () => {
  it('returns the planted pair as the only kept edge in a null world', () => {
    const result = buildAccountGraph(windowOf([...nullWorld(1), ...plantedPair(2)]));
    expect(result.status).toBe('analyzed');
    expect(result.edges.map((e) => [e.source, e.target])).toEqual([['planted-1', 'planted-2']]);
    const edge = result.edges[0]!;
    expect(edge).toMatchObject({ episodes: 5, sharedHashtags: 5, coCount: 5, kept: true, edgeSymmetry: 1 });
    expect(edge.weight).toBe(edge.excess);
    expect(edge.weight).toBeGreaterThan(0);
    expect(result.graph.order).toBe(2);
    expect(result.graph.getNodeAttributes('planted-1')).toEqual({ posts: 5, hashtags: 6 });
    expect(result.graph.getEdgeAttribute('planted-1', 'planted-2', 'weight')).toBe(edge.excess);
    expect(result.diagnostics.accounts).toBe(302);
  });

  it('keeps at most the nominal FDR of edges in null worlds (any kept edge is false)', () => {
    let runsWithDiscoveries = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const result = buildAccountGraph(windowOf(nullWorld(seed * 97, 300, 15, 5)));
      if (result.diagnostics.keptEdges > 0) runsWithDiscoveries++;
    }
    // Under the complete null FDR = P(any discovery) ≤ q = 0.05: at most ~1 run in 12 (≤ 2 allowed).
    expect(runsWithDiscoveries).toBeLessThanOrEqual(2);
  });

  it('returns super-uniform p-values over the candidate pairs of a null world', () => {
    const result = buildAccountGraph(windowOf(nullWorld(5, 300, 30, 3)), { filter: false, minEpisodes: 1 });
    const m = result.diagnostics.candidatePairs;
    for (const alpha of [0.01, 0.05, 0.2]) {
      const below = result.edges.filter((e) => e.pValue <= alpha).length;
      expect(below).toBeLessThanOrEqual(alpha * m * 1.1 + 5);
    }
    expect(result.edges.length).toBeGreaterThan(1000);
  });

  it('returns the same edges and graph whatever the input order', () => {
    const posts = [...nullWorld(3, 100, 10, 4), ...plantedPair(4)];
    const a = buildAccountGraph(windowOf(posts), { filter: false });
    const shuffled = [...posts];
    shuffleInPlace(shuffled, createRng(9));
    const b = buildAccountGraph(windowOf(shuffled), { filter: false });
    expect(b.edges).toEqual(a.edges);
    expect(b.graph.export()).toEqual(a.graph.export());
    expect(a.graph.nodes()).toEqual([...a.graph.nodes()].sort());
  });

  it('returns all tested edges with filter: false, kept flags included', () => {
    const result = buildAccountGraph(windowOf([...nullWorld(1, 100, 10, 4), ...plantedPair(2)]), { filter: false });
    expect(result.edges.length).toBe(result.diagnostics.testedEdges);
    expect(result.graph.size).toBe(result.edges.length);
    expect(result.edges.filter((e) => e.kept).length).toBe(result.diagnostics.keptEdges);
    for (const e of result.edges) expect(e.kept).toBe(e.kept && e.excess > 0 && e.episodes >= 2);
  });

  it('keeps exactly the kept edges of filter: false, with the same figures (early-stopped sums, unrecorded one-episode pairs)', () => {
    const worlds: Post[][] = [
      [...nullWorld(1, 100, 10, 4), ...plantedPair(2)],
      generateScenario({ scenario: 'medium', seed: 3, days: 1, targetPosts: 6000 }).posts.slice(),
      generateScenario({ scenario: 'hard', seed: 4, days: 1, targetPosts: 6000 }).posts.slice(),
    ];
    let kept = 0;
    for (const posts of worlds) {
      for (const nullModel of ['profile', 'uniform'] as const) {
        const filtered = buildAccountGraph(windowOf(posts), { null: nullModel });
        const all = buildAccountGraph(windowOf(posts), { null: nullModel, filter: false });
        const keptOfAll = all.edges.filter((e) => e.kept);
        expect(filtered.edges).toEqual(keptOfAll);
        expect(filtered.diagnostics.keptEdges).toBe(all.diagnostics.keptEdges);
        expect(filtered.diagnostics.testedEdges).toBe(all.diagnostics.testedEdges);
        // Tested edges that are not kept exist in every world: the stops were exercised.
        expect(all.edges.length).toBeGreaterThan(keptOfAll.length);
        kept += keptOfAll.length;
      }
    }
    expect(kept).toBeGreaterThan(20);
  });

  it('returns crowd diagnostics quickly for a hashtag used by 100,000 accounts in one minute', () => {
    const posts: Post[] = [];
    for (let a = 0; a < 100_000; a++) posts.push(post(`m${a}`, `fan${a}`, 3_600_000 + (a % 60_000), ['mega']));
    posts.push(...plantedPair(5));
    const started = performance.now();
    const result = buildAccountGraph(windowOf(posts));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.diagnostics.crowdByHashtag[0]).toEqual({ hashtag: 'mega', posts: 100_000 });
    expect(result.diagnostics.crowdPosts).toBe(100_000);
    expect(result.crowdPost[0]).toBe(1);
    expect(result.edges.map((e) => e.source)).toEqual(['planted-1']);
  });

  it('returns quickly when one account floods a hashtag with 50,000 posts in one minute', () => {
    const posts: Post[] = [];
    for (let k = 0; k < 50_000; k++) posts.push(post(`f${k}`, 'flooder', 3_600_000 + (k % 60_000), ['spam']));
    posts.push(post('x1', 'other', 3_610_000, ['spam']), post('x2', 'other', 3_650_000, ['spam']));
    const started = performance.now();
    const result = buildAccountGraph(windowOf(posts));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ status: 'skipped', reason: 'no-edges' });
    expect(result.diagnostics.closePairs).toBe(100_000);
  });

  it('returns typed skipped results for degenerate windows', () => {
    expect(buildAccountGraph(windowOf([]))).toMatchObject({ status: 'skipped', reason: 'no-posts' });
    const one = [post('1', 'a', 0, ['x']), post('2', 'a', 10, ['x'])];
    expect(buildAccountGraph(windowOf(one))).toMatchObject({ status: 'skipped', reason: 'one-account' });
    const apart = [post('1', 'a', 0, ['x']), post('2', 'b', 3_600_000, ['x'])];
    expect(buildAccountGraph(windowOf(apart))).toMatchObject({ status: 'skipped', reason: 'no-pairs' });
    const once = [post('1', 'a', 0, ['x']), post('2', 'b', 1000, ['x'])];
    const r = buildAccountGraph(windowOf(once));
    expect(r).toMatchObject({ status: 'skipped', reason: 'no-edges', edges: [] });
    expect(r.graph.order).toBe(0);
    expect(r.diagnostics.testedEdges).toBe(1);
  });

  it("returns the estimated Δt with maxLagMs: 'auto' and parses duration strings", () => {
    const posts = [...nullWorld(1, 50, 10, 3), ...plantedPair(2)];
    expect(buildAccountGraph(windowOf(posts), { maxLagMs: '2m' }).maxLagMs).toBe(120_000);
    const auto = buildAccountGraph(windowOf(posts), { maxLagMs: 'auto' });
    expect(auto.maxLagMs).toBeGreaterThanOrEqual(1000);
    expect(auto.maxLagMs).toBeLessThanOrEqual(3_600_000);
  });

  it('returns frozen defaults', () => {
    expect(Object.isFrozen(DEFAULT_ACCOUNT_GRAPH_OPTIONS)).toBe(true);
    expect(DEFAULT_ACCOUNT_GRAPH_OPTIONS).toMatchObject({ maxLagMs: 60_000, q: 0.05, minEpisodes: 2, maxCrowdAccounts: 200 });
  });

  it.each([
    ['maxLagMs', 0],
    ['maxLagMs', -5],
    ['maxLagMs', 'soon'],
    ['maxLagMs', Number.NaN],
    ['maxLagMs', {}],
    ['q', 0],
    ['q', 1],
    ['q', '0.05'],
    ['minEpisodes', 0],
    ['minEpisodes', 1.5],
    ['maxCrowdAccounts', 1],
    ['maxCrowdAccounts', 2.5],
    ['filter', 'yes'],
    ['permutationNull', 1],
    ['null', 'poisson'],
    ['windowLengthMs', 0],
    ['maxLag', 60_000],
  ])('throws invalid-options for %s = %s', (option, value) => {
    const call = () => buildAccountGraph(windowOf([]), { [option]: value } as never);
    expect(call).toThrow(InvalidOptionsError);
    expect(call).toThrow(expect.objectContaining({ code: 'invalid-options', option }));
  });
});

/** A result without its timing, for equality checks. */
function comparable(r: AccountGraphResult): unknown {
  return { ...r, graph: r.graph.export(), diagnostics: { ...r.diagnostics, elapsedMs: 0 } };
}

describe('buildAccountGraphs', () => {
  it('returns the same results as buildAccountGraph on each sliding window', () => {
    const posts = [...nullWorld(8, 200, 12, 4), ...plantedPair(9)];
    for (let k = 0; k < 40; k++) posts.push(post(`c${k}`, `crowd${k}`, 43_200_000 + k * 500, ['tag1']));
    const { windows } = windowPostsSync(posts, { size: '6h', step: '2h' });
    for (const options of [{}, { filter: false, maxCrowdAccounts: 10, permutationNull: true }, { maxLagMs: 'auto' as const }]) {
      const shared = buildAccountGraphs(windows, options);
      expect(shared.map(comparable)).toEqual(windows.map((w) => comparable(buildAccountGraph(w, options))));
    }
  });

  it('returns per-window results for hand-made windows that do not match the shared table', () => {
    const posts = plantedPair(3);
    const windows = [windowOf(posts), windowOf([...posts].reverse()), windowOf(posts.slice(0, 4))];
    expect(buildAccountGraphs(windows).map(comparable)).toEqual(windows.map((w) => comparable(buildAccountGraph(w))));
  });
});

describe('buildAccountGraph with reused scratch buffers', () => {
  it('gives the same edges for a window whatever windows were built before it (buffers dirtied by larger ones)', () => {
    const sc = generateScenario({ scenario: 'medium', seed: 3, accounts: 400, days: 2 });
    const sorted = [...sc.posts].sort((x, y) => x.timeMs - y.timeMs || (x.id < y.id ? -1 : 1));
    const { windows } = windowPostsSync(sorted, { size: '24h', step: '6h' });
    const sizes = windows.map((w) => w.posts.length);
    const small = windows[sizes.indexOf(Math.min(...sizes.filter((s) => s > 0)))]!;
    const large = windows[sizes.indexOf(Math.max(...sizes))]!;
    const first = buildAccountGraph(small, { maxLagMs: '60s', filter: false });
    buildAccountGraph(large, { maxLagMs: '60s', filter: false });
    const again = buildAccountGraph(small, { maxLagMs: '60s', filter: false });
    expect(first.edges.length).toBeGreaterThan(0);
    expect(again.edges).toEqual(first.edges);
    expect(again.crowdPost).toEqual(first.crowdPost);
  });
});

describe('createAccountGraphBuilder', () => {
  it('equals buildAccountGraph window by window (posts given in any order), with and without the filter', () => {
    const sc = generateScenario({ scenario: 'medium', seed: 5, accounts: 300, days: 2 });
    const shuffled = [...sc.posts];
    shuffleInPlace(shuffled, createRng(9));
    const sorted = [...sc.posts].sort((x, y) => x.timeMs - y.timeMs || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const { windows } = windowPostsSync(sorted, { size: '24h', step: '6h' });
    for (const filter of [true, false]) {
      const build = createAccountGraphBuilder(shuffled, { maxLagMs: '60s', filter });
      let edges = 0;
      for (const w of windows) {
        const viaTable = build(w);
        const alone = buildAccountGraph(w, { maxLagMs: '60s', filter });
        expect(viaTable.status).toBe(alone.status);
        expect(viaTable.edges).toEqual(alone.edges);
        expect(viaTable.crowdPost).toEqual(alone.crowdPost);
        expect({ ...viaTable.diagnostics, elapsedMs: 0 }).toEqual({ ...alone.diagnostics, elapsedMs: 0 });
        edges += viaTable.edges.length;
      }
      expect(edges).toBeGreaterThan(0);
    }
  });

  it('gives the empty windows of a gap the same skipped result as buildAccountGraph (fixed and auto Δt)', () => {
    const sc = generateScenario({ scenario: 'medium', seed: 6, accounts: 200, days: 2 });
    const cut = sc.posts[0]!.timeMs + 86_400_000;
    // a three-day gap after the first day
    const posts = sc.posts.map((p) => (p.timeMs < cut ? p : { ...p, timeMs: p.timeMs + 3 * 86_400_000 }));
    const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
    const empty = windows.filter((w) => w.posts.length === 0);
    expect(empty.length).toBeGreaterThan(4);
    for (const maxLagMs of ['60s', 'auto'] as const) {
      const build = createAccountGraphBuilder(posts, { maxLagMs });
      for (const w of windows) {
        const viaTable = build(w);
        const alone = buildAccountGraph(w, { maxLagMs });
        expect(viaTable.status).toBe(alone.status);
        expect(viaTable.reason).toBe(alone.reason);
        expect(viaTable.maxLagMs).toBe(alone.maxLagMs);
        expect(viaTable.edges).toEqual(alone.edges);
        expect(viaTable.crowdPost).toEqual(alone.crowdPost);
        expect(viaTable.graph.order).toBe(alone.graph.order);
        expect({ ...viaTable.diagnostics, elapsedMs: 0 }).toEqual({ ...alone.diagnostics, elapsedMs: 0 });
      }
      for (const w of empty) expect(build(w)).toMatchObject({ status: 'skipped', reason: 'no-posts', diagnostics: { posts: 0, accounts: 0, hashtags: 0 } });
    }
  });
});
