import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SwarmGroupData } from '../../src/swarms/group-data.js';
import { createRng } from '../../src/_lib/rng.js';
import { createSyncKernel, medianInternalLag, type SyncCounts } from '../../src/swarms/sync-kernel.js';

interface P { member: number; time: number; tags: number[] }

function groupOf(posts: P[], tagCount: number): SwarmGroupData {
  const member: number[] = [];
  const occPost: number[] = [];
  const occTime: number[] = [];
  const runStarts = [0];
  for (let h = 0; h < tagCount; h++) {
    const on = posts.map((p, i) => ({ p, i })).filter(({ p }) => p.tags.includes(h)).sort((a, b) => a.p.time - b.p.time || a.i - b.i);
    for (const { p, i } of on) {
      member.push(p.member);
      occPost.push(i);
      occTime.push(p.time);
    }
    runStarts.push(member.length);
  }
  return {
    members: Int32Array.from({ length: 8 }, (_, i) => i),
    hashtags: Int32Array.from({ length: tagCount }, (_, i) => i),
    runStarts: Int32Array.from(runStarts),
    rows: Int32Array.from({ length: member.length }, (_, k) => k),
    member: Int32Array.from(member),
    volume: Int32Array.from({ length: tagCount }, (_, r) => runStarts[r + 1]! - runStarts[r]!),
    occPost: Int32Array.from(occPost),
    occTime: Float64Array.from(occTime),
    postGlobal: Int32Array.from(posts, (_, i) => i),
    posts: posts.length,
  };
}

function brute(posts: P[], tagCount: number, lag: number, others: number[][] = [], share = 2): { synced: number; ownedSynced: number; episodes: number; pairs: number; lags: number[] } {
  const isSynced = (p: P, h: number): boolean =>
    posts.some((q) => q !== p && q.member !== p.member && Math.abs(q.time - p.time) <= lag && q.tags.includes(h));
  const owned = new Set<P>();
  let synced = 0;
  let pairs = 0;
  const lags: number[] = [];
  posts.forEach((p, i) => {
    if (posts.some((q, j) => j !== i && q.member !== p.member && Math.abs(q.time - p.time) <= lag && q.tags.some((h) => p.tags.includes(h)))) synced++;
  });
  let episodes = 0;
  for (let h = 0; h < tagCount; h++) {
    const on = posts.filter((p) => p.tags.includes(h)).sort((a, b) => a.time - b.time);
    for (let i = 0; i < on.length; i++) for (let j = i + 1; j < on.length; j++) {
      if (on[i]!.member !== on[j]!.member && on[j]!.time - on[i]!.time <= lag) {
        pairs++;
        lags.push(on[j]!.time - on[i]!.time);
      }
    }
    let run: P[] = [];
    const close = (): void => {
      if (new Set(run.map((p) => p.member)).size >= 2) episodes++;
    };
    for (let i = 0; i < on.length; i++) {
      if (i > 0 && on[i]!.time - on[i - 1]!.time > lag) {
        close();
        run = [];
      }
      run.push(on[i]!);
    }
    close();
  }
  for (const p of posts) {
    if (!p.tags.some((h) => isSynced(p, h))) continue;
    let near = 0;
    let all = 0;
    for (const h of p.tags) {
      const m = posts.filter((q) => q.tags.includes(h) && Math.abs(q.time - p.time) <= lag).length;
      near += m;
      all += m + (others[h] ?? []).filter((t) => Math.abs(t - p.time) <= lag).length;
    }
    if (near >= share * all) owned.add(p);
  }
  return { synced, ownedSynced: owned.size, episodes, pairs, lags };
}

const postArb = fc.record({
  member: fc.integer({ min: 0, max: 7 }),
  time: fc.integer({ min: 0, max: 5000 }),
  tags: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
});

describe('createSyncKernel', () => {
  it('returns synced posts, episodes and matched pairs equal to the brute force', () => {
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (posts, lag) => {
        const data = groupOf(posts, 4);
        const got = createSyncKernel(data, lag, 5001, true).evaluate(data.occTime);
        const want = brute(posts, 4, lag);
        expect(got).toEqual({ synced: want.synced, ownedSynced: 0, episodes: want.episodes, pairs: want.pairs });
      }),
      { numRuns: 300 },
    );
  });

  it('returns owned synced posts equal to the brute force, for both background modes', () => {
    const othersArb = fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 30 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 60 }), fc.integer({ min: 0, max: 400 }), othersArb, fc.double({ min: 0.05, max: 1, noNaN: true }), (posts, lag, others, share) => {
        const data = groupOf(posts, 4);
        const sorted = others.map((o) => Float64Array.from(o).sort());
        const all = sorted.map((o, h) => Float64Array.from([...o, ...posts.filter((p) => p.tags.includes(h)).map((p) => p.time)]).sort());
        const kernel = createSyncKernel(data, lag, 5001, false, { others: sorted, all, share });
        const want = brute(posts, 4, lag, others, share);
        expect(kernel.evaluate(data.occTime).ownedSynced).toBe(want.ownedSynced);
        expect(kernel.evaluate(data.occTime, 'relabelled').ownedSynced).toBe(want.ownedSynced);
      }),
      { numRuns: 300 },
    );
  });

  it('measures each statistic as evaluate counts it, on time-shift and permutation replicates', () => {
    const othersArb = fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 30 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 80 }), fc.integer({ min: 0, max: 400 }), othersArb, fc.integer(), (posts, lag, others, seed) => {
        const data = groupOf(posts, 4);
        const sorted = others.map((o) => Float64Array.from(o).sort());
        const all = sorted.map((o, h) => Float64Array.from([...o, ...posts.filter((p) => p.tags.includes(h)).map((p) => p.time)]).sort());
        const kernel = createSyncKernel(data, lag, 5001, true, { others: sorted, all, share: 0.5 });
        const rng = createRng(seed);
        const n = data.occTime.length;
        const statistics = ['sync-fraction', 'owned-sync', 'matched-pairs'] as const;
        const fields = (c: SyncCounts): number[] => [c.synced, c.ownedSynced, c.pairs];
        // Time shift: each member's times moved by one offset, circularly.
        const offsets = Array.from({ length: 8 }, () => Math.floor(rng.next() * 5001));
        const shifted = Float64Array.from(data.occTime, (t, k) => (t + offsets[data.member[k]!]!) % 5001);
        const full = fields(kernel.evaluate(shifted));
        expect(statistics.map((s) => kernel.measure(shifted, 'fixed-others', s))).toEqual(full);
        // Permutation: the occurrences of each hashtag on distinct random slots of its posts.
        const slots = new Float64Array(n);
        const placed = new Float64Array(n);
        let offset = 0;
        for (let h = 0; h < 4; h++) {
          const free = Array.from(all[h]!, (_, i) => i);
          for (let k = data.runStarts[h]!; k < data.runStarts[h + 1]!; k++) {
            const slot = free.splice(rng.int(free.length), 1)[0]!;
            slots[k] = offset + slot;
            placed[k] = all[h]![slot]!;
          }
          offset += all[h]!.length;
        }
        const permuted = fields(kernel.evaluate(placed, 'relabelled'));
        expect(statistics.map((s) => kernel.measure(placed, 'relabelled', s, slots))).toEqual(permuted);
        expect(statistics.map((s) => kernel.measure(placed, 'relabelled', s))).toEqual(permuted);
        // Near counts given with the background (as the window index shares them): same measures.
        const near = all.map((times) => Int32Array.from(times, (t) => times.filter((u) => Math.abs(u - t) <= lag).length));
        const given = createSyncKernel(data, lag, 5001, true, { others: sorted, all, share: 0.5, near, nearLagMs: lag });
        expect(statistics.map((s) => given.measure(placed, 'relabelled', s, slots))).toEqual(permuted);
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same counts with the comparator fallback for very long windows', () => {
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 40 }), fc.integer({ min: 0, max: 400 }), (posts, lag) => {
        const data = groupOf(posts, 4);
        const fast = createSyncKernel(data, lag, 5001, true).evaluate(data.occTime);
        expect(createSyncKernel(data, lag, 2 ** 52, true).evaluate(data.occTime)).toEqual(fast);
      }),
      { numRuns: 100 },
    );
  });
});

describe('medianInternalLag', () => {
  it('returns the median lag of the brute-force matched pairs, or null', () => {
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 40 }), fc.integer({ min: 0, max: 400 }), (posts, lag) => {
        const { lags } = brute(posts, 4, lag);
        lags.sort((a, b) => a - b);
        const m = lags.length;
        const want = m === 0 ? null : m % 2 ? lags[m >> 1]! : (lags[m / 2 - 1]! + lags[m / 2]!) / 2;
        expect(medianInternalLag(groupOf(posts, 4), lag)).toBe(want);
      }),
      { numRuns: 200 },
    );
  });
});
