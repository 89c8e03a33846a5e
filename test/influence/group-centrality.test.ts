import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSwarms } from 'hashtag-swarms/influence';
import type { Post } from 'hashtag-swarms';
import { MIN, handGraph, post, windowOf } from './helpers.js';

const TAU = 60 * MIN;

/** All-pairs hop distances by Floyd–Warshall (brute force). */
function allPairs(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const [a, b] of edges) if (a !== b) { d[a]![b] = 1; d[b]![a] = 1; }
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (d[i]![k]! + d[k]![j]! < d[i]![j]!) d[i]![j] = d[i]![k]! + d[k]![j]!;
  }
  return d;
}

/** Lead edges i → j by definition: first uses with 0 < α_j − α_i ≤ τ (no cap). */
function bruteLeadEdges(posts: readonly Post[]): Set<string> {
  const first = new Map<string, Map<string, number>>();
  for (const p of posts) for (const h of p.hashtags) {
    const m = first.get(h) ?? new Map<string, number>();
    m.set(p.account, Math.min(m.get(p.account) ?? Infinity, p.timeMs));
    first.set(h, m);
  }
  const edges = new Set<string>();
  for (const m of first.values()) for (const [i, ai] of m) for (const [j, aj] of m) {
    if (aj - ai > 0 && aj - ai <= TAU) edges.add(`${i}>${j}`);
  }
  return edges;
}

const world = fc.record({
  n: fc.integer({ min: 2, max: 9 }),
  uses: fc.array(fc.tuple(fc.nat(8), fc.nat(3), fc.nat(240)), { maxLength: 30 }),
  edges: fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 20 }),
  members: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
});

describe('scoreSwarms group centralities', () => {
  it('match brute force (all-pairs BFS, lead edges by definition) on random small graphs', () => {
    fc.assert(fc.property(world, ({ n, uses, edges, members }) => {
      const name = (i: number) => `a${i}`;
      const posts: Post[] = [];
      for (let i = 0; i < n; i++) posts.push(post(name(i), 1000 * MIN + i, [`own${i}`]));
      for (const [a, h, t] of uses) if (a < n) posts.push(post(name(a), t * MIN, [`h${h}`]));
      const e = edges.filter(([a, b]) => a < n && b < n && a !== b);
      const unique = [...new Map(e.map(([a, b]) => [a < b ? `${a}-${b}` : `${b}-${a}`, [Math.min(a, b), Math.max(a, b)] as const])).values()];
      const graph = handGraph(unique.map(([a, b]) => [name(a), name(b), 1] as const));
      const S = Array.from({ length: n }, (_, i) => i).filter((i) => members[i]);
      if (S.length === 0) S.push(0);
      const [g] = scoreSwarms(windowOf(posts), graph, [{ id: 'S', members: S.map(name) }], { maxLeaders: 1000, shiftReplicates: 0, bootstrapResamples: 0 });
      const outside = n - S.length;
      if (outside === 0) {
        expect(g!.groupDegreeCentrality).toBeNull();
        return;
      }
      const d = allPairs(n, unique);
      const inS = new Set(S);
      let adjacent = 0;
      let harmonic = 0;
      for (let v = 0; v < n; v++) {
        if (inS.has(v)) continue;
        const dv = Math.min(...S.map((u) => d[u]![v]!));
        if (dv === 1) adjacent++;
        if (dv < Infinity) harmonic += 1 / dv;
      }
      const lead = bruteLeadEdges(posts);
      let reached = 0;
      for (let v = 0; v < n; v++) if (!inS.has(v) && S.some((u) => lead.has(`${name(u)}>${name(v)}`))) reached++;
      expect(g!.groupDegreeCentrality).toBeCloseTo(adjacent / outside, 12);
      expect(g!.groupHarmonicCloseness).toBeCloseTo(harmonic / outside, 12);
      expect(g!.groupLeadReach).toBeCloseTo(reached / outside, 12);
    }), { numRuns: 150, seed: 42 });
  });
});

describe('scoreAccounts lead graph', () => {
  it('matches leadFollowers computed by definition on random small worlds', async () => {
    const { scoreAccounts } = await import('hashtag-swarms/influence');
    fc.assert(fc.property(world, ({ n, uses }) => {
      const posts: Post[] = [];
      for (let i = 0; i < n; i++) posts.push(post(`a${i}`, 1000 * MIN + i, [`own${i}`]));
      for (const [a, h, t] of uses) if (a < n) posts.push(post(`a${a}`, t * MIN, [`h${h}`]));
      // brute force: for every adoption (j, h), credit 1/|C| to each i with 0 < α_j − α_i ≤ τ
      const first = new Map<string, Map<string, number>>();
      for (const p of posts) for (const h of p.hashtags) {
        const m = first.get(h) ?? new Map<string, number>();
        m.set(p.account, Math.min(m.get(p.account) ?? Infinity, p.timeMs));
        first.set(h, m);
      }
      const expected = new Map<string, number>();
      for (const m of first.values()) for (const [, aj] of m) {
        const leaders = [...m].filter(([, ai]) => aj - ai > 0 && aj - ai <= TAU);
        for (const [i] of leaders) expected.set(i, (expected.get(i) ?? 0) + 1 / leaders.length);
      }
      const { accounts } = scoreAccounts(windowOf(posts), handGraph([]), { maxLeaders: 1000 });
      for (const r of accounts) expect(r.leadFollowers).toBeCloseTo(expected.get(r.account) ?? 0, 10);
    }), { numRuns: 150, seed: 7 });
  });
});
