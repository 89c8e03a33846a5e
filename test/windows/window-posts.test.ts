import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import type { Post } from '../../src/ingest/index.js';
import { windowPosts, windowPostsSync, type Window } from '../../src/windows/index.js';
import { collect, post } from './helpers.js';

const H = 3_600_000;
const ids = (w: Window): string[] => w.posts.map((p) => p.id);

describe('windowPostsSync', () => {
  it('returns tumbling windows [start, end) with posts sorted by (timeMs, id)', () => {
    const posts = [post('c', 2 * H), post('b', 0.5 * H), post('a', 0.5 * H), post('d', H - 1), post('e', H)];
    const { windows, stats } = windowPostsSync(posts, { size: '1h', step: '1h' });
    expect(windows.map((w) => [w.index, w.startMs, w.endMs])).toEqual([
      [0, 0, H],
      [1, H, 2 * H],
      [2, 2 * H, 3 * H],
    ]);
    expect(windows.map(ids)).toEqual([['a', 'b', 'd'], ['e'], ['c']]);
    expect(stats).toMatchObject({ posts: 5, placed: 5, late: 0, beforeOrigin: 0, windows: 3, emptyWindows: 0 });
  });

  it('returns sliding windows in which a post appears size/step times', () => {
    const posts = [post('a', 0), post('b', 5 * H), post('c', 30 * H)];
    const { windows } = windowPostsSync(posts);
    // 24 h every 6 h from 00:00, up to the last start ≤ 30 h; c (30 h) is in [12, 36) … [30, 54).
    expect(windows.map((w) => w.startMs / H)).toEqual([0, 6, 12, 18, 24, 30]);
    expect(windows.map(ids)).toEqual([['a', 'b'], [], ['c'], ['c'], ['c'], ['c']]);
  });

  it('returns empty windows between non-empty ones', () => {
    const { windows, stats } = windowPostsSync([post('a', 0), post('b', 3 * H)], { size: '1h', step: '1h' });
    expect(windows.map((w) => w.posts.length)).toEqual([1, 0, 0, 1]);
    expect(stats.emptyWindows).toBe(2);
  });

  it('returns the default origin as the earliest time floored to the step', () => {
    const { windows } = windowPostsSync([post('a', 7.5 * H), post('b', 6.2 * H)], { size: '2h', step: '2h' });
    expect(windows[0]!.startMs).toBe(6 * H);
  });

  it('returns the same windows whatever the input order', () => {
    const posts = Array.from({ length: 50 }, (_, i) => post(`p${i}`, ((i * 7919) % 97) * 0.37 * H));
    const a = windowPostsSync(posts, { size: '6h', step: '2h' }).windows;
    const b = windowPostsSync([...posts].reverse(), { size: '6h', step: '2h' }).windows;
    expect(b).toEqual(a);
  });

  it('counts posts before an explicit origin and reports them', () => {
    const skipped: string[] = [];
    const { windows, stats } = windowPostsSync([post('a', 0), post('b', 2 * H)], {
      size: '1h',
      originMs: H,
      onSkippedPost: (p, reason) => skipped.push(`${p.id}:${reason}`),
    });
    expect(windows.map(ids)).toEqual([[], ['b']]);
    expect(stats).toMatchObject({ posts: 2, placed: 1, beforeOrigin: 1 });
    expect(skipped).toEqual(['a:before-origin']);
  });

  it('returns no window for no posts', () => {
    expect(windowPostsSync([]).windows).toEqual([]);
  });

  it('places each post in exactly as many windows as window starts fall in (t − size, t]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 8 }),
        (times, step, ratio) => {
          const size = step * ratio + (times.length % 3 === 0 ? Math.floor(step / 2) : 0);
          const posts = times.map((t, i) => post(`p${i}`, t));
          const { windows } = windowPostsSync(posts, { size, step });
          const origin = Math.floor(Math.min(...times) / step) * step;
          const count = new Map<string, number>();
          for (const w of windows) for (const p of w.posts) count.set(p.id, (count.get(p.id) ?? 0) + 1);
          for (const p of posts) {
            let expected = 0;
            for (let k = 0; origin + k * step <= p.timeMs; k++) if (origin + k * step > p.timeMs - size) expected++;
            expect(count.get(p.id)).toBe(expected);
            expect(expected).toBeLessThanOrEqual(Math.ceil(size / step));
            // Away from the first window, a post is in ⌈size/step⌉ or ⌊size/step⌋ windows (exactly size/step when step divides size).
            if (p.timeMs - size >= origin) {
              if (size % step === 0) expect(expected).toBe(size / step);
              else expect(expected).toBeGreaterThanOrEqual(Math.floor(size / step));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('throws invalid-options for bad options', () => {
    const bad: unknown[] = [
      { size: 0 },
      { size: '1h', step: '2h' },
      { step: 0 },
      { size: 'P1M' },
      { originMs: Number.NaN },
      { onSkippedPost: 1 },
      { sizes: '1h' },
      { allowedLatenessMs: -1 },
      'x',
    ];
    for (const options of bad) {
      expect(() => windowPostsSync([], options as never)).toThrow(InvalidOptionsError);
      expect(() => windowPostsSync([], options as never)).toThrow(expect.objectContaining({ code: 'invalid-options' }));
    }
  });
});

async function* slowSource(posts: readonly Post[], log: string[]): AsyncGenerator<Post> {
  for (const p of posts) {
    log.push(`read ${p.id}`);
    yield p;
  }
}

describe('windowPosts', () => {
  const posts = [post('a', 0), post('b', 0.5 * H), post('c', 1.5 * H), post('d', 4 * H)];

  it('returns the same windows as the array form for a time-ordered async stream', async () => {
    const stream = await collect(windowPosts(slowSource(posts, []), { size: '2h', step: '1h' }));
    expect(stream).toEqual(windowPostsSync(posts, { size: '2h', step: '1h' }).windows);
  });

  it('returns a stream window in (timeMs, id) order when equal times arrive out of id order', async () => {
    const tied = [post('b', 0.5 * H), post('a', 0.5 * H), post('c', 0.5 * H), post('d', 0.7 * H)];
    const [first] = await collect(windowPosts(slowSource(tied, []), { size: '1h', step: '1h' }));
    expect(ids(first!)).toEqual(['a', 'b', 'c', 'd']);
    const [inOrder] = await collect(windowPosts(slowSource([...tied].sort((x, y) => (x.id < y.id ? -1 : 1)), []), { size: '1h', step: '1h' }));
    expect(ids(inOrder!)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns each window as soon as a post at or after its end arrives', async () => {
    const log: string[] = [];
    for await (const w of windowPosts(slowSource(posts, log), { size: '1h', step: '1h' })) log.push(`window ${w.index}`);
    expect(log).toEqual(['read a', 'read b', 'read c', 'window 0', 'read d', 'window 1', 'window 2', 'window 3', 'window 4']);
  });

  it('returns sorted windows for an array in any order', async () => {
    const windows = await collect(windowPosts([...posts].reverse(), { size: '2h', step: '1h' }));
    expect(windows).toEqual(windowPostsSync(posts, { size: '2h', step: '1h' }).windows);
  });

  it('counts late posts in a stream and reports them, never placing them silently', async () => {
    const late: string[] = [];
    const unordered = [post('a', 0), post('c', 2 * H), post('b', 0.5 * H), post('d', 2.5 * H)];
    const stream = windowPosts(unordered, { size: '1h', step: '1h' });
    expect((await collect(stream)).map(ids)).toEqual([['a', 'b'], [], ['c', 'd']]);
    const it2 = windowPosts(unordered.values(), { size: '1h', step: '1h', onSkippedPost: (p, r) => late.push(`${p.id}:${r}`) });
    const windows = await collect(it2);
    expect(windows.map(ids)).toEqual([['a'], [], ['c', 'd']]);
    expect(late).toEqual(['b:late']);
    expect(it2.stats).toMatchObject({ posts: 4, placed: 3, late: 1, windows: 3, emptyWindows: 1 });
  });

  it('returns reordered windows when posts are within allowedLatenessMs', async () => {
    const unordered = [post('a', 0), post('c', 1.2 * H), post('b', 0.5 * H), post('d', 2.5 * H), post('e', 0.1 * H)];
    const stream = windowPosts(unordered.values(), { size: '1h', step: '1h', allowedLatenessMs: '1h' });
    const windows = await collect(stream);
    expect(windows.map(ids)).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(stream.stats).toMatchObject({ posts: 5, placed: 4, late: 1 });
  });

  it('throws invalid-options at call time for bad options', () => {
    expect(() => windowPosts([], { size: '1h', step: '2h' })).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});
