import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, analyzeStream, toJSON } from 'hashtag-swarms';
import type { AnalyzeOptions, Post } from 'hashtag-swarms';
import { windowPostsSync } from 'hashtag-swarms/windows';
import type { Window } from 'hashtag-swarms/windows';
import { createWindowTable, NameIds } from '../../src/windows/index.js';
import { fixturePosts } from '../pipeline/analyze-fixture.js';

const HOUR = 3_600_000;
/** Windows of 4 h every hour: each post lies in four windows (few replicates: the test counts lookups). */
const SLIDING: AnalyzeOptions = { window: '4h', step: '1h', seed: 1, workers: 0, swarms: { replicates: 9 } };

/** A hand-made day: two swarms and a crowd, 950 posts. */
function world(): Post[] {
  return fixturePosts().map((p) => ({ id: p.id, account: p.account, timeMs: Date.parse(p.time), hashtags: [...p.hashtags], followers: p.followers }));
}

/** Interner calls a run must make: one per post for its account, one per hashtag it lists. */
function namesOf(posts: readonly Post[]): number {
  let n = 0;
  for (const p of posts) n += 1 + p.hashtags.length;
  return n;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the run\'s window table', () => {
  it('is the only interner of a buffered run: each post looked up once, whatever the overlapping windows', async () => {
    const posts = world();
    const id = vi.spyOn(NameIds.prototype, 'id');
    const report = await analyze(posts, SLIDING);
    expect(report.windows.length).toBeGreaterThan(20);
    expect(id.mock.calls.length).toBe(namesOf(posts));
  });

  it('is the only interner of a streamed run, and gives the buffered run\'s report', async () => {
    const posts = world().sort((a, b) => a.timeMs - b.timeMs);
    const buffered = toJSON(await analyze(posts, SLIDING));
    const id = vi.spyOn(NameIds.prototype, 'id');
    const stream = analyzeStream(posts, { ...SLIDING, order: 'time' });
    let step = await stream.next();
    while (step.done !== true) step = await stream.next();
    expect(id.mock.calls.length).toBe(namesOf(posts));
    const { options: _a, ...streamed } = JSON.parse(toJSON(step.value)) as Record<string, unknown>;
    const { options: _b, ...all } = JSON.parse(buffered) as Record<string, unknown>;
    expect(streamed).toEqual(all);
  });

  it('holds one window\'s rows when synced window by window, with each window\'s posts as rows', () => {
    const posts = world().sort((a, b) => a.timeMs - b.timeMs || (a.id < b.id ? -1 : 1));
    const { windows } = windowPostsSync(posts, { size: '4h', step: '1h' });
    const table = createWindowTable();
    const held = new Set<Post>();
    for (const w of windows) {
      const view = table.sync(w);
      for (const p of w.posts) held.add(p);
      expect(view.hi - view.lo).toBe(w.posts.length);
      expect(table.rows).toBe(w.posts.length);
      for (let j = 0; j < w.posts.length; j += 7) {
        const r = view.lo + j;
        expect(table.post(r)).toBe(w.posts[j]);
        expect(table.accounts.names[table.account[r]!]).toBe(w.posts[j]!.account);
        expect(Array.from(table.tag.subarray(table.tagStart[r]!, table.tagStart[r + 1]!), (h) => table.hashtags.names[h]))
          .toEqual(w.posts[j]!.hashtags);
      }
    }
    expect(table.internedPosts).toBe(held.size);
  });

  it('forgets names no held row uses on a long stream, and interns a late post\'s rows again', () => {
    const table = createWindowTable();
    const post = (i: number, t: number): Post => ({ id: `p${i}`, account: `a${i}`, timeMs: t, hashtags: [`h${i}`] });
    for (let k = 0; k < 3000; k++) {
      const w: Window = { index: k, startMs: k * HOUR, endMs: (k + 2) * HOUR, posts: [post(2 * k, k * HOUR), post(2 * k + 1, k * HOUR + 1)] };
      table.sync(w);
    }
    expect(table.accounts.size).toBeLessThan(4200);
    // A window whose posts are not the held rows in order (a late post in the middle).
    const a = post(1, 0);
    const b = post(2, 10);
    const c = post(3, 20);
    const t2 = createWindowTable();
    t2.sync({ index: 0, startMs: 0, endMs: 100, posts: [a, c] });
    const view = t2.sync({ index: 1, startMs: 0, endMs: 100, posts: [a, b, c] });
    expect(Array.from({ length: view.hi - view.lo }, (_, j) => t2.post(view.lo + j))).toEqual([a, b, c]);
    expect(Array.from(t2.time.subarray(view.lo, view.hi))).toEqual([0, 10, 20]);
  });
});
