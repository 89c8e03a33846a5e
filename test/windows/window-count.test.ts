/**
 * The guard on the number of windows (issue #24 item 4): a stray timestamp or a tiny step must
 * stop at once with an error that names the step, the span, the count and the outlier times —
 * not run out of memory cutting millions of windows.
 */
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import { analyze, analyzeStream } from '../../src/pipeline/index.js';
import { DEFAULT_MAX_WINDOWS, windowPosts, windowPostsSync } from '../../src/windows/index.js';
import { collect, post } from './helpers.js';

const H = 3_600_000;
const T2016 = Date.UTC(2016, 1, 25);

/** Three days of posts every 10 minutes, plus one stray post from 2000. */
function strayPosts(): ReturnType<typeof post>[] {
  const posts = [post('stray', Date.UTC(2000, 0, 1, 12), 'u0')];
  for (let i = 0; i < 3 * 24 * 6; i++) posts.push(post(`p${i}`, T2016 + i * 600_000, `u${i % 7}`));
  return posts;
}

function thrown(call: () => unknown): InvalidOptionsError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return error as InvalidOptionsError;
  }
  throw new Error('did not throw');
}

async function rejected(promise: Promise<unknown>): Promise<InvalidOptionsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return error as InvalidOptionsError;
  }
  throw new Error('did not throw');
}

describe('maxWindows', () => {
  it('has a documented default of 20,000 windows', () => {
    expect(DEFAULT_MAX_WINDOWS).toBe(20_000);
  });

  it('windowPostsSync throws before cutting, naming step, the span, the count and the outlier', () => {
    const e = thrown(() => windowPostsSync(strayPosts(), { size: '1h', step: '1h' }));
    expect(e.option).toBe('step');
    expect(e.received).toBe('1h');
    expect(e.message).toContain('at most 20,000 windows (maxWindows)');
    expect(e.message).toContain('from 2000-01-01T12:00:00Z to 2016-02-27T23:50:00Z, 5,901 days,');
    expect(e.message).toContain('cuts into 141,636 windows');
    // Where the bulk of the posts lies points at the stray one.
    expect(e.message).toMatch(/98 % of the posts lie between 2016-02-25T00:\d\d:00Z and 2016-02-27T23:\d\d:00Z/);
    expect(e.message).toMatch(/wider step \(≥ \d+h\d*m?, with a window at least as long\)/);
    expect(e.message).toContain('outlier timestamps');
  });

  it('windowPostsSync accepts the same posts with a higher maxWindows or without the stray post', () => {
    expect(windowPostsSync(strayPosts(), { size: '24h', step: '24h', maxWindows: 10_000 }).windows).toHaveLength(5902);
    expect(windowPostsSync(strayPosts().slice(1), { size: '1h', step: '1h' }).windows).toHaveLength(72);
    expect(windowPostsSync(strayPosts(), { size: '1h', step: '1h', maxWindows: Infinity }).windows.length).toBe(141_636);
  });

  it('a 1 ms step over three days throws at once instead of cutting 259 million windows', () => {
    const posts = [post('a', T2016), post('b', T2016 + 3 * 24 * H)];
    const e = thrown(() => windowPostsSync(posts, { size: 1, step: 1 }));
    expect(e.message).toContain('cuts into 259,200,001 windows');
  });

  it('windowPosts (a stream in time order) throws as soon as a post would open too many windows', async () => {
    const posts = [post('a', 0), post('b', 5 * H), post('c', 50_000 * H), post('d', 50_001 * H)];
    async function* gen(): AsyncGenerator<ReturnType<typeof post>> {
      yield* posts;
    }
    const seen: number[] = [];
    const e = await rejected((async () => {
      for await (const w of windowPosts(gen(), { size: '1h', step: '1h' })) seen.push(w.index);
    })());
    expect(e.option).toBe('step');
    expect(e.message).toContain('cuts into 50,001 windows');
    expect(e.message).toContain('from 1970-01-01T00:00:00Z to 1975-09-15T08:00:00Z');
    // The windows before the far post were emitted; none after it.
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect((await collect(windowPosts(gen(), { size: '1h', step: '1h', maxWindows: 60_000 }))).length).toBe(50_002);
  });

  it('rejects a maxWindows that is not an integer ≥ 1 or Infinity', () => {
    for (const bad of [0, -1, 1.5, '10', Number.NaN]) {
      const e = thrown(() => windowPostsSync([], { maxWindows: bad as number }));
      expect(e.option).toBe('maxWindows');
      expect(e.expected).toContain('Infinity');
    }
  });

  it('analyze (buffered) throws after reading, before any window; analyzeStream as the posts arrive', async () => {
    const records = strayPosts().map((p) => ({ id: p.id, account: p.account, timeMs: p.timeMs, hashtags: p.hashtags }));
    let windowsDone = 0;
    const e = await rejected(analyze(records, { window: '1h', step: '1h', onProgress: (p) => { windowsDone = p.windows; } }));
    expect(e.message).toContain('cuts into 141,636 windows');
    expect(e.message).toContain('98 % of the posts lie between');
    expect(windowsDone).toBe(0);
    const s = await rejected((async () => {
      for await (const _ of analyzeStream(records, { window: '1h', step: '1h', order: 'any' })) windowsDone++;
    })());
    expect(s.option).toBe('step');
    expect((await rejected(analyze(records, { maxWindows: 0 }))).option).toBe('maxWindows');
    const report = await analyze(records, { window: '24h', step: '24h', maxWindows: 10_000 });
    expect(report.windows).toHaveLength(5902);
    expect(report.options).not.toHaveProperty('maxWindows');
  });
});
