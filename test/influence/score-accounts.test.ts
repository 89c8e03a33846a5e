import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from 'hashtag-swarms';
import { DEFAULT_INFLUENCE_OPTIONS, scoreAccounts } from 'hashtag-swarms/influence';
import { createRng, shuffleInPlace } from '../../src/_lib/rng.js';
import { HOUR, MIN, handGraph, post, windowOf } from './helpers.js';

/*
 * Hand-made window (τ = 1 h, q = 0.1):
 *   #x first uses: a 0, b 5 min, c 20 min, d 3 h      #y: a 10 min, c 30 min
 *   e reposts a1, b replies to a1 (no hashtags).
 * Lead graph: #x b ← {a} (1); c ← {a, b} (½ each); d has no leader (3 h − 20 min > τ);
 *             #y c ← {a} (1).  ℓ_ab = 1, ℓ_ac = 1.5, ℓ_bc = 0.5.
 */
const posts = [
  post('a', 0, ['x'], { id: 'a1', likes: 10, reposts: 2, replies: 0, followers: 100 }),
  post('a', 10 * MIN, ['y'], { id: 'a2', likes: 3, followers: 150 }),
  post('b', 5 * MIN, ['x'], { id: 'b1' }),
  post('c', 20 * MIN, ['x'], { id: 'c1' }),
  post('c', 30 * MIN, ['y'], { id: 'c2' }),
  post('d', 3 * HOUR, ['x'], { id: 'd1' }),
  post('e', 25 * MIN, [], { id: 'e1', repostOf: 'a1' }),
  post('b', 26 * MIN, [], { id: 'b2', replyTo: 'a1' }),
];
// strengths: a = 2.5 + 1 = 3.5, b = 2.5 + 0.5 = 3, c = 1 + 0.5 = 1.5
const graph = handGraph([['a', 'b', 2.5], ['a', 'c', 1], ['b', 'c', 0.5]]);
const swarmOf = new Map([['a', 'S1'], ['b', 'S1']]);
const byAccount = (r: ReturnType<typeof scoreAccounts>) => new Map(r.accounts.map((x) => [x.account, x]));

describe('scoreAccounts', () => {
  it('returns activity counts, degree and strength on the kept edges', () => {
    const r = byAccount(scoreAccounts(windowOf(posts), graph));
    expect([...r.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(r.get('a')).toMatchObject({ postCount: 2, hashtagDegree: 2, degree: 2, strength: 3.5 });
    expect(r.get('b')).toMatchObject({ postCount: 2, hashtagDegree: 1, degree: 2, strength: 3 });
    expect(r.get('c')!.strength).toBe(1.5);
    expect(r.get('d')).toMatchObject({ degree: 0, strength: 0 });
  });

  it('returns leadFollowers and firstMoverShare from the lead graph', () => {
    const r = byAccount(scoreAccounts(windowOf(posts), graph));
    // a: ℓ_ab + ℓ_ac = 1 + 1.5; b: ℓ_bc = 0.5
    expect(r.get('a')!.leadFollowers).toBeCloseTo(2.5, 12);
    expect(r.get('b')!.leadFollowers).toBeCloseTo(0.5, 12);
    expect(r.get('c')!.leadFollowers).toBe(0);
    // cutoffs ⌈0.1·4⌉ = 1 on #x, ⌈0.1·2⌉ = 1 on #y: a is first on both → 2/2; e has no hashtag → null
    expect(r.get('a')!.firstMoverShare).toBe(1);
    expect(r.get('b')!.firstMoverShare).toBe(0);
    expect(r.get('e')!.firstMoverShare).toBeNull();
  });

  it('returns leadRank = PageRank on the reversed lead graph', () => {
    const r = scoreAccounts(windowOf(posts), graph);
    // Reversed edges b→a (1), c→a (1.5), c→b (0.5); dangling a, d, e; α = 0.85, n = 5.
    // With x_c = x_d = x_e = β: x_b = β(1 + 0.85·0.25) = 1.2125β,
    // x_a = β(1 + 0.85·(0.75 + 1.2125)) = 2.668125β, Σ = 6.880625β = 1.
    const m = byAccount(r);
    expect(r.leadRankStatus).toBe('converged');
    expect(m.get('a')!.leadRank).toBeCloseTo(2.668125 / 6.880625, 4);
    expect(m.get('b')!.leadRank).toBeCloseTo(1.2125 / 6.880625, 4);
    for (const k of ['c', 'd', 'e']) expect(m.get(k)!.leadRank).toBeCloseTo(1 / 6.880625, 4);
  });

  it.each(['typed-arrays', 'graphology'] as const)('retries PageRank (%s) with 10× the budget, then reports leadRank null with a reason', (leadRankEngine) => {
    const retry = scoreAccounts(windowOf(posts), graph, { leadRankEngine, pageRankMaxIterations: 2, pageRankTolerance: 1e-3 });
    expect(retry.leadRankStatus).toBe('converged-after-retry');
    expect(retry.accounts[0]!.leadRank).toBeCloseTo(2.668125 / 6.880625, 2);
    const failed = scoreAccounts(windowOf(posts), graph, { leadRankEngine, pageRankMaxIterations: 1, pageRankTolerance: 1e-15 });
    expect(failed.leadRankStatus).toBe('not-converged');
    expect(failed.leadRankReason).toMatch(/^pagerank-not-converged/);
    expect(failed.accounts.every((a) => a.leadRank === null)).toBe(true);
  });

  it('returns the same leadRank with the typed-array engine as with graphology-metrics pagerank', () => {
    // a larger random world: 40 accounts, 6 hashtags, 300 posts over 6 h
    const rng = createRng(12);
    const big = Array.from({ length: 300 }, () => post(`acc${rng.int(40)}`, rng.next() * 6 * HOUR, [`t${rng.int(6)}`]));
    const typed = scoreAccounts(windowOf(big), handGraph([]), { pageRankTolerance: 1e-10 });
    const oracle = scoreAccounts(windowOf(big), handGraph([]), { pageRankTolerance: 1e-10, leadRankEngine: 'graphology' });
    expect(typed.leadGraph.edges).toBeGreaterThan(100);
    expect(typed.leadRankStatus).toBe(oracle.leadRankStatus);
    typed.accounts.forEach((a, i) => expect(a.leadRank!).toBeCloseTo(oracle.accounts[i]!.leadRank!, 9));
  });

  it('returns engagement metrics, with swarm-mates excluded from externalEngagement', () => {
    const m = byAccount(scoreAccounts(windowOf(posts), graph, { swarmOf }));
    // a: e = 12 and 3; followerReach 150; rate 15/(2·150); h-index of [12, 3] = 2;
    // external: a1 has counts 12 minus 1 observed reply by swarm-mate b → 11, a2 → 3; total 14.
    expect(m.get('a')).toMatchObject({
      followerReach: 150, engagementTotal: 15, engagementRate: 0.05, hIndex: 2,
      externalEngagement: 14, externalEngagementBasis: 'counts', swarmId: 'S1',
    });
    // b has no counts: link basis, nobody engaged with b's posts → 0; count-based fields null
    expect(m.get('b')).toMatchObject({
      followerReach: null, engagementTotal: null, engagementRate: null, hIndex: null,
      externalEngagement: 0, externalEngagementBasis: 'links',
    });
    expect(m.get('c')!.swarmId).toBeNull();
  });

  it('counts every engager as external without a swarm, and distinct link engagers without counts', () => {
    expect(byAccount(scoreAccounts(windowOf(posts), graph)).get('a')!.externalEngagement).toBe(15);
    const noCounts = posts.map((p) => (p.id === 'a1' ? post('a', 0, ['x'], { id: 'a1' }) : p));
    const m = byAccount(scoreAccounts(windowOf(noCounts), graph, { swarmOf }));
    // a1: engagers e (external) and b (swarm-mate) → 1; a2 has counts 3 → basis mixed
    expect(m.get('a')).toMatchObject({ externalEngagement: 4, externalEngagementBasis: 'counts-and-links' });
  });

  it('returns null engagement fields when the window has neither counts nor links', () => {
    const plain = [post('a', 0, ['x']), post('b', MIN, ['x'])];
    const [a] = scoreAccounts(windowOf(plain), handGraph([])).accounts;
    expect(a).toMatchObject({ externalEngagement: null, externalEngagementBasis: null, hIndex: null, followerReach: null });
  });

  it('uses lookback posts to date adoptions', () => {
    // c used #x 10 min before the window: c is the first adopter, not a new one.
    // #x: a ← {c} (1); b ← {c, a} (½, ½); #y: c ← {a} (1). leadFollowers c = 1.5, a = 0.5 + 1.
    const lookbackPosts = [post('c', -10 * MIN, ['x'])];
    const m = byAccount(scoreAccounts(windowOf(posts), graph, { lookbackPosts }));
    expect(m.get('c')!.leadFollowers).toBeCloseTo(1.5, 12);
    expect(m.get('a')!.leadFollowers).toBeCloseTo(1.5, 12);
    expect(m.get('c')!.firstMoverShare).toBe(0.5); // first on #x, not on #y
  });

  it('caps the candidate leaders per adoption at maxLeaders (most recent kept)', () => {
    const many = [post('a', 0, ['x']), post('b', MIN, ['x']), post('c', 2 * MIN, ['x'])];
    const m = byAccount(scoreAccounts(windowOf(many), handGraph([]), { maxLeaders: 1 }));
    // c's candidates {a, b} capped to {b}
    expect(m.get('a')!.leadFollowers).toBe(1);
    expect(m.get('b')!.leadFollowers).toBe(1);
  });

  it('returns the same records whatever the input order', () => {
    const shuffled = [...posts];
    shuffleInPlace(shuffled, createRng(7));
    const w = { index: 0, startMs: 0, endMs: 86_400_000, posts: shuffled };
    expect(scoreAccounts(w, graph, { swarmOf })).toEqual(scoreAccounts(windowOf(posts), graph, { swarmOf }));
  });

  it('exports frozen defaults', () => {
    expect(Object.isFrozen(DEFAULT_INFLUENCE_OPTIONS)).toBe(true);
    expect(DEFAULT_INFLUENCE_OPTIONS).toMatchObject({ tauMs: 3_600_000, firstMoverQuantile: 0.1, maxLeaders: 50, shrinkage: 5, bootstrapResamples: 200, shiftReplicates: 199 });
  });

  it('ignores lookback posts that are not before the window', () => {
    const inside = [post('c', 10 * MIN, ['x'])];
    expect(scoreAccounts(windowOf(posts), graph, { lookbackPosts: inside })).toEqual(scoreAccounts(windowOf(posts), graph));
  });

  it('returns no records for an empty window', () => {
    const r = scoreAccounts(windowOf([]), handGraph([]));
    expect(r.accounts).toEqual([]);
    expect(r.leadRankStatus).toBe('converged');
  });

  it.each([
    ['tauMs', 0], ['firstMoverQuantile', 1.5], ['maxLeaders', 0.5], ['pageRankAlpha', 1], ['leadRankEngine', 'igraph'],
    ['bootstrapResamples', -1], ['seed', 'x'], ['lookbackPosts', 'nope'], ['swarmOf', {}], ['unknownOption', 1],
  ])('throws InvalidOptionsError for %s = %s', (option, value) => {
    const call = () => scoreAccounts(windowOf(posts), graph, { [option]: value } as never);
    expect(call).toThrow(InvalidOptionsError);
    try { call(); } catch (e) { expect((e as InvalidOptionsError).code).toBe('invalid-options'); expect((e as InvalidOptionsError).option).toBe(option); }
  });
});
