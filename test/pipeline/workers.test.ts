/**
 * Windows analysed on worker threads (`workers`): the report and the stream of updates are the
 * same for any number of workers; the split covers every window with the posts it needs; posts
 * survive the trip as columns; an abandoned run stops its workers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, analyzeStream, generateScenario, InvalidOptionsError } from 'hashtag-swarms';
import { buildAccountGraph } from 'hashtag-swarms/graph';
import { scoreWindow } from 'hashtag-swarms/influence';
import { windowPostsSync } from 'hashtag-swarms/windows';
import type { AnalyzeOptions, AnalyzeUpdate, Post, SwarmReport } from 'hashtag-swarms';
import { relabelWindowInfluence } from '../../src/track/index.js';
import { decodePosts, encodePosts } from '../../src/pipeline/parallel/post-columns.js';
import { StringTable } from '../../src/_lib/string-table.js';
import { splitWindows } from '../../src/pipeline/parallel/window-workers.js';
import { scratchBytes } from '../../src/_lib/scratch.js';
import { fixturePosts, SWARM_A, SWARM_B } from './analyze-fixture.js';

/** The report as JSON without run timings. */
function stable(report: SwarmReport): string {
  return JSON.stringify(report, (k, v: unknown) => (k === 'generatedAt' || k.toLowerCase().includes('elapsed') ? undefined : v));
}

const SCENARIO = generateScenario({ scenario: 'dynamic', seed: 3, accounts: 400, days: 4 });
const OPTIONS: AnalyzeOptions = { window: '24h', step: '6h', seed: 2 };

describe('analyze with workers', () => {
  it('gives the same report with 0, 1 and 3 workers (swarms tracked across the ranges)', async () => {
    const base = await analyze(SCENARIO.posts, { ...OPTIONS, workers: 0 });
    expect(base.swarms.length).toBeGreaterThan(1);
    expect(base.windows.length).toBeGreaterThanOrEqual(12);
    // a swarm seen in windows of more than one range is tracked under one id
    expect(base.swarms.some((s) => s.windows.length >= 6)).toBe(true);
    for (const workers of [1, 3]) {
      const report = await analyze(SCENARIO.posts, { ...OPTIONS, workers });
      expect(stable(report)).toBe(stable(base));
    }
  }, 180_000);

  it('gives the same report across a gap of empty windows, with about as many ranges as windows with posts', async () => {
    // the fixture day, then the same day four days later: empty windows between
    const day = fixturePosts().map(({ time, ...p }) => ({ ...p, timeMs: Date.parse(time) }));
    const gapped = [...day, ...day.map((p) => ({ ...p, id: `${p.id}-later`, timeMs: p.timeMs + 4 * 86_400_000 }))];
    const options: AnalyzeOptions = { window: '12h', step: '6h', seed: 3 };
    const base = await analyze(gapped, { ...options, workers: 0 });
    expect(base.windows.filter((w) => w.posts === 0).length).toBeGreaterThanOrEqual(10);
    expect(base.swarms.length).toBeGreaterThan(0);
    // more ranges asked than windows with posts: some would hold only empty windows
    expect(stable(await analyze(gapped, { ...options, workers: 15 }))).toBe(stable(base));
  }, 180_000);

  it('yields the same updates, in window order, as a single thread', async () => {
    const collect = async (workers: number): Promise<AnalyzeUpdate[]> => {
      const out: AnalyzeUpdate[] = [];
      for await (const u of analyzeStream(SCENARIO.posts, { ...OPTIONS, order: 'any', workers })) out.push(u);
      return out;
    };
    const one = await collect(0);
    const two = await collect(2);
    expect(two.map((u) => u.window.index)).toEqual(one.map((u) => u.window.index));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('stops its workers when the run is abandoned, and leaves no buffer behind', async () => {
    const stream = analyzeStream(SCENARIO.posts, { ...OPTIONS, order: 'any', workers: 2 });
    const first = await stream.next();
    expect(first.done).toBe(false);
    await stream.return(undefined as never);
    expect(scratchBytes()).toBe(0);
    // the next run still works
    const report = await analyze(fixturePosts().map((p) => ({ ...p })), { window: '24h', step: '24h', seed: 1, workers: 1 });
    expect(report.swarms.map((s) => s.members.join(','))).toEqual(expect.arrayContaining([SWARM_A.join(','), SWARM_B.join(',')]));
  });

  it('rejects a bad workers option and leaves it out of the echoed options', async () => {
    for (const workers of [-1, 1.5, 65, 'many', null]) {
      await expect(analyze([], { workers: workers as never })).rejects.toThrow(InvalidOptionsError);
    }
    const report = await analyze([], { workers: 'auto' });
    expect('workers' in report.options).toBe(false);
  });
});

describe('splitWindows', () => {
  it('covers every window once, in contiguous ranges, each with every post its windows hold and cut whole from them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 600, max: 700 })), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 40 }),
        (times, parts, ratio, step) => {
          const posts = times.sort((a, b) => a - b).map((t, i) => ({ id: String(i), account: 'a', timeMs: t, hashtags: [] }) as Post);
          const size = step * ratio;
          const origin = Math.floor(posts[0]!.timeMs / step) * step;
          const windows = windowPostsSync(posts, { size, step }).windows;
          const ranges = splitWindows(posts, origin, size, step, parts);
          // as many as asked, but a range must end with a window with posts
          const withPosts = windows.filter((w) => w.posts.length > 0).length;
          expect(ranges.length).toBe(Math.min(parts, withPosts));
          expect(ranges[0]!.lo).toBe(0);
          expect(ranges.at(-1)!.hi).toBe(windows.length);
          for (let i = 0; i < ranges.length; i++) {
            const r = ranges[i]!;
            expect(r.hi).toBeGreaterThan(r.lo);
            if (i > 0) expect(r.lo).toBe(ranges[i - 1]!.hi);
            const held = new Set(posts.slice(r.postLo, r.postHi));
            for (let k = r.lo; k < r.hi; k++) for (const p of windows[k]!.posts) expect(held.has(p)).toBe(true);
            // cutting the range's posts alone gives every window of the range (empty ones too)
            const cut = windowPostsSync(posts.slice(i === 0 ? 0 : r.postLo, r.postHi), { size, step, originMs: origin }).windows;
            for (let k = r.lo; k < r.hi; k++) expect(cut[k]?.posts.length, `window ${k} of range ${i}`).toBe(windows[k]!.posts.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('post columns', () => {
  const name = fc.stringMatching(/^[a-z0-9é_\n]{1,6}$/);
  const post = fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 12 }),
      account: name,
      timeMs: fc.integer({ min: 0, max: 2 ** 42 }),
      hashtags: fc.uniqueArray(name, { maxLength: 4 }),
      followers: fc.oneof(fc.nat(), fc.constant(-0), fc.double({ min: 0, max: 2 ** 40, noNaN: true })),
      likes: fc.nat(),
      reposts: fc.nat(),
      replies: fc.nat(),
      repostOf: fc.string({ minLength: 1, maxLength: 8 }),
      replyTo: fc.string({ minLength: 1, maxLength: 8 }),
      mentions: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
      text: fc.string({ minLength: 1, maxLength: 20 }),
    },
    { requiredKeys: ['id', 'account', 'timeMs', 'hashtags'] },
  );

  it('decode(encode(posts)) gives the same posts, absent fields absent', () => {
    fc.assert(
      fc.property(fc.array(post, { maxLength: 40 }), fc.nat(), fc.nat(), (posts, a, b) => {
        const from = posts.length === 0 ? 0 : a % (posts.length + 1);
        const to = from + (posts.length === 0 ? 0 : b % (posts.length - from + 1));
        // plain copies (fast-check marks its values with a hidden symbol); -0 survives structuredClone
        const plain = structuredClone(posts) as Post[];
        const { columns } = encodePosts(plain, from, to);
        // own fields compared as plain objects (decoded posts are PostRecord instances, as ingest's)
        expect(decodePosts(structuredClone(columns)).map((p) => ({ ...p }))).toStrictEqual(plain.slice(from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('batches encoded with one shared name table carry each name once and decode to the same posts', () => {
    fc.assert(
      fc.property(fc.array(fc.array(post, { maxLength: 12 }), { maxLength: 5 }), (batches) => {
        const table = new StringTable();
        const names: string[] = [];
        const sent: string[] = [];
        for (const batch of batches) {
          const plain = structuredClone(batch) as Post[];
          const { columns } = encodePosts(plain, 0, plain.length, table);
          const c = structuredClone(columns);
          expect(c.namesBase).toBe(names.length);
          names.push(...c.names);
          sent.push(...c.names);
          expect(decodePosts(c, names).map((p) => ({ ...p }))).toStrictEqual(plain);
        }
        // every name crossed once: the names sent are distinct
        expect(new Set(sent).size).toBe(sent.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('relabelWindowInfluence', () => {
  it('renames groups and account swarm ids, drops unknown groups and re-sorts by size then id', () => {
    const posts = fixturePosts().map((p) => ({ id: p.id, account: p.account, timeMs: Date.parse(p.time), hashtags: [...p.hashtags], followers: p.followers }));
    const [window] = windowPostsSync(posts, { size: '24h', step: '24h' }).windows;
    const graph = buildAccountGraph(window!);
    const scores = scoreWindow(window!, graph, [{ id: 'k-b', members: SWARM_B }, { id: 'k-a', members: SWARM_A }], { seed: 1 });
    const renamed = relabelWindowInfluence(scores, new Map([['k-a', 'swarm-2'], ['k-b', 'swarm-1']]));
    // sizes 5 and 4: size first, whatever the ids
    expect(renamed.swarms.map((g) => g.swarmId)).toEqual(['swarm-2', 'swarm-1']);
    expect(renamed.accounts.accounts.find((r) => r.account === 'alpha1')!.swarmId).toBe('swarm-2');
    expect(renamed.accounts.accounts.find((r) => r.account === 'beta1')!.swarmId).toBe('swarm-1');
    expect(renamed.swarms[0]!.strongestMember?.individual.swarmId).toBe('swarm-2');
    // everything but the names is unchanged
    expect(renamed.swarms[0]!.burstLift).toBe(scores.swarms.find((g) => g.swarmId === 'k-a')!.burstLift);
    const dropped = relabelWindowInfluence(scores, new Map([['k-a', 'S']]));
    expect(dropped.swarms.map((g) => g.swarmId)).toEqual(['S']);
    expect(dropped.accounts.accounts.find((r) => r.account === 'beta1')!.swarmId).toBeNull();
  });
});
