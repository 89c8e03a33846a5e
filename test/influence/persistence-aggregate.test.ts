import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from 'hashtag-swarms';
import { aggregateAccountScores, aggregateSwarmScores, createAccountAggregator, scoreWindow } from 'hashtag-swarms/influence';
import { scorePersistence } from 'hashtag-swarms/track';
import type { IndividualInfluence } from 'hashtag-swarms/influence';
import { handGraph, post, windowOf } from './helpers.js';

describe('scorePersistence', () => {
  it('returns lifetime, retention, stationarity and core members by hand', () => {
    // windows: {a,b,c}, {a,b,d}, —, {a,d}; consecutive matched Jaccards: 2/4, 2/3
    const p = scorePersistence([['a', 'b', 'c'], ['a', 'b', 'd'], [], ['a', 'd']]);
    expect(p.lifetime).toBe(3);
    expect(p.memberRetention).toEqual([0.5, 2 / 3]);
    expect(p.stationarity).toBeCloseTo(7 / 12, 12);
    expect(p.meanMemberRetention).toBeCloseTo(7 / 12, 12);
    // presence a 3, b 2, d 2, c 1 of 3; ρ = 0.5 needs ≥ 1.5
    expect(p.coreMembers).toEqual(['a', 'b', 'd']);
    expect(scorePersistence([['a', 'b', 'c'], ['a', 'b', 'd'], [], ['a', 'd']], { coreShare: 1 }).coreMembers).toEqual(['a']);
  });

  it('returns null stationarity for a one-window swarm and zeros for none', () => {
    expect(scorePersistence([['a', 'b', 'c']])).toEqual({ lifetime: 1, memberRetention: [], meanMemberRetention: null, stationarity: null, coreMembers: ['a', 'b', 'c'] });
    expect(scorePersistence([]).lifetime).toBe(0);
  });

  it('throws InvalidOptionsError for bad input or coreShare', () => {
    expect(() => scorePersistence('x' as never)).toThrow(InvalidOptionsError);
    expect(() => scorePersistence([['a']], { coreShare: 0 })).toThrow(InvalidOptionsError);
    expect(() => scorePersistence([['a']], { rho: 1 } as never)).toThrow(InvalidOptionsError);
  });
});

const rec = (account: string, over: Partial<IndividualInfluence>): IndividualInfluence => ({
  account, postCount: 1, hashtagDegree: 1, degree: 0, strength: 0, leadFollowers: 0, firstMoverShare: null, leadRank: null,
  followerReach: null, engagementTotal: null, engagementRate: null, externalEngagement: null, externalEngagementBasis: null,
  hIndex: null, swarmId: null, ...over,
});

describe('aggregateAccountScores', () => {
  it('sums counts, takes the max of reach and the mean of rates', () => {
    const [a, b] = aggregateAccountScores([
      [rec('b', { postCount: 1 }), rec('a', { postCount: 2, leadFollowers: 1.5, followerReach: 100, leadRank: 0.2, firstMoverShare: 1, engagementTotal: 4, hIndex: 2, swarmId: 'S1', engagementRate: 0.5 })],
      [rec('a', { postCount: 3, leadFollowers: 0.5, followerReach: 300, leadRank: 0.4, firstMoverShare: null, hIndex: 1, swarmId: 'S2', engagementRate: 0.1 })],
    ]);
    expect(a).toMatchObject({
      account: 'a', windows: 2, postCount: 5, leadFollowers: 2, followerReach: 300, firstMoverShare: 1,
      engagementTotal: 4, hIndex: 2, swarmId: 'S2', swarmIds: ['S1', 'S2'],
    });
    expect(a!.leadRank).toBeCloseTo(0.3, 12);
    expect(a!.engagementRate).toBeCloseTo(0.3, 12);
    expect(b).toMatchObject({ account: 'b', windows: 1, followerReach: null, leadRank: null, engagementRate: null, swarmId: null, swarmIds: [] });
  });
});

describe('aggregateSwarmScores', () => {
  it('returns mean, max and latest of each numeric group field per swarm id', () => {
    const posts = [post('a', 0, ['h']), post('b', 10_000, ['h']), post('a', 500_000, ['h']), post('b', 501_000, ['h'])];
    const w = windowOf(posts);
    const g1 = scoreWindow(w, handGraph([['a', 'b', 1]]), [{ id: 'S', members: ['a', 'b'] }]).swarms;
    const g2 = scoreWindow(w, handGraph([['a', 'b', 1]]), [{ id: 'S', members: ['a'] }]).swarms;
    const [agg] = aggregateSwarmScores([g1, g2]);
    expect(agg).toMatchObject({ swarmId: 'S', windows: 2, members: ['a', 'b'] });
    expect(agg!.fields.size).toEqual({ mean: 1.5, max: 2, latest: 1 });
    expect(agg!.fields.collectiveness).toEqual({ mean: g1[0]!.collectiveness, max: g1[0]!.collectiveness, latest: g1[0]!.collectiveness });
    expect(agg!.collectiveInfluencerWindows).toBe(Number(g1[0]!.collectiveInfluencer));
  });
});

describe('createAccountAggregator', () => {
  it('returns, after every window, the batch aggregate of the windows so far (memory O(accounts))', () => {
    const base = (account: string, w: number): IndividualInfluence => ({
      account, postCount: w + 1, hashtagDegree: (w * 3) % 5, degree: w % 2, strength: w * 0.5, leadFollowers: w / 3,
      firstMoverShare: w % 2 === 0 ? null : w / 10, leadRank: 0.1 * w, followerReach: w === 1 ? null : 100 * w,
      engagementTotal: w === 0 ? null : w, engagementRate: null, externalEngagement: w, externalEngagementBasis: null,
      hIndex: w === 2 ? 3 : null, swarmId: w === 1 ? 'S1' : w === 3 ? 'S2' : null,
    });
    const windows = [0, 1, 2, 3].map((w) => ['b', 'a', ...(w % 2 ? ['c'] : [])].map((a) => base(a, w)));
    const agg = createAccountAggregator();
    windows.forEach((w, i) => {
      agg.add(w);
      expect(agg.result()).toEqual(aggregateAccountScores(windows.slice(0, i + 1)));
    });
    const a = agg.result().find((r) => r.account === 'a')!;
    // postCount 1+2+3+4 = 10; firstMoverShare mean of 0.1 and 0.3 = 0.2; latest swarm S2; ids S1, S2
    expect(a.postCount).toBe(10);
    expect(a.firstMoverShare).toBeCloseTo(0.2, 12);
    expect(a.swarmId).toBe('S2');
    expect(a.swarmIds).toEqual(['S1', 'S2']);
  });

  it('matches a naive reference over 700 accounts and 30 windows (its buffer grows past 256 accounts)', () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const maybe = (x: number): number | null => (rnd() < 0.4 ? null : x);
    const windows: IndividualInfluence[][] = [];
    for (let w = 0; w < 30; w++) {
      const rows: IndividualInfluence[] = [];
      for (let k = 0; k < 700; k++) {
        if (rnd() < 0.5) continue;
        rows.push({
          account: `acc${(k * 7919) % 1000}`, postCount: 1 + Math.floor(rnd() * 5), hashtagDegree: Math.floor(rnd() * 4),
          degree: Math.floor(rnd() * 3), strength: rnd(), leadFollowers: rnd() * 2, firstMoverShare: maybe(rnd()), leadRank: maybe(rnd() / 100),
          followerReach: maybe(Math.floor(rnd() * 1000)), engagementTotal: maybe(rnd() * 10), engagementRate: maybe(rnd()),
          externalEngagement: maybe(rnd() * 3), externalEngagementBasis: null, hIndex: maybe(Math.floor(rnd() * 4)),
          swarmId: rnd() < 0.05 ? `S${Math.floor(rnd() * 3)}` : null,
        });
      }
      windows.push(rows);
    }
    // Reference: every window's values per account, folded the obvious way.
    const by = new Map<string, IndividualInfluence[]>();
    for (const w of windows) for (const r of w) by.set(r.account, [...(by.get(r.account) ?? []), r]);
    const nonNull = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
    const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
    const expected = [...by.keys()].sort().map((account) => {
      const rs = by.get(account)!;
      const col = (f: (r: IndividualInfluence) => number | null): (number | null)[] => rs.map(f);
      const total = (f: (r: IndividualInfluence) => number | null): number | null => (nonNull(col(f)).length > 0 ? sum(nonNull(col(f))) : null);
      const max = (f: (r: IndividualInfluence) => number | null): number | null => (nonNull(col(f)).length > 0 ? Math.max(...nonNull(col(f))) : null);
      const mean = (f: (r: IndividualInfluence) => number | null): number | null => (nonNull(col(f)).length > 0 ? sum(nonNull(col(f))) / nonNull(col(f)).length : null);
      const ids = rs.map((r) => r.swarmId).filter((x): x is string => x !== null);
      return {
        account, windows: rs.length, postCount: total((r) => r.postCount), leadFollowers: total((r) => r.leadFollowers),
        strength: total((r) => r.strength), engagementTotal: total((r) => r.engagementTotal), externalEngagement: total((r) => r.externalEngagement),
        hashtagDegree: max((r) => r.hashtagDegree), degree: max((r) => r.degree), followerReach: max((r) => r.followerReach), hIndex: max((r) => r.hIndex),
        firstMoverShare: mean((r) => r.firstMoverShare), leadRank: mean((r) => r.leadRank), engagementRate: mean((r) => r.engagementRate),
        swarmId: ids.length > 0 ? ids[ids.length - 1]! : null, swarmIds: [...new Set(ids)].sort(),
      };
    });
    expect(expected.length).toBeGreaterThan(256);
    expect(aggregateAccountScores(windows)).toEqual(expected);
  });
});
