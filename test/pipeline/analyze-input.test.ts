/**
 * What analyze accepts as input (issue #24, items 3 and 6): the output of readRecords, composed
 * with analyze, is analysed as read (not read a second time); defaults that a first call relies on
 * (`window` without `step`); and a clear typed error, naming the option, for what is not an input
 * or not a duration.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeStream, InvalidOptionsError, readRecords, toJSON } from 'hashtag-swarms';
import type { AnalyzeInput, AnalyzeOptions } from 'hashtag-swarms';
import { fixtureLines } from './analyze-fixture.js';

const ONE_DAY: AnalyzeOptions = { window: '24h', step: '24h', seed: 1 };
let dir: string;
let file: string;
let csv: string;
let lines: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hs-analyze-input-'));
  lines = [...fixtureLines(), '{not json', JSON.stringify({ id: 'x1', time: '2024-03-01T00:00:00Z', hashtags: ['a'] })];
  file = join(dir, 'day.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  csv = join(dir, 'day.csv');
  writeFileSync(csv, 'status_id,screen_name,created_at,hashtags\n1,ana,2024-03-01T00:00:00Z,a\n2,ben,2024-03-01T00:00:05Z,a\n3,,2024-03-01T00:00:09Z,a\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze(readRecords(…)): composing the two stages', () => {
  it('analyses the records readRecords yields, with the same report as analyze(file)', async () => {
    const direct = await analyze(file, ONE_DAY);
    const composed = await analyze(readRecords(file), ONE_DAY);
    expect(composed.input.rejectedByCode).toEqual({ 'malformed-json': 1, 'missing-account': 1 });
    expect(composed.input.records).toBe(lines.length);
    expect(composed.input.accepted + composed.input.rejected).toBe(composed.input.records);
    expect(composed.swarms.length).toBeGreaterThan(0);
    expect(toJSON(composed)).toBe(toJSON(direct));
  });

  it('keeps the schema readRecords was given', async () => {
    const report = await analyze(readRecords(csv, { schema: 'rtweet' }), ONE_DAY);
    expect(report.input).toMatchObject({ records: 3, accepted: 2, rejected: 1, rejectedByCode: { 'missing-account': 1 } });
  });

  it('takes collected reader output (an array of records and error records) as read too', async () => {
    const collected: unknown[] = [];
    for await (const r of readRecords(file)) collected.push(r);
    const report = await analyze(collected as AnalyzeInput, ONE_DAY);
    expect(toJSON(report)).toBe(toJSON(await analyze(file, ONE_DAY)));
  });

  it('streams the composition too (analyzeStream)', async () => {
    const stream = analyzeStream(readRecords(file), ONE_DAY);
    let step = await stream.next();
    while (!step.done) step = await stream.next();
    expect(step.value.input.records).toBe(lines.length);
    expect(step.value.input.accepted).toBe(lines.length - 2);
  });

  it('refuses read options beside records that are already read, naming the option', async () => {
    const records = readRecords(csv, { schema: 'rtweet' });
    const error = await analyze(records, { ...ONE_DAY, schema: 'rtweet' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).option).toBe('schema');
    expect((error as Error).message).toMatch(/readRecords/);
    // The caller's reader is left unread: it can still be read (and so closes its file).
    let n = 0;
    for await (const _ of records) n++;
    expect(n).toBe(3);
  });
});

describe('analyze: input that is not an input', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a plain object', { posts: [] }],
  ])('rejects %s with InvalidOptionsError naming the input', async (_name, input) => {
    const error = await analyze(input as unknown as AnalyzeInput).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect(error).toMatchObject({ code: 'invalid-options', option: 'input' });
    expect((error as Error).message).toMatch(/file path.*stream.*iterable/);
    expect(() => analyzeStream(input as unknown as AnalyzeInput)).toThrow(InvalidOptionsError);
  });

  it('points from the result of ingest() to its posts, which analyze takes', async () => {
    const error = await analyze({ posts: [], rejected: [], stats: {} } as unknown as AnalyzeInput).catch((e: unknown) => e);
    expect((error as Error).message).toContain('for what ingest() returns, its `posts`');
  });
});

describe('analyze: window and step', () => {
  it('a window without a step tumbles when it is shorter than the 6 h default step', async () => {
    const report = await analyze(fixtureLines(), { window: '1h', seed: 1 });
    expect(report.options).toMatchObject({ windowMs: 3_600_000, stepMs: 3_600_000 });
    const longer = await analyze([], { window: '12h' });
    expect(longer.options).toMatchObject({ windowMs: 43_200_000, stepMs: 21_600_000 });
  });

  it.each([
    ['window', { window: 'abc' }],
    ['step', { step: 'soon' }],
    ['maxLagMs', { maxLagMs: 'a minute' }],
    ['allowedLatenessMs', { allowedLatenessMs: 'late' }],
  ])('names %s (not "duration") when it is not a duration', async (option, options) => {
    const error = await analyze([], options as AnalyzeOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).option).toBe(option);
    expect((error as Error).message).toContain(`\`${option}\``);
  });
});
