/**
 * `hashtag-swarms analyze --window` / `--step` as a first user types them (issue #24, item 6),
 * run as a subprocess of the built CLI: a window alone is enough, and a bad step is reported
 * under the flag the user typed, with the text they typed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, runCli } from './helpers.js';

const TINY = join(FIXTURES, 'tiny.ndjson');
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-window-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hashtag-swarms analyze --window without --step', () => {
  it('runs with tumbling windows when the window is shorter than the 6 h default step', async () => {
    const out = join(dir, 'one-hour.json');
    const r = await runCli(['analyze', TINY, '--window', '1h', '--json', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read 92 records: 92 accepted, 0 rejected.');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { options: { windowMs: number; stepMs: number } };
    expect(report.options).toMatchObject({ windowMs: 3_600_000, stepMs: 3_600_000 });
  });

  it('keeps the 6 h step under a longer window', async () => {
    const out = join(dir, 'twelve-hours.json');
    const r = await runCli(['analyze', TINY, '--window', '12h', '--json', out, '--quiet']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { options: { windowMs: number; stepMs: number } };
    expect(report.options).toMatchObject({ windowMs: 43_200_000, stepMs: 21_600_000 });
  });
});

describe('hashtag-swarms analyze: window errors name the flag', () => {
  it('a step longer than the window names --step and both texts as typed', async () => {
    const r = await runCli(['analyze', TINY, '--window', '1h', '--step', '2h']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid option `--step` (received "2h"). Expected a duration no longer than --window (1h).');
  });

  it('a step longer than the default window says the window is the default', async () => {
    const r = await runCli(['analyze', TINY, '--step', '30h']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid option `--step` (received "30h"). Expected a duration no longer than --window (24h, the default).');
  });

  it('a window that is not a duration names --window', async () => {
    const r = await runCli(['analyze', TINY, '--window', '1x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid option `--window` (received "1x")');
    expect(r.stderr).not.toContain('duration`');
  });
});
