import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/ingest/index.js';
import { buildBackground, buildGroupData, type SwarmGroupData } from '../../src/swarms/group-data.js';
import { growthEvidence } from '../../src/swarms/grow-group.js';
import { countInRange } from '../../src/swarms/sorted-search.js';
import type { SyncBackground } from '../../src/swarms/sync-kernel.js';
import { buildWindowIndex, type WindowIndex } from '../../src/swarms/window-index.js';

const L = 2000;

/** Owned spans of tag r, as the growth definition takes them. */
function spansOf(data: SwarmGroupData, r: number, bg: SyncBackground, lag: number): number[] {
  const spans: number[] = [];
  let a = data.runStarts[r]!;
  let mixed = false;
  for (let k = a + 1; k <= data.runStarts[r + 1]!; k++) {
    if (k < data.runStarts[r + 1]! && data.occTime[k]! - data.occTime[k - 1]! <= lag) {
      if (data.member[k] !== data.member[k - 1]) mixed = true;
      continue;
    }
    if (mixed) {
      const lo = Math.max(0, data.occTime[a]! - lag);
      const hi = Math.min(L, data.occTime[k - 1]! + lag);
      if ((k - a) / (k - a + countInRange(bg.others[r]!, lo, hi)) >= bg.share) {
        const last = spans.length - 1;
        if (last > 0 && lo <= spans[last]!) spans[last] = Math.max(spans[last]!, hi);
        else spans.push(lo, hi);
      }
    }
    a = k;
    mixed = false;
  }
  return spans;
}

/** The reference: every post of H_S visited tag by tag; each post summed once, in the order its values left (0, 0). */
function reference(index: WindowIndex, data: SwarmGroupData, bg: SyncBackground, eligible: Uint8Array, lag: number) {
  const postSynced = new Uint8Array(index.relTime.length);
  const postLambda = new Float64Array(index.relTime.length);
  const touched: number[] = [];
  for (let r = 0; r < data.hashtags.length; r++) {
    const spans = spansOf(data, r, bg, lag);
    let covered = 0;
    for (let s = 0; s < spans.length; s += 2) covered += spans[s + 1]! - spans[s]!;
    const h = data.hashtags[r]!;
    for (let k = index.postsByHashtag.starts[h]!; k < index.postsByHashtag.starts[h + 1]!; k++) {
      const p = index.postsByHashtag.items[k]!;
      if (eligible[index.postAccount[p]!] !== 1) continue;
      const before = postLambda[p] === 0 && postSynced[p] === 0;
      const t = index.relTime[p]!;
      for (let s = 0; s < spans.length; s += 2) if (spans[s]! <= t && t <= spans[s + 1]!) postSynced[p] = 1;
      postLambda[p]! += covered / L;
      if (before && (postLambda[p] !== 0 || postSynced[p] !== 0)) touched.push(p);
    }
  }
  const synced = new Map<number, number>();
  const lambda = new Map<number, number>();
  // Active accounts: eligible, with a post on H_S (their sums may stay 0).
  for (let r = 0; r < data.hashtags.length; r++) {
    const h = data.hashtags[r]!;
    for (let k = index.postsByHashtag.starts[h]!; k < index.postsByHashtag.starts[h + 1]!; k++) {
      const a = index.postAccount[index.postsByHashtag.items[k]!]!;
      if (eligible[a] !== 1 || synced.has(a)) continue;
      synced.set(a, 0);
      lambda.set(a, 0);
    }
  }
  for (const p of touched) {
    const a = index.postAccount[p]!;
    synced.set(a, (synced.get(a) ?? 0) + postSynced[p]!);
    lambda.set(a, (lambda.get(a) ?? 0) + Math.min(1, postLambda[p]!));
  }
  const accounts = [...synced.keys()].sort((x, y) => x - y);
  return { accounts, synced: accounts.map((a) => synced.get(a)!), lambda: accounts.map((a) => lambda.get(a)!) };
}

// Few accounts, hashtags and close times, so that spans, shared posts and repeat touches are common.
const windowArb = fc.array(
  fc.record({
    account: fc.integer({ min: 0, max: 7 }),
    timeMs: fc.integer({ min: 0, max: L - 1 }),
    hashtags: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    crowd: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  }),
  { maxLength: 120 },
);

describe('growthEvidence', () => {
  it('counts a post once when it carries two of the swarm\'s hashtags, the first with no owned burst', () => {
    // Members u0/u1 burst on h1 at t≈1000; on h0 (visited first) they post far apart, so h0
    // has no owned burst. u9's post at 1000 carries h0 and h1: one post inside an owned span
    // → k = 1 (it used to be visited on both rows and counted twice).
    const posts: Post[] = [
      { id: 'd', account: 'u1', timeMs: 300, hashtags: ['h0'] },
      { id: 'a', account: 'u0', timeMs: 995, hashtags: ['h1'] },
      { id: 'b', account: 'u1', timeMs: 998, hashtags: ['h1'] },
      { id: 'x', account: 'u9', timeMs: 1000, hashtags: ['h0', 'h1'] },
      { id: 'c', account: 'u0', timeMs: 1500, hashtags: ['h0'] },
    ];
    const window = { index: 0, startMs: 0, endMs: L, posts };
    const index = buildWindowIndex(window, new Uint8Array(posts.length));
    const members = Int32Array.from(['u0', 'u1'].map((g) => index.accountIdOf(g))).sort();
    const data = buildGroupData(index, members, new Int32Array(index.accounts.length).fill(-1));
    expect(Array.from(data.hashtags, (t) => index.hashtags[t])).toEqual(['h0', 'h1']);
    const bg = buildBackground(index, data, 0.5);
    const eligible = Uint8Array.from(index.accounts, (_, a) => (members.includes(a) ? 0 : 1));
    const got = growthEvidence(index, data, bg, eligible, 20);
    const u9 = Array.from(got.accounts).indexOf(index.accountIdOf('u9'));
    expect(u9).toBeGreaterThanOrEqual(0);
    expect(got.synced[u9]).toBe(1);
    expect(got.lambda[u9]).toBeCloseTo(43 / L, 12); // span [995 − 20, 998 + 20]
  });

  it('returns the k_a and λ_a of the definition, bit for bit', () => {
    fc.assert(
      fc.property(windowArb, fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 0, max: 400 }), fc.double({ min: 0.05, max: 0.8, noNaN: true }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (rows, group, lag, share, ok) => {
        const posts: Post[] = rows.map((r, i) => ({ id: `p${i}`, account: `u${r.account}`, timeMs: r.timeMs, hashtags: r.hashtags.map((h) => `h${h}`) }));
        const order = posts.map((_, i) => i).sort((a, b) => posts[a]!.timeMs - posts[b]!.timeMs || (posts[a]!.id < posts[b]!.id ? -1 : 1));
        const window = { index: 0, startMs: 0, endMs: L, posts: order.map((i) => posts[i]!) };
        const index = buildWindowIndex(window, Uint8Array.from(order, (i) => (rows[i]!.crowd ? 1 : 0)));
        const members = Int32Array.from(group.map((g) => index.accountIdOf(`u${g}`)).filter((a) => a >= 0)).sort();
        const data = buildGroupData(index, members, new Int32Array(index.accounts.length).fill(-1));
        const bg = buildBackground(index, data, share);
        const eligible = Uint8Array.from(index.accounts, (_, a) => (ok[a % 8] && !members.includes(a) ? 1 : 0));
        const got = growthEvidence(index, data, bg, eligible, lag);
        expect({ accounts: Array.from(got.accounts), synced: Array.from(got.synced), lambda: Array.from(got.lambda) }).toEqual(reference(index, data, bg, eligible, lag));
      }),
      { numRuns: 500 },
    );
  });
});
