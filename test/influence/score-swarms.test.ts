import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from 'hashtag-swarms';
import { scoreSwarms, scoreWindow } from 'hashtag-swarms/influence';
import { createRng, shuffleInPlace } from '../../src/_lib/rng.js';
import { handGraph, post, windowOf } from './helpers.js';

const S = 1000; // ms per second
/*
 * Fixture: Δt = 60 s, τ = 1 h, swarm S1 = {m1, m2, m3} on #camp.
 *   member posts: m1 1000 s, m2 1030 s, m3 1050 s (one burst, all coordinated), m1 5000 s, m2 9000 s (solo)
 *   new non-member adopters: o1 1100 s, u2 1200 s, u1 5100 s
 *   Q(o1) = [−2500 s, 1100 s) = {m1, m2, m3}        → ⅓ to each burst unit
 *   Q(u2) = [−2400 s, 1200 s) = {m1, m2, m3, o1}    → ¼ to each burst unit (o1 absorbs ¼)
 *   Q(u1) = [1500 s, 5100 s)  = {m1@5000}           → 1 to that solo unit
 *   Y_c = 1 + ¾ = 1.75, N_c = 3, Y_s = 1, N_s = 2, ȳ = 2.75/5 = 0.55
 *   b = 5: ((1.75 + 2.75)/8) / ((1 + 2.75)/7) = 0.5625 / 0.535714… = 1.05
 *   b = 0: (1.75/3) / (1/2) = 1.1666…
 */
const posts = [
  post('m1', 1000 * S, ['camp'], { followers: 10 }), post('m2', 1030 * S, ['camp'], { followers: 20 }),
  post('m3', 1050 * S, ['camp'], { followers: 30 }), post('m1', 5000 * S, ['camp']), post('m2', 9000 * S, ['camp']),
  post('o1', 1100 * S, ['camp'], { followers: 1000 }), post('u2', 1200 * S, ['camp'], { followers: 2000 }),
  post('u1', 5100 * S, ['camp'], { followers: 3000 }), post('m3', 20_000 * S, ['solo']),
];
// kept edges: m1–m2 2, m2–m3 1, m1–o1 1, o1–u1 3 (M = 7)
const graph = handGraph([['m1', 'm2', 2], ['m2', 'm3', 1], ['m1', 'o1', 1], ['o1', 'u1', 3]]);
const swarm = { id: 'S1', members: ['m3', 'm1', 'm2'] };
const score = (options = {}) => scoreSwarms(windowOf(posts), graph, [swarm], options)[0]!;

describe('scoreSwarms', () => {
  it('returns syncFraction, lags and burstiness of the member stream', () => {
    const g = score();
    expect(g.members).toEqual(['m1', 'm2', 'm3']);
    expect(g.groupHashtags).toBe(1); // #camp (5 member posts); #solo has 1 < 2
    expect(g.syncFraction).toBeCloseTo(3 / 5, 12);
    // internal pairs within 60 s: 30 s, 50 s, 20 s
    expect(g.medianLagMs).toBe(30 * S);
    expect(g.meanLagMs).toBeCloseTo((100 / 3) * S, 6);
    // gaps 30, 20, 3950, 4000 s: μ = 2000, σ² = (1970² + 1980² + 1950² + 2000²)/4 = 3 900 950
    const sigma = Math.sqrt(3_900_950);
    const r = sigma / 2000;
    expect(g.burstiness).toBeCloseTo((sigma - 2000) / (sigma + 2000), 9);
    // A_4 = (√5·r − √3)/((√5 − 2)·r + √3) ≈ 0.2423
    expect(g.burstinessKimJo).toBeCloseTo((Math.sqrt(5) * r - Math.sqrt(3)) / ((Math.sqrt(5) - 2) * r + Math.sqrt(3)), 9);
    expect(g.burstinessKimJo).toBeCloseTo(0.2423, 3);
  });

  it('returns cohesion on the kept edges', () => {
    const g = score();
    // |E(S)| = 2 of 3 pairs; w(S) = 3; vol(S) = 3 + 3 + 1 = 7; cut = 7 − 6 = 1; vol(V∖S) = 14 − 7 = 7
    expect(g.internalDensity).toBeCloseTo(2 / 3, 12);
    expect(g.internalWeightMean).toBeCloseTo(1, 12);
    expect(g.conductance).toBeCloseTo(1 / 7, 12);
    expect(g.modularityContribution).toBeCloseTo(3 / 7 - (7 / 14) ** 2, 12);
  });

  it('returns the group centralities', () => {
    const g = score();
    // V = {m1, m2, m3, o1, u1, u2}, |V| − |S| = 3; N(S)∖S = {o1}; d(o1) = 1, d(u1) = 2, d(u2) = ∞
    expect(g.groupDegreeCentrality).toBeCloseTo(1 / 3, 12);
    expect(g.groupHarmonicCloseness).toBeCloseTo((1 + 1 / 2) / 3, 12);
    // lead graph on #camp: o1 ← {m1, m2, m3}, u2 ← {m1, m2, m3, o1}; u1 (5100 s) has no leader → {o1, u2}
    expect(g.groupLeadReach).toBeCloseTo(2 / 3, 12);
  });

  it('returns share of voice, peak share and owned hashtags', () => {
    const g = score();
    // #camp: 5 member posts of 8
    expect(g.shareOfVoice).toEqual([expect.objectContaining({ hashtag: 'camp', posts: 8, memberPosts: 5, shareOfVoice: 5 / 8 })]);
    expect(g.hashtagCapture).toBeCloseTo(5 / 8, 12);
    expect(g.ownedHashtags).toEqual([]);
    expect(g.peakShareOfVoice).toBeNull(); // no 60-s bin holds 10 posts
    // with bins of ≥ 2 posts: [1000 s, 1060 s) holds m1, m2, m3 → 3/3
    const low = score({ peakMinPosts: 2, ownedShare: 0.6 });
    expect(low.peakShareOfVoice).toBe(1);
    expect(low.ownedHashtags).toEqual(['camp']);
  });

  it('returns swarmLift by hand, with low support and a bootstrap interval', () => {
    const g = score();
    expect(g).toMatchObject({ coordinatedPosts: 3, soloPosts: 2, externalAdoptions: 3, memberBursts: 3, swarmLiftLowSupport: true, swarmLiftReason: null });
    expect(g.coordinatedCredit).toBeCloseTo(1.75, 12);
    expect(g.soloCredit).toBeCloseTo(1, 12);
    expect(g.swarmLift).toBeCloseTo(1.05, 12);
    expect(g.swarmLiftLog2).toBeCloseTo(Math.log2(1.05), 12);
    expect(g.swarmLiftLower!).toBeLessThanOrEqual(g.swarmLiftUpper!);
    expect(score({ shrinkage: 0 }).swarmLift).toBeCloseTo(7 / 6, 12);
  });

  it('returns burstLift = 1 for one member whose shifted timeline keeps its own peak', () => {
    // one member, two posts 30 s apart: a circular shift splits them only when the wrap point falls
    // between them (probability 30 s / 1 day), so every replicate peak is 2 and burstLift = 2/2
    const one = [post('m1', 3600 * S, ['h']), post('m1', 3630 * S, ['h'])];
    const g = scoreSwarms(windowOf(one), handGraph([]), [{ id: 'A', members: ['m1'] }])[0]!;
    expect(g.burstLift).toBe(1);
    // every replicate equals the observed peak: z 0 (the spread is floored, not divided by 0)
    expect(g.burstZ).toBe(0);
  });

  it('bounds burstZ when every replicate gives the same peaks (issue #24 item 7: burstZ 5.6e14)', () => {
    // m1 posts #h twice 0.2 s apart, m2 once between them; m1 posts #g 4 times 50 ms apart. Δt = 1 s,
    // L = 1 day: a shift brings m2 back within 1 s of m1's pair with probability ≈ 3.5e-5, so all 199
    // replicates give peaks h 2, g 4 → V_r = (3·2 + 4·4)/7 = 22/7, while V_obs = (3·3 + 4·4)/7 = 25/7.
    // The sample sd of 199 copies of 22/7 is 0 up to rounding (it was ≈ 2e-15, and burstZ 1.4e14).
    // With the Monte Carlo resolution floor sd ≥ δ·√(p(1 − p)), δ = 3/7 (one more post in the peak of
    // the smallest hashtag), p = 1/200: burstZ = (3/7) / ((3/7)·√(0.005·0.995)) = 1/√0.004975 ≈ 14.18.
    const t = 3600 * S;
    const ps = [post('m1', t, ['h']), post('m1', t + 200, ['h']), post('m2', t + 100, ['h'])];
    for (let i = 0; i < 4; i++) ps.push(post('m1', 7200 * S + i * 50, ['g']));
    const g = scoreSwarms(windowOf(ps), handGraph([]), [{ id: 'A', members: ['m1', 'm2'] }], { maxLagMs: S })[0]!;
    expect(g.burstLift).toBeCloseTo((3 * 1.5 + 4 * 1) / 7, 12);
    expect(g.burstPValue).toBe(1 / 200);
    expect(g.burstZ).toBeCloseTo(1 / Math.sqrt(0.005 * 0.995), 9);
  });

  it('returns burstLift = 2 / (1 + P(|U₁ − U₂| < Δt)) for two simultaneous posts', () => {
    // L = 600 s, Δt = 60 s: shifted times are independent U[0, L); P(|U₁ − U₂| < 60) = 1 − (1 − 0.1)² = 0.19,
    // so mean peak = 1.19, sd = √(0.19·0.81) ≈ 0.392: burstLift = 2/1.19 ≈ 1.681, burstZ = 0.81/0.392 ≈ 2.07
    const two = [post('m1', 300 * S, ['h']), post('m2', 300 * S, ['h']), post('m1', 301 * S, ['g']), post('m2', 301 * S, ['g'])];
    const g = scoreSwarms(windowOf(two, 0, 600 * S), handGraph([]), [{ id: 'A', members: ['m1', 'm2'] }], { shiftReplicates: 4000, maxLagMs: 60 * S })[0]!;
    expect(g.burstLift!).toBeGreaterThan(1.62);
    expect(g.burstLift!).toBeLessThan(1.74);
    expect(g.burstZ!).toBeGreaterThan(1.9);
    expect(g.burstZ!).toBeLessThan(2.25);
  });

  it('returns concentration from adoption credit', () => {
    const g = score();
    // credit m1 = ⅓ + ¼ + 1 = 19/12, m2 = m3 = 7/12 (Σ 11/4) → σ = 19/33, 7/33, 7/33
    // effective = 1089/459, collectiveness = (1089/459 − 1)/2 = 315/459
    expect(g.contributionBasis).toBe('adoption-credit');
    expect(g.effectiveContributors).toBeCloseTo(1089 / 459, 12);
    expect(g.collectiveness).toBeCloseTo(315 / 459, 12);
    expect(g.topMemberShare).toBeCloseTo(19 / 33, 12);
  });

  it('returns follower bounds and no observed audience without links', () => {
    const g = score();
    expect(g).toMatchObject({ followerUnionLower: 30, followerUnionUpper: 60, followerCoverage: 3, audienceBestMember: null, audienceUnion: null, audienceRedundancy: null });
  });

  it('returns the observed audience union from repost/reply links', () => {
    const linked = [...posts, post('o1', 1300 * S, [], { repostOf: posts[0]!.id }), post('o1', 1301 * S, [], { replyTo: posts[1]!.id }),
      post('u1', 1302 * S, [], { repostOf: posts[1]!.id }), post('m2', 1303 * S, [], { repostOf: posts[0]!.id })];
    const g = scoreSwarms(windowOf(linked), graph, [swarm])[0]!;
    // A(m1) = {o1} (m2 is a member), A(m2) = {o1, u1}: best member 2, union 2, sum 3, redundancy 1 − 2/3
    expect(g).toMatchObject({ audienceBestMember: 2, audienceUnion: 2, audienceSum: 3 });
    expect(g.audienceRedundancy).toBeCloseTo(1 / 3, 12);
  });

  it('returns the strongest member and its metrics alone', () => {
    const g = score();
    // leadFollowers: m1 = 1 (m2) + ½ (m3) + ⅓ (o1) + ¼ (u2) = 2.083…, larger than m2 and m3
    expect(g.strongestMember!.account).toBe('m1');
    expect(g.strongestMember!.individual.leadFollowers).toBeCloseTo(1 + 1 / 2 + 1 / 3 + 1 / 4, 12);
    // m1 alone: 2 of the 8 #camp posts; lead out-neighbours outside the swarm {o1, u2} (m2, m3 are
    // members) of the same |V| − |S| = 6 − 3 outsiders the group is measured on
    expect(g.strongestMember!.alone.shareOfVoice).toBeCloseTo(2 / 8, 12);
    expect(g.strongestMember!.alone.groupLeadReach).toBeCloseTo(2 / 3, 12);
    expect(g.strongestMember!.alone.groupLeadReach!).toBeLessThanOrEqual(g.groupLeadReach!);
  });

  it('gives a verdict with one reason per criterion', () => {
    // swarmLift has low support (N_c = 3 < 5) → burstLift decides: 3 members within 50 s vs shifted timelines;
    // collectiveness 0.686 ≥ 0.5; median member followerReach 20 < window median (30 + 1000)/2 = 515
    const g = score();
    expect(g.burstLift!).toBeGreaterThan(2);
    expect(g.burstPValue!).toBeLessThanOrEqual(0.05);
    // reach: the group leads {o1, u2} (2/3), and so does its strongest member alone (each member's
    // burst post precedes both adoptions within τ): the group reaches no one its best member does not
    expect(g.reasons.map((r) => r.split(':')[0])).toEqual(['swarm-lift-unsupported', 'burst-lift-significant', 'collective', 'members-weak', 'reach-not-above-best-member']);
    expect(g.strongestMember!.alone.groupLeadReach).toBeCloseTo(g.groupLeadReach!, 12);
    expect(g.collectiveInfluencer).toBe(false);
    const strict = score({ collectivenessThreshold: 0.9 });
    expect(strict.collectiveInfluencer).toBe(false);
    expect(strict.reasons[2]).toMatch(/^not-collective/);
  });

  it('returns JSON-safe values (no NaN) and is independent of input order', () => {
    const a = scoreWindow(windowOf(posts), graph, [swarm]);
    const shuffled = [...posts];
    shuffleInPlace(shuffled, createRng(3));
    const b = scoreWindow({ index: 0, startMs: 0, endMs: 86_400_000, posts: shuffled }, graph, [{ id: 'S1', members: ['m2', 'm3', 'm1'] }]);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('sorts groups by size desc, then id, and reproduces results with the same seed', () => {
    const groups = [{ id: 'B', members: ['o1', 'u1'] }, { id: 'A', members: ['u2'] }, swarm];
    const r = scoreSwarms(windowOf(posts), graph, groups, { seed: 4 });
    expect(r.map((g) => g.swarmId)).toEqual(['S1', 'B', 'A']);
    expect(scoreSwarms(windowOf(posts), graph, groups, { seed: 4 })).toEqual(r);
  });

  it('returns nulls, not NaN, for a member set without H_S', () => {
    const g = scoreSwarms(windowOf(posts), graph, [{ id: 'U', members: ['u1'] }])[0]!;
    expect(g).toMatchObject({ groupHashtags: 0, syncFraction: null, swarmLift: null, swarmLiftReason: 'no-member-posts', burstLift: null, collectiveness: null, collectiveInfluencer: false });
  });

  it.each([
    [[{ id: 'S1', members: ['nobody'] }]],
    [[{ id: 'S1', members: ['m1', 'm1'] }]],
    [[{ id: 'S1', members: ['m1'] }, { id: 'S1', members: ['m2'] }]],
    [[{ id: '', members: ['m1'] }]],
    ['not-an-array'],
  ])('throws InvalidOptionsError for invalid swarms %j', (swarms) => {
    expect(() => scoreSwarms(windowOf(posts), graph, swarms as never)).toThrow(InvalidOptionsError);
  });

  it('throws InvalidOptionsError for an invalid option', () => {
    for (const [k, v] of [['shiftReplicates', -1], ['confidenceLevel', 1], ['shrinkage', -1], ['ownedShare', 0]] as const) {
      try { score({ [k]: v }); expect.unreachable(); } catch (e) {
        expect(e).toBeInstanceOf(InvalidOptionsError);
        expect((e as InvalidOptionsError).code).toBe('invalid-options');
        expect((e as InvalidOptionsError).option).toBe(k);
      }
    }
  });
});
