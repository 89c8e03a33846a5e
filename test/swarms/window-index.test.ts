import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/ingest/index.js';
import { buildWindowIndex, type WindowIndex } from '../../src/swarms/window-index.js';
import { createWindowTable } from '../../src/windows/index.js';

const postsArb = fc
  .array(
    fc.record({
      account: fc.constantFrom('b', 'a', 'Z', 'ä', 'a1'),
      timeMs: fc.integer({ min: 1000, max: 1060 }),
      // Duplicates inside a post are possible in hand-made posts: each counts once.
      hashtags: fc.array(fc.constantFrom('x', 'y', 'X', 'z'), { maxLength: 4 }),
      crowd: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((r, i) => ({ post: { id: `p${(i * 7) % 41}-${i}`, account: r.account, timeMs: r.timeMs, hashtags: r.hashtags } as Post, crowd: r.crowd })));

/** The index by definition: posts in (time, id) order, names in code-unit order. */
function brute(rows: { post: Post; crowd: boolean }[]): unknown {
  const byOrder = [...rows].sort((a, b) => a.post.timeMs - b.post.timeMs || (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0));
  const accounts = [...new Set(rows.map((r) => r.post.account))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hashtags = [...new Set(rows.flatMap((r) => r.post.hashtags))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const tagsOf = byOrder.map((r) => [...new Set(r.post.hashtags)].map((h) => hashtags.indexOf(h)));
  return {
    accounts,
    hashtags,
    relTime: byOrder.map((r) => r.post.timeMs - 1000),
    postAccount: byOrder.map((r) => accounts.indexOf(r.post.account)),
    crowd: byOrder.map((r) => (r.crowd ? 1 : 0)),
    postsByAccount: accounts.map((_, a) => byOrder.flatMap((r, k) => (r.post.account === accounts[a] ? [k] : []))),
    postsByHashtag: hashtags.map((_, h) => byOrder.flatMap((r, k) => (!r.crowd && tagsOf[k]!.includes(h) ? [k] : []))),
    hashtagsByPost: tagsOf,
    volumeByHashtag: hashtags.map((_, h) => tagsOf.filter((t) => t.includes(h)).length),
    volumeByAccount: accounts.map((a) => rows.filter((r) => r.post.account === a).length),
  };
}

function rowsOf(csr: { starts: Int32Array; items: Int32Array }): number[][] {
  return Array.from({ length: csr.starts.length - 1 }, (_, r) => Array.from(csr.items.subarray(csr.starts[r]!, csr.starts[r + 1]!)));
}

/** The index as plain arrays, in the shape of the brute-force definition. */
function snapshot(index: WindowIndex) {
  return {
    accounts: index.accounts,
    hashtags: index.hashtags,
    relTime: Array.from(index.relTime),
    postAccount: Array.from(index.postAccount),
    crowd: Array.from(index.crowd),
    postsByAccount: rowsOf(index.postsByAccount),
    postsByHashtag: rowsOf(index.postsByHashtag),
    hashtagsByPost: rowsOf(index.hashtagsByPost),
    volumeByHashtag: Array.from(index.volumeByHashtag),
    volumeByAccount: Array.from(index.volumeByAccount),
  };
}

describe('buildWindowIndex', () => {
  it('returns the index of the definition, whatever the order of the posts', () => {
    fc.assert(
      fc.property(postsArb, fc.boolean(), (rows, sortFirst) => {
        const input = sortFirst ? [...rows].sort((a, b) => a.post.timeMs - b.post.timeMs || (a.post.id < b.post.id ? -1 : 1)) : rows;
        const window = { index: 0, startMs: 1000, endMs: 1100, posts: input.map((r) => r.post) };
        const index = buildWindowIndex(window, Uint8Array.from(input, (r) => (r.crowd ? 1 : 0)));
        expect(snapshot(index)).toEqual(brute(rows));
        expect(index.accounts.map((a) => index.accountIdOf(a))).toEqual(index.accounts.map((_, i) => i));
        expect(Array.from(index.postsByHashtagTime)).toEqual(Array.from(index.postsByHashtag.items, (p) => index.relTime[p]));
        expect(Array.from(index.postsByHashtagAccount)).toEqual(Array.from(index.postsByHashtag.items, (p) => index.postAccount[p]));
        for (const lag of [0, 5, 0]) {
          for (let h = 0; h < index.hashtags.length; h++) {
            const times = Array.from(index.postsByHashtag.items.subarray(index.postsByHashtag.starts[h]!, index.postsByHashtag.starts[h + 1]!), (p) => index.relTime[p]!);
            expect(Array.from(index.nearCounts(h, lag))).toEqual(times.map((t) => times.filter((u) => Math.abs(u - t) <= lag).length));
          }
        }
        expect(index.accountIdOf('not an account')).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildWindowIndex across windows', () => {
  /** Sliding windows over the same post objects, as windowing yields them (sorted), one window shuffled when asked. */
  function slidingWindows(rows: { post: Post; crowd: boolean }[], shuffleAt: number): { rows: { post: Post; crowd: boolean }[]; startMs: number }[] {
    const sorted = [...rows].sort((a, b) => a.post.timeMs - b.post.timeMs || (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0));
    const out = [];
    for (let w = 0; w < 6; w++) {
      const startMs = 1000 + 10 * w;
      const inside = sorted.filter((r) => r.post.timeMs >= startMs && r.post.timeMs < startMs + 30);
      out.push({ rows: w === shuffleAt ? [...inside].reverse() : inside, startMs });
    }
    return out;
  }

  it('returns the index of the definition for every window, from a run\'s window table synced window by window', () => {
    fc.assert(
      fc.property(postsArb, postsArb, fc.integer({ min: -1, max: 5 }), fc.boolean(), (rows, others, shuffleAt, refill) => {
        // Another data set in between: nothing of it may leak into the next window.
        const sequence = [...slidingWindows(rows, shuffleAt), ...slidingWindows(others, -1), ...slidingWindows(rows, -1)];
        // `refill`: the caller reuses one array for every window.
        const buffer: Post[] = [];
        const table = createWindowTable();
        for (const [w, { rows: input, startMs }] of sequence.entries()) {
          const posts = refill ? buffer : [];
          posts.length = 0;
          posts.push(...input.map((r) => r.post));
          const window = { index: 0, startMs, endMs: startMs + 30, posts };
          // The run's table takes windows in (time, id) order; a shuffled window interns on its own.
          const view = w === shuffleAt && input.length > 1 ? undefined : table.sync(window);
          const index = buildWindowIndex(window, Uint8Array.from(input, (r) => (r.crowd ? 1 : 0)), view);
          const expected = brute(input.map((r) => ({ post: { ...r.post, timeMs: r.post.timeMs - startMs + 1000 }, crowd: r.crowd })));
          expect(snapshot(index)).toEqual(expected);
          // Names of other windows are known to the shared table, but not accounts of this one.
          const accounts = (expected as { accounts: string[] }).accounts;
          for (const r of [...rows, ...others]) expect(index.accountIdOf(r.post.account)).toBe(accounts.indexOf(r.post.account));
        }
      }),
      { numRuns: 150 },
    );
  });
});
