import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { createRng, shuffleInPlace } from '../../src/_lib/rng.js';
import { InvalidOptionsError } from '../../src/errors.js';
import { buildAccountGraph } from '../../src/graph/index.js';
import { DEFAULT_SWARM_OPTIONS, detectSwarms } from '../../src/swarms/index.js';
import type { SwarmCandidate } from '../../src/swarms/index.js';
import { CROWD, SWARM_A, SWARM_B, WEAK_MEMBER, fixtureEdges, fixturePosts, fixtureWindow, handGraph } from './fixtures.js';

const find = (cs: readonly SwarmCandidate[], account: string): SwarmCandidate | undefined => cs.find((c) => c.members.includes(account));

describe('detectSwarms', () => {
  const window = fixtureWindow();
  const result = detectSwarms(handGraph(window, fixtureEdges()), window);

  it('returns both planted swarms with isSwarm true', () => {
    expect(result.status).toBe('analyzed');
    const a = find(result.candidates, 'a1')!;
    const b = find(result.candidates, 'b1')!;
    expect(a.members).toEqual([...SWARM_A, WEAK_MEMBER]);
    expect(b.members).toEqual(SWARM_B);
    expect(a.significance.isSwarm).toBe(true);
    expect(b.significance.isSwarm).toBe(true);
    expect(a.significance.ownedHashtags).toBe(1);
    expect(b.significance.pPermutation).toBeLessThanOrEqual(0.05);
  });

  it('keeps the news crowd as a candidate with isSwarm false and a reason', () => {
    const crowd = find(result.candidates, 'n01')!;
    expect(crowd.members).toEqual(CROWD);
    expect(crowd.significance.isSwarm).toBe(false);
    expect(crowd.significance.reasons).toContain('time-shift-not-significant');
    expect(crowd.syncFraction).toBe(1);
    // With both nulls deciding, the permutation null's verdict is reported too.
    const both = find(detectSwarms(handGraph(window, fixtureEdges()), window, { groupNulls: 'both' }).candidates, 'n01')!;
    expect(both.significance.reasons).toContain('permutation-not-significant');
  });

  it("returns both swarms and no news crowd on the graph stage's default (rhythm-null) graph, with their pair evidence", () => {
    const r = detectSwarms(buildAccountGraph(window), window);
    const swarms = r.candidates.filter((c) => c.significance.isSwarm);
    expect(swarms.map((c) => c.members)).toContainEqual([...SWARM_A, WEAK_MEMBER]);
    expect(swarms.map((c) => c.members)).toContainEqual(SWARM_B);
    // The news crowd posts #news once per shock: its posts are lone posts of #news's two
    // stretches, so they make #news's profile and explain the crowd's co-posting.
    expect(swarms.some((c) => c.members.includes('n01'))).toBe(false);
    for (const c of swarms) {
      expect(c.significance.edges).toBeGreaterThanOrEqual(c.size - 1);
      expect(c.significance.episodes).toBeGreaterThan(c.significance.expectedEpisodes);
    }
  });

  it('returns both swarms and no crowd on the graph stage\'s profile-null graph', () => {
    const r = detectSwarms(buildAccountGraph(window, { null: 'profile' }), window);
    const swarms = r.candidates.filter((c) => c.significance.isSwarm).map((c) => c.members);
    expect(swarms).toEqual([[...SWARM_A, WEAK_MEMBER], SWARM_B]);
  });

  it('returns the same swarms with the sync-fraction statistic and a binned permutation null', () => {
    const r = detectSwarms(handGraph(window, fixtureEdges()), window, { statistic: 'sync-fraction', permutationBinMs: 3_600_000, groupNulls: 'both' });
    expect(find(r.candidates, 'a1')!.significance.isSwarm).toBe(true);
    expect(find(r.candidates, 'b1')!.significance.isSwarm).toBe(true);
    expect(find(r.candidates, 'n01')!.significance.isSwarm).toBe(false);
  });

  it('returns weak-synchrony for candidates below the effect-size floor', () => {
    const r = detectSwarms(handGraph(window, fixtureEdges()), window, { minStatistic: 1.01 });
    for (const c of r.candidates) {
      expect(c.significance.isSwarm).toBe(false);
      expect(c.significance.reasons).toContain('weak-synchrony');
    }
  });

  it('returns characteristic hashtags with share of voice', () => {
    const a = find(result.candidates, 'a1')!;
    expect(a.hashtags[0]).toEqual({ hashtag: 'opa', posts: 33, shareOfVoice: 1 });
    expect(a.hashtags[1]!.hashtag).toBe('news');
    expect(a.grownMembers).toEqual([WEAK_MEMBER]);
    expect(a.medianLagMs).toBeGreaterThan(0);
    expect(a.medianLagMs).toBeLessThanOrEqual(20_000);
  });

  it('returns valid Monte Carlo p-values (never 0) and keys in order', () => {
    for (const [n, c] of result.candidates.entries()) {
      expect(c.key).toBe(`w0-c${n}`);
      expect(c.significance.pTimeShift).toBeGreaterThanOrEqual(1 / 200);
      expect(c.significance.pPermutation).toBeGreaterThanOrEqual(1 / 200);
      expect(c.significance.pValue).toBeLessThanOrEqual(1);
    }
    const sizes = result.candidates.map((c) => c.size);
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
  });

  it('returns identical output for shuffled posts and edge order with the same seed', () => {
    const posts = [...fixturePosts()];
    shuffleInPlace(posts, createRng(9));
    const edges = fixtureEdges();
    shuffleInPlace(edges, createRng(4));
    const shuffled = fixtureWindow(posts);
    expect(detectSwarms(handGraph(shuffled, edges), shuffled)).toEqual(result);
  });

  it('returns modularity contributions that sum to graphology-metrics modularity', () => {
    for (const resolution of [1, 0.5]) {
      const r = detectSwarms(handGraph(window, fixtureEdges()), window, { resolution, grow: false });
      const graph = new Graph({ type: 'undirected' });
      const community = new Map<string, number>();
      r.candidates.forEach((c, i) => c.members.forEach((m) => community.set(m, i)));
      for (const [s, t, w] of fixtureEdges()) {
        for (const n of [s, t]) if (!graph.hasNode(n)) graph.addNode(n, { c: community.get(n) });
        graph.addEdge(s, t, { weight: w });
      }
      const expected = modularity(graph, { getNodeCommunity: 'c', getEdgeWeight: 'weight', resolution });
      const sum = r.candidates.reduce((acc, c) => acc + c.modularityContribution, 0);
      expect(sum).toBeCloseTo(expected, 10);
      expect(r.modularity).toBeCloseTo(expected, 10);
    }
  });

  it('returns cohesion of the planted cliques', () => {
    const b = find(result.candidates, 'b1')!;
    expect(b.internalDensity).toBe(1);
    // cut = the two bridges touching b1 and b2 (0.5 + 0.3) over vol(B) = 2·15·4 + 0.8.
    expect(b.conductance).toBeCloseTo(0.8 / 120.8, 12);
  });

  it('returns a typed skipped result for an empty window and for one account', () => {
    const empty = fixtureWindow([]);
    const skipped = detectSwarms({ ...handGraph(empty, []), status: 'skipped', reason: 'no-posts' }, empty);
    expect(skipped).toEqual({ windowIndex: 0, startMs: empty.startMs, endMs: empty.endMs, status: 'skipped', reason: 'no-posts', candidates: [], modularity: null });
    const one = fixtureWindow(fixturePosts().filter((p) => p.account === 'a1'));
    const r = detectSwarms({ ...handGraph(one, []), status: 'skipped', reason: 'one-account' }, one);
    expect(r.status).toBe('skipped');
    expect(r.reason).toBe('one-account');
  });

  it('returns no candidates for an analyzed graph without edges', () => {
    const r = detectSwarms(handGraph(window, []), window);
    expect(r.status).toBe('analyzed');
    expect(r.candidates).toEqual([]);
  });

  it('rejects the crowd and keeps the swarms under Šidák and without correction', () => {
    for (const correction of ['sidak', 'none'] as const) {
      const r = detectSwarms(handGraph(window, fixtureEdges()), window, { correction });
      expect(find(r.candidates, 'a1')!.significance.isSwarm).toBe(true);
      expect(find(r.candidates, 'b1')!.significance.isSwarm).toBe(true);
      expect(find(r.candidates, 'n01')!.significance.isSwarm).toBe(false);
    }
  });

  it('returns the internal matched pairs as statistic with matched-pairs', () => {
    const r = detectSwarms(handGraph(window, fixtureEdges()), window, { statistic: 'matched-pairs', grow: false });
    const b = find(r.candidates, 'b1')!;
    // Five bursts of six members within 30 s: C(6, 2) = 15 pairs each.
    expect(b.significance.statistic).toBe(75);
    expect(b.significance.isSwarm).toBe(true);
  });

  it('throws InvalidOptionsError with code invalid-options for every bad option', () => {
    const bad: Record<string, unknown[]> = {
      resolution: [0, -1, Number.NaN, '1'],
      minSwarmSize: [2, 3.5],
      replicates: [0, 1.5],
      stopAfterExceedances: [0],
      statistic: ['count', 'episodes'],
      permutationBinMs: [-1, Number.POSITIVE_INFINITY],
      burstShare: [0, 1.5],
      alpha: [0, 1.5],
      correction: ['bonferroni'],
      ownedShare: [0, 2],
      minRepeatedBursts: [-1],
      minStatistic: [-0.1],
      grow: ['yes'],
      growAlpha: [0],
      growMinSynced: [0],
      growRounds: [0, 1.5, 1001],
      maxHashtags: [-1],
      seed: [1.5],
      nonsense: [1],
    };
    for (const [option, values] of Object.entries(bad)) {
      for (const value of values) {
        const call = (): unknown => detectSwarms(handGraph(window, []), window, { [option]: value } as never);
        expect(call).toThrow(InvalidOptionsError);
        try {
          call();
        } catch (e) {
          expect((e as InvalidOptionsError).code).toBe('invalid-options');
          expect((e as InvalidOptionsError).option).toBe(option);
        }
      }
    }
    expect(() => detectSwarms(handGraph(window, []), window, null as never)).toThrow(InvalidOptionsError);
    expect(Object.isFrozen(DEFAULT_SWARM_OPTIONS)).toBe(true);
  });
});
