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
import { analyze, InvalidOptionsError } from 'hashtag-swarms';
import type { AnalyzeOptions } from 'hashtag-swarms';
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
