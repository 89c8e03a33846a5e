import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccountGraph } from '../../src/graph/index.js';
import type { Post } from '../../src/ingest/index.js';
import { post, windowOf } from './helpers.js';
import { referenceCrowd, referenceEdges } from './reference.js';

const arbPosts = fc
  .array(
    fc.record({
      account: fc.integer({ min: 0, max: 5 }),
      time: fc.integer({ min: 0, max: 40 }),
      tags: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 4 }),
      // Some posts reply to another post of the input (or to one outside it).
      reply: fc.option(fc.integer({ min: 0, max: 45 }), { freq: 3 }),
    }),
    { minLength: 0, maxLength: 40 },
  )
  .map((rows) => rows.map((r, i): Post => {
    const p = post(`p${i}`, `u${r.account}`, r.time * 1000, r.tags.map((t) => `h${t}`));
    return r.reply === null || r.reply === i ? p : { ...p, replyTo: `p${r.reply}` };
  }));

describe('enumerateClosePairs (through buildAccountGraph with filter: false)', () => {
  it('returns exactly the brute-force pairs, episodes (slots or bursts), leads and symmetry on random small inputs', () => {
    fc.assert(
      fc.property(arbPosts, fc.integer({ min: 0, max: 8 }), fc.constantFrom(2, 3, 1000), fc.constantFrom('slots', 'bursts') as fc.Arbitrary<'slots' | 'bursts'>, fc.boolean(), (posts, lagS, cap, episodes, capEpisodes) => {
        const lag = lagS * 1000 + (lagS === 0 ? 1 : 0);
        const result = buildAccountGraph(windowOf(posts, 0, 60_000), { maxLagMs: lag, filter: false, maxCrowdAccounts: cap, episodes, capEpisodes });
        const ref = referenceEdges(posts, lag, cap, episodes === 'slots' ? lag : Infinity, capEpisodes);
        expect(result.edges.length).toBe(ref.size);
        for (const e of result.edges) {
          const r = ref.get(`${e.source}\u0000${e.target}`);
          expect(r, `${e.source}-${e.target}`).toBeDefined();
          expect(e.coCount).toBe(r!.coCount);
          expect(e.episodes).toBe(r!.episodes);
          expect(e.sharedHashtags).toBe(r!.sharedHashtags);
          expect(e.leadSourceToTarget).toBe(r!.leadSourceToTarget);
          expect(e.leadTargetToSource).toBe(r!.leadTargetToSource);
          expect(e.meanLagMs).toBeCloseTo(r!.lagSum / r!.coCount, 9);
          expect(e.edgeSymmetry).toBeCloseTo(r!.edgeSymmetry, 12);
          expect(e.episodes).toBeLessThanOrEqual(e.coCount);
          expect(e.source < e.target).toBe(true);
        }
        const closePairs = [...ref.values()].reduce((s, e) => s + e.coCount, 0);
        if (result.status !== 'skipped' || result.reason !== 'no-pairs') expect(result.diagnostics.closePairs).toBe(closePairs);
      }),
      { numRuns: 300 },
    );
  });

  it('sums lags exactly with fractional times and with Δt beyond 2^24 ms (no float32 lag buffer then)', () => {
    const fractional = [post('a1', 'a', 1000.25, ['h']), post('b1', 'b', 1000.5, ['h']), post('a2', 'a', 5000, ['h']), post('b2', 'b', 5000.125, ['h'])];
    const e1 = buildAccountGraph(windowOf(fractional, 0, 60_000), { maxLagMs: 10, filter: false }).edges[0]!;
    expect(e1.coCount).toBe(2);
    expect(e1.meanLagMs).toBe((0.25 + 0.125) / 2);
    const far = 16_777_217; // 2^24 + 1: not a float32
    const wide = [post('a1', 'a', 0, ['h']), post('b1', 'b', far, ['h'])];
    const e2 = buildAccountGraph(windowOf(wide, 0, 4 * far), { maxLagMs: 2 * far, filter: false }).edges[0]!;
    expect(e2.meanLagMs).toBe(far);
    // Whole-millisecond times under 2^24 take the float32 buffer: still exact.
    const whole = [post('a1', 'a', 0, ['h']), post('b1', 'b', 16_777_215, ['h'])];
    const e3 = buildAccountGraph(windowOf(whole, 0, 4 * far), { maxLagMs: 16_777_216, filter: false }).edges[0]!;
    expect(e3.meanLagMs).toBe(16_777_215);
  });

  it('returns the brute-force crowd posts and per-hashtag crowd counts', () => {
    fc.assert(
      fc.property(arbPosts, fc.constantFrom(2, 3), (posts, cap) => {
        const lag = 5000;
        const result = buildAccountGraph(windowOf(posts, 0, 60_000), { maxLagMs: lag, filter: false, maxCrowdAccounts: cap });
        const { occ, crowd } = referenceCrowd(posts, lag, cap);
        const crowdPost = new Uint8Array(posts.length);
        const byTag = new Map<string, number>();
        occ.forEach((o, i) => {
          if (!crowd[i]) return;
          crowdPost[o.post] = 1;
          byTag.set(o.hashtag, (byTag.get(o.hashtag) ?? 0) + 1);
        });
        const accounts = new Set(posts.map((p) => p.account)).size;
        if (posts.length > 0 && accounts > 1) {
          expect(Array.from(result.crowdPost)).toEqual(Array.from(crowdPost));
          expect(result.diagnostics.crowdByHashtag.map((c) => [c.hashtag, c.posts]).sort()).toEqual([...byTag].sort());
          expect(result.diagnostics.crowdPosts).toBe(crowdPost.reduce((s, v) => s + v, 0));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns Σ_h C(U_h, 2) candidate pairs over non-crowd posts', () => {
    const posts = [
      post('1', 'a', 0, ['x', 'y']),
      post('2', 'b', 1000, ['x']),
      post('3', 'c', 500_000, ['x']),
      post('4', 'a', 2000, ['y']),
      post('5', 'b', 3000, ['y', 'z']),
    ];
    const result = buildAccountGraph(windowOf(posts), { filter: false });
    // x: {a, b, c} → 3; y: {a, b} → 1; z: {b} → 0.
    expect(result.diagnostics.candidatePairs).toBe(4);
    expect(result.diagnostics.testedEdges).toBe(1);
  });

  it('does not pair a post with a direct reply to it: a conversation is not evidence', () => {
    // a and b answer each other every 30 s on #x: every close pair of the two is a post and its
    // reply (posts two apart are the same account's).
    const talk = [0, 1, 2, 3, 4, 5].map((k) => ({ ...post(`t${k}`, k % 2 === 0 ? 'a' : 'b', k * 30_000, ['x']), ...(k > 0 ? { replyTo: `t${k - 1}` } : {}) }));
    expect(buildAccountGraph(windowOf(talk), { filter: false }).edges).toHaveLength(0);
    const plain = talk.map(({ replyTo: _r, ...p }) => p);
    expect(buildAccountGraph(windowOf(plain), { filter: false }).edges[0]!.coCount).toBe(5);
    // Two accounts replying to the same third post are still a pair.
    const both = [post('o', 'c', 0, ['x']), { ...post('r1', 'a', 10_000, ['x']), replyTo: 'o' }, { ...post('r2', 'b', 20_000, ['x']), replyTo: 'o' }];
    const ab = buildAccountGraph(windowOf(both), { filter: false }).edges.find((x) => x.source === 'a' && x.target === 'b');
    expect(ab?.coCount).toBe(1);
  });

  it('returns one episode for a repeat inside one burst and two for two bursts', () => {
    const oneBurst = [post('1', 'a', 0, ['x']), post('2', 'b', 10_000, ['x']), post('3', 'a', 20_000, ['x']), post('4', 'b', 30_000, ['x'])];
    const e1 = buildAccountGraph(windowOf(oneBurst), { filter: false }).edges[0]!;
    // 30 s inside one 60 s slot: one episode with slots too; whole bursts say the same.
    expect(buildAccountGraph(windowOf(oneBurst), { filter: false, episodes: 'bursts' }).edges[0]!.episodes).toBe(1);
    expect([e1.coCount, e1.episodes]).toEqual([4, 1]); // a0–b10, a0–b30, b10–a20, a20–b30
    const twoBursts = [post('1', 'a', 0, ['x']), post('2', 'b', 10_000, ['x']), post('3', 'a', 600_000, ['x']), post('4', 'b', 610_000, ['x'])];
    const e2 = buildAccountGraph(windowOf(twoBursts), { filter: false }).edges[0]!;
    expect([e2.coCount, e2.episodes, e2.sharedHashtags]).toEqual([2, 2, 1]);
  });
});
