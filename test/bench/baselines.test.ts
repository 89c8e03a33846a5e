import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Post } from '../../src/ingest/index.js';
import { toOccurrences } from '../../bench/lib/occurrences.js';
import { forEachClosePair } from '../../bench/baselines/sweep.js';
import { coortweet, coortweetWeights } from '../../bench/baselines/coortweet.js';
import { cnt, cntWeights } from '../../bench/baselines/cnt.js';
import { quantile7 } from '../../bench/baselines/quantile.js';

const post = (id: string, account: string, timeMs: number, hashtags: string[]): Post => ({ id, account, timeMs, hashtags });

/** Random small worlds: few accounts, hashtags and a short time span so that pairs are common. */
const worldArb = fc
  .array(fc.record({ a: fc.integer({ min: 0, max: 7 }), t: fc.integer({ min: 0, max: 120 }), h: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }) }), { maxLength: 60 })
  .map((rows) => rows.map((r, i) => post(`p${i}`, `u${r.a}`, r.t * 1000, r.h.map((h) => `h${h}`))));

/** CooRTweet's R code, literally: prefilter, Cartesian self-join per object, loops, participation. */
function bruteCoortweet(posts: readonly Post[], dtMs: number, minPart: number): Map<string, number> {
  const rows = posts.flatMap((p) => p.hashtags.map((h) => ({ object: h, account: p.account, content: p.id, t: p.timeMs })));
  const perAccount = new Map<string, number>();
  for (const r of rows) perAccount.set(r.account, (perAccount.get(r.account) ?? 0) + 1);
  const x = rows.filter((r) => perAccount.get(r.account)! >= minPart);
  let result: { c: string; cy: string; a: string; ay: string }[] = [];
  for (const object of new Set(x.map((r) => r.object))) {
    const g = x.filter((r) => r.object === object);
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (Math.abs(g[i]!.t - g[j]!.t) <= dtMs) result.push({ c: g[i]!.content, cy: g[j]!.content, a: g[i]!.account, ay: g[j]!.account });
      }
    }
  }
  result = result.filter((r) => r.c !== r.cy && r.a !== r.ay);
  const contents = new Set(result.flatMap((r) => [r.c, r.cy]));
  const filt = new Map<string, string[]>();
  for (const r of x) if (contents.has(r.content)) filt.set(r.account, [...(filt.get(r.account) ?? []), r.content]);
  const keptContents = new Set([...filt.values()].filter((l) => l.length >= minPart).flat());
  result = result.filter((r) => keptContents.has(r.c) || keptContents.has(r.cy));
  const weights = new Map<string, number>();
  for (const r of result) {
    const key = [r.a, r.ay].sort().join('|');
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  return weights;
}

/** CNT's SQL, literally: count(distinct message of A) with a message of B on a shared hashtag within ±Δt. */
function bruteCnt(posts: readonly Post[], dtMs: number): Map<string, number> {
  const weights = new Map<string, number>();
  const accounts = [...new Set(posts.map((p) => p.account))];
  for (const p of posts) {
    for (const b of accounts) {
      if (b === p.account) continue;
      const match = posts.some((q) => q.account === b && Math.abs(q.timeMs - p.timeMs) <= dtMs && q.hashtags.some((h) => p.hashtags.includes(h)));
      if (match) weights.set(`${p.account}>${b}`, (weights.get(`${p.account}>${b}`) ?? 0) + 1);
    }
  }
  return weights;
}

describe('forEachClosePair', () => {
  it('returns exactly the row pairs of one hashtag at most Δt apart', () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 0, max: 30 }), (posts, dtS) => {
        const occ = toOccurrences(posts);
        let brute = 0;
        for (let i = 0; i < occ.rows; i++) for (let j = i + 1; j < occ.rows; j++) if (occ.hashtag[i] === occ.hashtag[j] && Math.abs(occ.timeMs[i]! - occ.timeMs[j]!) <= dtS * 1000) brute++;
        expect(forEachClosePair(occ, dtS * 1000, null, () => undefined)).toBe(brute);
      }),
      { numRuns: 200 },
    );
  });
});

describe('coortweetWeights', () => {
  it('returns the edge weights of the literal Cartesian-join CooRTweet algorithm', () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 3 }), (posts, dtS, minPart) => {
        const occ = toOccurrences(posts);
        const got = new Map(coortweetWeights(occ, dtS * 1000, minPart).edges.map((e) => [[occ.accountNames[e.a], occ.accountNames[e.b]].sort().join('|'), e.weight]));
        expect(got).toEqual(bruteCoortweet(posts, dtS * 1000, minPart));
      }),
      { numRuns: 200 },
    );
  });
});

describe('coortweet', () => {
  it('returns the repeating trio and drops weight-2 pairs at the median', () => {
    const posts: Post[] = [];
    for (let k = 0; k < 4; k++) ['a', 'b', 'c'].forEach((acc, i) => posts.push(post(`${acc}${k}`, acc, k * 100_000 + i * 3000, ['x'])));
    // Four pairs that co-post once on two hashtags: weight 2, participation 2.
    ['ef', 'gh', 'ij', 'kl'].forEach((pair, k) => {
      posts.push(post(`${pair}1`, pair[0]!, 10_000_000 + k * 100_000, ['y', 'z']));
      posts.push(post(`${pair}2`, pair[1]!, 10_000_000 + k * 100_000 + 2000, ['y', 'z']));
    });
    const r = coortweet(toOccurrences(posts), { maxLagMs: 10_000 });
    expect(r.threshold).toBe(2);
    expect(r.keptEdges.map((e) => e.weight)).toEqual([4, 4, 4]);
    expect(r.groups.map((g) => g.members)).toEqual([['a', 'b', 'c']]);
  });

  it('returns no group when every weight equals the median (strict >)', () => {
    const posts = ['a', 'b', 'c'].flatMap((acc, i) => [post(`${acc}1`, acc, i * 1000, ['x']), post(`${acc}2`, acc, 500_000 + i * 1000, ['x'])]);
    expect(coortweet(toOccurrences(posts), { maxLagMs: 10_000 }).groups).toEqual([]);
  });
});

describe('cntWeights', () => {
  it('returns the directed distinct-post weights of the toolkit query', () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 0, max: 30 }), (posts, dtS) => {
        const occ = toOccurrences(posts);
        const got = new Map(cntWeights(occ, dtS * 1000).map((e) => [`${occ.accountNames[e.from]}>${occ.accountNames[e.to]}`, e.weight]));
        expect(got).toEqual(bruteCnt(posts, dtS * 1000));
      }),
      { numRuns: 150 },
    );
  });
});

describe('cnt', () => {
  it('returns a connected component of accounts joined by weight ≥ 2 edges', () => {
    const posts = [0, 1].flatMap((k) => ['a', 'b', 'c'].map((acc, i) => post(`${acc}${k}`, acc, k * 1_000_000 + i * 20_000, ['x'])));
    posts.push(post('d0', 'd', 5_000_000, ['x']));
    expect(cnt(toOccurrences(posts), { maxLagMs: 60_000 }).groups.map((g) => g.members)).toEqual([['a', 'b', 'c']]);
  });
});

describe('quantile7', () => {
  it('returns R type-7 quantiles', () => {
    expect(quantile7([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile7([9, 1, 5, 2, 1], 0.5)).toBe(2);
    expect(quantile7([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
    expect(quantile7([], 0.5)).toBeNaN();
  });
});
