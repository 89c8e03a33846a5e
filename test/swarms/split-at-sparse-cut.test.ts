/**
 * Splitting a swarm at a sparse cut: two cliques tied by two accounts (no cut vertex) are
 * proposed as two parts, one clique or a densely tied pair is not; the hashtag-mix overlap
 * against a brute-force total-variation oracle; and detectSwarms keeping apart two swarms on
 * different hashtags that a low Louvain resolution joins through two members.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSwarms } from '../../src/swarms/index.js';
import { hashtagOverlap, joinDenselyTied, splitAtSparseCut } from '../../src/swarms/split-at-sparse-cut.js';
import { SWARM_A, SWARM_B, clique, fixturePosts, fixtureWindow, graphOf, handGraph } from './fixtures.js';

const settings = { minSize: 3, resolution: 1, maxCutRatio: 0.2, seed: 1 };
const left = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
const right = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
const members = [...left, ...right].sort();
// Two bridges through different accounts: removing any one account leaves the rest connected.
const bridged = [...clique(left, 4), ...clique(right, 4), ['l1', 'r1', 4], ['l2', 'r2', 4]] as [string, string, number][];

describe('splitAtSparseCut', () => {
  it('proposes the two cliques of a community tied by two accounts, dropping no account', () => {
    const parts = splitAtSparseCut(graphOf(bridged), members, settings);
    expect(parts).toEqual([right, left]);
    expect(parts.flat().sort()).toEqual(members);
  });

  it('proposes nothing for one clique, for a dense tie, or below twice the minimum size', () => {
    expect(splitAtSparseCut(graphOf(clique(members, 4)), members, settings)).toEqual([]);
    // 2 ties of 42 possible pairs = 0.048 of the parts' density: sparse at 0.2, not at 0.04.
    expect(splitAtSparseCut(graphOf(bridged), members, { ...settings, maxCutRatio: 0.04 })).toEqual([]);
    expect(splitAtSparseCut(graphOf(bridged), members, { ...settings, minSize: 7 })).toEqual([]);
  });
});

describe('joinDenselyTied', () => {
  // A is one group cut in two halves tied on half of their pairs; B hangs on A by two edges.
  const a1 = ['a1', 'a2', 'a3', 'a4'];
  const a2 = ['a5', 'a6', 'a7', 'a8'];
  const b = ['b1', 'b2', 'b3', 'b4'];
  const halves = a1.flatMap((x, i) => a2.filter((_, j) => (i + j) % 2 === 0).map((y) => [x, y, 1] as [string, string, number]));
  const g = graphOf([...clique(a1, 1), ...clique(a2, 1), ...clique(b, 1), ...halves, ['a1', 'b1', 1], ['a5', 'b2', 1]]);

  it('joins the halves of one group (tie 0.5 of their density) and keeps the sparsely tied group apart', () => {
    expect(joinDenselyTied(g, [a1, a2, b], 0.2)).toEqual([[...a1, ...a2], b]);
    // At a bar above the halves' tie nothing is joined; below the A–B tie everything is.
    expect(joinDenselyTied(g, [a1, a2, b], 0.6)).toEqual([a1, a2, b]);
    expect(joinDenselyTied(g, [a1, a2, b], 0.01)).toEqual([[...a1, ...a2, ...b].sort()]);
  });

  it('joins a part with no inner edge to another, and leaves a single part alone', () => {
    expect(joinDenselyTied(g, [[...a1, ...a2, ...b]], 0.2)).toHaveLength(1);
    expect(joinDenselyTied(graphOf([...clique(b, 1), ['a1', 'b1', 1], ['a2', 'b2', 1], ['a1', 'a2', 1]]), [b, ['a1'], ['a2']], 0.2)).toHaveLength(1);
  });
});

describe('hashtagOverlap', () => {
  it('is 1 − the total-variation distance of the two hashtag mixes (brute force, fast-check)', () => {
    const tags = ['a', 'b', 'c', 'd', 'e'];
    const list = fc.uniqueArray(fc.record({ hashtag: fc.constantFrom(...tags), posts: fc.integer({ min: 1, max: 50 }) }), { selector: (h) => h.hashtag, minLength: 1 });
    fc.assert(fc.property(list, list, (x, y) => {
      const share = (l: typeof x, h: string): number => (l.find((e) => e.hashtag === h)?.posts ?? 0) / l.reduce((s, e) => s + e.posts, 0);
      const tv = tags.reduce((s, h) => s + Math.abs(share(x, h) - share(y, h)), 0) / 2;
      expect(hashtagOverlap([x, y])).toBeCloseTo(1 - tv, 12);
      expect(hashtagOverlap([y, x])).toBeCloseTo(hashtagOverlap([x, y]), 12);
    }));
  });

  it('is 1 for the same mix, 0 for disjoint hashtags, and the largest over every two lists', () => {
    const opa = [{ hashtag: 'opa', posts: 4 }, { hashtag: 'news', posts: 2 }];
    const music = [{ hashtag: 'music', posts: 9 }];
    expect(hashtagOverlap([opa, [{ hashtag: 'news', posts: 1 }, { hashtag: 'opa', posts: 2 }]])).toBeCloseTo(1, 12);
    expect(hashtagOverlap([opa, music])).toBe(0);
    expect(hashtagOverlap([opa, music, [{ hashtag: 'music', posts: 1 }, { hashtag: 'food', posts: 1 }]])).toBeCloseTo(0.5, 12);
    expect(hashtagOverlap([opa])).toBe(0);
  });
});

describe('detectSwarms with two swarms tied through two members', () => {
  const window = fixtureWindow();
  // a1 and a2 also co-post with b1 and b2: two ties, no cut account. A posts #opa, B #music.
  const edges = [...clique(SWARM_A, 6), ...clique(SWARM_B, 6), ['a1', 'b1', 6], ['a2', 'b2', 6]] as [string, string, number][];
  const swarmsOf = (options: object): string[][] =>
    detectSwarms(handGraph(window, edges), window, { grow: false, resolution: 0.05, ...options })
      .candidates.filter((c) => c.significance.isSwarm).map((c) => [...c.members]);

  it('are one swarm without the sparse-cut split (the cut-vertex split cannot see them), two with it', () => {
    const joined = swarmsOf({ splitAtSparseCut: false });
    expect(joined).toEqual([[...SWARM_A, ...SWARM_B].sort()]);
    expect(swarmsOf({})).toEqual([[...SWARM_B], [...SWARM_A]]);
  });

  it('stay one swarm when both groups post the same hashtags (pieces of one operation), or when no cut is sparse', () => {
    const sameTag = fixtureWindow(fixturePosts().map((p) => (SWARM_B.includes(p.account) ? { ...p, hashtags: ['opa'] } : p)));
    const run = detectSwarms(handGraph(sameTag, edges), sameTag, { grow: false, resolution: 0.05 });
    expect(run.candidates.filter((c) => c.significance.isSwarm).map((c) => [...c.members])).toEqual([[...SWARM_A, ...SWARM_B].sort()]);
    expect(swarmsOf({ sparseCutRatio: 0 })).toHaveLength(1);
  });
});
