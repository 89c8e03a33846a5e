import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest } from '../../src/ingest/index.js';
import type { DuplicatePolicy } from '../../src/ingest/index.js';

interface Rec { id: string; account: string; time: number; hashtags: string[] }

/**
 * Oracle: the duplicate rules written out naively. A post is held with the read count of its
 * first record; each new post releases the held ones that are `maxMergeDistance` records old;
 * a repeat merges into a held post with the same account and time, anything else is duplicate-id.
 */
function model(records: readonly Rec[], duplicates: DuplicatePolicy, maxMergeDistance: number, releaseBehindMs = Infinity): { posts: Array<[string, string[]]>; rejected: number[]; merged: number } {
  const state = new Map<string, { rec: Rec; tags: string[]; ordinal: number } | 'released'>();
  const held: Array<{ rec: Rec; tags: string[]; ordinal: number }> = [];
  const posts: Array<[string, string[]]> = [];
  const rejected: number[] = [];
  let merged = 0;
  records.forEach((rec, i) => {
    const known = state.get(rec.id);
    if (known !== undefined) {
      if (known !== 'released' && known.rec.account === rec.account && known.rec.time === rec.time) {
        for (const t of rec.hashtags) if (!known.tags.includes(t)) known.tags.push(t);
        merged++;
      } else rejected.push(i);
      return;
    }
    const tags = [...new Set(rec.hashtags)];
    if (duplicates === 'reject') {
      state.set(rec.id, 'released');
      posts.push([rec.id, tags]);
      return;
    }
    const entry = { rec, tags, ordinal: i };
    state.set(rec.id, entry);
    held.push(entry);
    // … or, with releaseBehindMs, the held ones more than that older than this record.
    while (held.length > 0 && (i - (held[0] as { ordinal: number }).ordinal >= maxMergeDistance || held[0]!.rec.time < rec.time - releaseBehindMs)) {
      const oldest = held.shift() as { rec: Rec; tags: string[] };
      state.set(oldest.rec.id, 'released');
      posts.push([oldest.rec.id, oldest.tags]);
    }
  });
  for (const e of held) posts.push([e.rec.id, e.tags]);
  return { posts, rejected, merged };
}

/** Records with ids from a small pool, so that repeats come at every distance. */
function records(seed: number, n: number, ids: number): Rec[] {
  let s = seed >>> 0;
  const next = (m: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % m;
  };
  return Array.from({ length: n }, (): Rec => {
    const id = next(ids);
    return { id: `p${id}`, account: `a${id % 7}${next(10) === 0 ? 'x' : ''}`, time: 1_704_067_200_000 + (next(12) === 0 ? 1000 : 0), hashtags: [`t${next(5)}`, `t${next(5)}`] };
  });
}

describe('ingest duplicates', () => {
  it('returns the posts, merges and duplicate-id rejections of the naive rules, in release order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.constantFrom(200, 3000),
        fc.constantFrom(50, 2500, 100_000),
        fc.constantFrom<DuplicatePolicy>('merge', 'reject'),
        fc.constantFrom(0, 1, 3, 40, 100_000),
        async (seed, n, ids, duplicates, maxMergeDistance) => {
          const input = records(seed, n, ids);
          const { posts, rejected, stats } = await ingest(input, { duplicates, maxMergeDistance });
          const expected = model(input, duplicates, maxMergeDistance);
          expect(posts.map((p) => [p.id, p.hashtags])).toEqual(expected.posts);
          expect(rejected.map((r) => r.index)).toEqual(expected.rejected);
          expect(rejected.every((r) => r.code === 'duplicate-id')).toBe(true);
          expect(stats.merged).toBe(expected.merged);
        },
      ),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it('with releaseBehindMs on time-ordered input: releases a post once the input has moved past it, merging as the naive rules say', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.constantFrom(50, 2500), fc.constantFrom(0, 500, 5000), async (seed, ids, releaseBehindMs) => {
        const input = records(seed, 600, ids)
          .map((r, i) => ({ ...r, time: r.time + Math.floor(i / 7) * 400 }))
          .sort((a, b) => a.time - b.time);
        const { posts, rejected, stats } = await ingest(input, { duplicates: 'merge', releaseBehindMs });
        const expected = model(input, 'merge', 100_000, releaseBehindMs);
        expect(posts.map((p) => [p.id, p.hashtags])).toEqual(expected.posts);
        expect(rejected.map((r) => r.index)).toEqual(expected.rejected);
        expect(stats.merged).toBe(expected.merged);
      }),
      { numRuns: 30, seed: 20261207 },
    );
  });

  it('validates releaseBehindMs', async () => {
    await expect(ingest([], { releaseBehindMs: -1 })).rejects.toThrow(/releaseBehindMs/);
  });
});
