import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, analyzeStream, InputError, InvalidOptionsError, RejectedRecordError, toJSON } from 'hashtag-swarms';
import { DEFAULT_ACCOUNT_GRAPH_OPTIONS } from 'hashtag-swarms/graph';
import { DEFAULT_INFLUENCE_OPTIONS } from 'hashtag-swarms/influence';
import { DEFAULT_SWARM_OPTIONS } from 'hashtag-swarms/swarms';
import { DEFAULT_TRACKING_OPTIONS } from 'hashtag-swarms/track';
import type { AnalyzeOptions, SwarmReport } from 'hashtag-swarms';
import { scratchBytes } from '../../src/_lib/scratch.js';
import { fixtureLines, fixturePosts, SWARM_A, SWARM_B } from './analyze-fixture.js';

const ONE_DAY: AnalyzeOptions = { window: '24h', step: '24h', seed: 1 };

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('analyze', () => {
  it('finds the two obvious swarms of a hand-made day and not the crowd', async () => {
    const report = await analyze(fixtureLines(), ONE_DAY);
    const members = report.swarms.map((s) => s.members.join(','));
    expect(members).toContain(SWARM_A.join(','));
    expect(members).toContain(SWARM_B.join(','));
    expect(report.swarms).toHaveLength(2);
    expect(report.swarms.flatMap((s) => s.members).some((m) => m.startsWith('crowd'))).toBe(false);
    const w = report.windows[0]!;
    expect(w.crowdPosts).toBe(300);
    expect(w.crowdByHashtag[0]).toEqual({ hashtag: 'news', posts: 300 });
    const a = report.swarms.find((s) => s.members[0] === 'alpha1')!;
    expect(a.hashtags[0]!.hashtag).toBe('opalpha');
    expect(a.hashtags[0]!.shareOfVoice).toBe(1);
    expect(a.significance.isSwarm).toBe(true);
    expect(a.group).not.toBeNull();
    expect(a.events.map((e) => e.type)).toContain('birth');
    expect(report.accounts.find((x) => x.account === 'alpha3')!.swarmId).toBe(a.id);
    expect(report.accounts.find((x) => x.account === 'user7')?.swarmId ?? null).toBeNull();
  });

  it('leaves no window buffer behind, and the next run (caches rebuilt) gives the same report', async () => {
    const first = toJSON(await analyze(fixtureLines(), ONE_DAY));
    expect(scratchBytes()).toBe(0);
    // A stream stopped early releases too.
    const stream = analyzeStream(fixtureLines(), ONE_DAY);
    await stream.next();
    expect(scratchBytes()).toBeGreaterThan(0);
    await stream.return(undefined as never);
    expect(scratchBytes()).toBe(0);
    const second = toJSON(await analyze(fixtureLines(), ONE_DAY));
    expect(second).toBe(first);
  });

  it('returns a byte-identical report for the same seed, whatever the input order', async () => {
    const lines = fixtureLines();
    const first = toJSON(await analyze(lines, ONE_DAY));
    const again = toJSON(await analyze(shuffled(lines, 7), ONE_DAY));
    expect(again).toBe(first);
  });

  it('accepts posts given directly (timeMs) as well as records', async () => {
    const posts = fixturePosts().map(({ time, ...p }) => ({ ...p, timeMs: Date.parse(time) }));
    const fromPosts = await analyze(posts, ONE_DAY);
    const fromLines = await analyze(fixtureLines(), ONE_DAY);
    expect(fromPosts.swarms.map((s) => s.members)).toEqual(fromLines.swarms.map((s) => s.members));
  });

  it('reconciles counts and reports rejections instead of dropping bad records', async () => {
    const lines = [...fixtureLines(), '{not json', JSON.stringify({ id: 'x1', time: '2024-03-01T00:00:00Z', hashtags: ['a'] }), JSON.stringify({ id: 'p0', account: 'alpha1', time: '2024-03-01T05:00:00Z' })];
    const report = await analyze(lines, ONE_DAY);
    expect(report.input.records).toBe(lines.length);
    expect(report.input.accepted + report.input.rejected).toBe(report.input.records);
    expect(report.input.rejectedByCode).toEqual({ 'malformed-json': 1, 'missing-account': 1, 'duplicate-id': 1 });
    expect(report.input.firstRejected.map((r) => r.code).sort()).toEqual(['duplicate-id', 'malformed-json', 'missing-account']);
  });

  it('throws RejectedRecordError at the first bad record under strict', async () => {
    await expect(analyze([...fixtureLines().slice(0, 5), '{oops'], { ...ONE_DAY, strict: true })).rejects.toBeInstanceOf(RejectedRecordError);
  });

  it('returns an empty report for empty input and a skipped window for one account', async () => {
    const empty = await analyze([], ONE_DAY);
    expect(empty.windows).toEqual([]);
    expect(empty.swarms).toEqual([]);
    expect(empty.input.records).toBe(0);
    const one = await analyze([JSON.stringify({ id: '1', account: 'solo', time: '2024-03-01T01:00:00Z', hashtags: ['x'] }), JSON.stringify({ id: '2', account: 'solo', time: '2024-03-01T01:00:10Z', hashtags: ['x'] })], ONE_DAY);
    expect(one.windows).toHaveLength(1);
    expect(one.windows[0]!.status).toBe('skipped');
    expect(one.windows[0]!.reason).toBeDefined();
    expect(one.accounts.map((a) => a.account)).toEqual(['solo']);
  });

  it('counts each post once per account even when sliding windows overlap', async () => {
    const report = await analyze(fixtureLines(), { window: '12h', step: '5h', seed: 1 });
    expect(report.accounts.reduce((n, a) => n + a.posts, 0)).toBe(report.input.posts);
    const alpha1 = fixturePosts().filter((p) => p.account === 'alpha1').length;
    expect(report.accounts.find((a) => a.account === 'alpha1')!.posts).toBe(alpha1);
  });

  it('echoes the resolved options so a run can be reproduced', async () => {
    const report = await analyze(fixtureLines(), { ...ONE_DAY, maxLagMs: '30s' });
    expect(report.options).toMatchObject({ windowMs: 86_400_000, stepMs: 86_400_000, maxLagMs: 30_000, seed: 1, order: 'any' });
    expect(report.schemaVersion).toBe(1);
  });

  it('echoes every nested stage option resolved, defaults filled in, and the given ones as given', async () => {
    const report = await analyze(fixtureLines(), { ...ONE_DAY, graph: { q: 0.01 }, swarms: { replicates: 99 }, tracking: { deathAge: 5 } });
    const { seed: _s, ...swarmDefaults } = DEFAULT_SWARM_OPTIONS;
    expect(report.options['swarms']).toEqual({ ...swarmDefaults, replicates: 99 });
    expect(report.options['tracking']).toEqual({ ...DEFAULT_TRACKING_OPTIONS, deathAge: 5 });
    const graph = report.options['graph'] as Record<string, unknown>;
    expect(graph['q']).toBe(0.01);
    expect(graph['minEpisodes']).toBe(DEFAULT_ACCOUNT_GRAPH_OPTIONS.minEpisodes);
    expect(Object.keys(graph)).not.toContain('maxLagMs'); // the top-level Δt is the graph's
    const influence = report.options['influence'] as Record<string, unknown>;
    expect(influence['tauMs']).toBe(DEFAULT_INFLUENCE_OPTIONS.tauMs);
    expect(Object.keys(influence)).not.toContain('seed');
    expect((report.options['ingest'] as Record<string, unknown>)['timeZone']).toBe('UTC');
  });

  it('rejects, at entry, a nested option the run sets itself', async () => {
    await expect(analyze(fixtureLines(), { graph: { filter: false } as never })).rejects.toThrow(InvalidOptionsError);
    await expect(analyze(fixtureLines(), { influence: { maxLagMs: 5 } as never })).rejects.toThrow(/maxLagMs/);
  });

  it.each([
    ['window', { window: '1mo' }],
    ['step', { window: '1h', step: '2h' }],
    ['maxLagMs', { maxLagMs: -5 }],
    ['seed', { seed: 1.5 }],
    ['order', { order: 'random' }],
    ['strict', { strict: 'yes' }],
    ['schema', { schema: 'myspace' }],
    ['unknown key', { windw: '24h' }],
    ['nested swarms option', { swarms: { alpha: 2 } }],
    ['nested graph option', { graph: { q: 0 } }],
  ])('rejects an invalid %s with InvalidOptionsError', async (_name, options) => {
    await expect(analyze([], options as AnalyzeOptions)).rejects.toMatchObject({ code: 'invalid-options' });
    await expect(analyze([], options as AnalyzeOptions)).rejects.toBeInstanceOf(InvalidOptionsError);
  });
});

describe('analyzeStream', () => {
  it('yields each window as it closes and returns the same report as analyze on time-ordered input', async () => {
    const options: AnalyzeOptions = { window: '12h', step: '6h', seed: 1 };
    const stream = analyzeStream(fixtureLines(), options);
    const windows: number[] = [];
    let step = await stream.next();
    while (!step.done) {
      windows.push(step.value.window.index);
      step = await stream.next();
    }
    expect(windows).toEqual([...windows].sort((a, b) => a - b));
    expect(windows.length).toBe(step.value.windows.length);
    const batch = await analyze(fixtureLines(), options);
    expect(toJSON({ ...step.value, options: {} })).toBe(toJSON({ ...batch, options: {} }));
  });

  it("stops with an 'out-of-order' InputError at a late post on a stream (it cannot be read again), never silently", async () => {
    const lines = fixtureLines();
    const late = JSON.stringify({ id: 'late1', account: 'lateacc', time: '2024-03-01T00:00:05Z', hashtags: ['x'] });
    const drain = async (options: AnalyzeOptions): Promise<unknown> => {
      const stream = analyzeStream([...lines, late], { window: '6h', step: '6h', seed: 1, ...options });
      for (let step = await stream.next(); ; step = await stream.next()) if (step.done) return step.value;
    };
    for (const onLatePost of [undefined, 'auto', 'error'] as const) {
      const error = await drain(onLatePost === undefined ? {} : { onLatePost }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('out-of-order');
      expect((error as Error).message).toMatch(/"late1" at 2024-03-01T00:00:05\.000Z .*order: 'any'.*allowedLatenessMs.*onLatePost: 'skip'/);
    }
  });

  it("counts a late post with onLatePost 'skip', and every accepted post is analysed or counted as skipped", async () => {
    const lines = fixtureLines();
    const late = JSON.stringify({ id: 'late1', account: 'lateacc', time: '2024-03-01T00:00:05Z', hashtags: ['x'] });
    const stream = analyzeStream([...lines, late], { window: '6h', step: '6h', seed: 1, onLatePost: 'skip' });
    let step = await stream.next();
    while (!step.done) step = await stream.next();
    const input = step.value.input;
    expect(input.latePosts).toBe(1);
    expect(input.accepted).toBe(lines.length + 1);
    expect(input.analysedPosts).toBe(input.posts - 1);
    expect(input.analysedPosts + input.latePosts + input.beforeOriginPosts).toBe(input.accepted - input.merged);
    expect(input.orderFallback).toBe(false);
  });

  it('in time order, takes a repeat of an id hours behind the newest post as a late post, and one within the hour as a repeat (merged)', async () => {
    const lines = fixtureLines(); // one day, sorted
    const drain = async (input: string[]): Promise<SwarmReport> => {
      const stream = analyzeStream(input, { window: '6h', step: '6h', seed: 1, onLatePost: 'skip' });
      let step = await stream.next();
      while (!step.done) step = await stream.next();
      return step.value;
    };
    // The first post again at the end, 23 h later: its id is no longer remembered, and its time is late.
    const late = (await drain([...lines, lines[0]!])).input;
    expect(late.rejected).toBe(0);
    expect(late.merged).toBe(0);
    expect(late.latePosts).toBe(1);
    expect(late.records).toBe(late.accepted + late.rejected);
    expect(late.analysedPosts + late.latePosts).toBe(late.posts);
    // Buffered, every id is remembered: the same input merges the repeat into its post.
    const buffered = await analyze([...lines, lines[0]!], { window: '6h', step: '6h', seed: 1 });
    expect(buffered.input.merged).toBe(1);
    expect(buffered.input.latePosts).toBe(0);
    // Right after its post, the repeat is recognised in time order too.
    const near = (await drain([lines[0]!, lines[0]!, ...lines.slice(1)])).input;
    expect(near.merged).toBe(1);
    expect(near.latePosts).toBe(0);
    expect(near.rejected).toBe(0);
  });

  it('counts posts before originMs apart from late ones', async () => {
    const lines = fixtureLines();
    const origin = Date.parse('2024-03-01T12:00:00Z');
    const report = await analyze(lines, { ...ONE_DAY, originMs: origin });
    const before = fixturePosts().filter((p) => Date.parse(p.time) < origin).length;
    expect(before).toBeGreaterThan(0);
    expect(report.input.beforeOriginPosts).toBe(before);
    expect(report.input.latePosts).toBe(0);
    expect(report.input.analysedPosts).toBe(report.input.posts - before);
  });
});

describe("a file read in time order that is not (order 'time')", () => {
  const dir = mkdtempSync(join(tmpdir(), 'hs-late-'));
  // Newest first, as many exports are.
  const path = join(dir, 'newest-first.ndjson');
  writeFileSync(path, `${[...fixtureLines()].reverse().join('\n')}\n`);
  const stable = (r: SwarmReport): string => toJSON({ ...r, options: {}, input: { ...r.input, orderFallback: false } });

  it('is read again buffered (onLatePost auto): every post analysed, the report of a buffered read, the fallback said', async () => {
    const buffered = await analyze(path, ONE_DAY);
    const timed = await analyze(path, { ...ONE_DAY, order: 'time' });
    expect(timed.input.orderFallback).toBe(true);
    expect(timed.input.latePosts).toBe(0);
    expect(timed.input.analysedPosts).toBe(timed.input.posts);
    expect(timed.options['order']).toBe('time');
    expect(stable(timed)).toBe(stable(buffered));
    expect(buffered.input.orderFallback).toBe(false);
    // analyzeStream too, when no window has been yielded yet.
    const stream = analyzeStream(path, ONE_DAY);
    let step = await stream.next();
    while (!step.done) step = await stream.next();
    expect(step.value.input.orderFallback).toBe(true);
    expect(stable(step.value)).toBe(stable(buffered));
  });

  it("stops under onLatePost 'error', and skips with counts under 'skip'", async () => {
    const error = await analyze(path, { ...ONE_DAY, order: 'time', onLatePost: 'error' }).catch((e: unknown) => e);
    expect((error as InputError).code).toBe('out-of-order');
    const skipped = await analyze(path, { ...ONE_DAY, order: 'time', onLatePost: 'skip' });
    expect(skipped.input.latePosts).toBeGreaterThan(0);
    expect(skipped.input.analysedPosts + skipped.input.latePosts).toBe(skipped.input.posts);
  });

  it('validates onLatePost', async () => {
    await expect(analyze(path, { onLatePost: 'later' as never })).rejects.toThrow(InvalidOptionsError);
  });
});
