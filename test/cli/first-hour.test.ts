/**
 * The command line in a new user's first hour (issue #24 items 4 and 11), run as a subprocess of
 * the built CLI: `--json -` on standard output, output paths checked before the analysis, words
 * instead of `3 w`, dates with the year, a progress bar with a total and an ETA, and the window
 * guard naming --step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, FIXTURES, ROOT, runCli, startCli } from './helpers.js';

const TINY = join(FIXTURES, 'tiny.ndjson');
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-first-hour-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hashtag-swarms analyze: outputs', () => {
  it('writes --json - to standard output, the summary to stderr, and no file named -', async () => {
    const r = await runCli(['analyze', TINY, '--window', '6h', '--step', '6h', '--json', '-']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { schemaVersion: number; input: { records: number } };
    expect(report.schemaVersion).toBe(1);
    expect(report.input.records).toBe(92);
    expect(r.stderr).toContain('Read 92 records');
    expect(r.stderr).toContain('Wrote standard output');
    expect(existsSync(join(ROOT, '-'))).toBe(false);
  });

  it('writes --html - and --gexf - to standard output, one at a time', async () => {
    const html = await runCli(['analyze', TINY, '--html', '-', '--quiet']);
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    // The page names its input (the report does not hold it): the CLI passes the file's name.
    expect(html.stdout).toContain('"input":"tiny.ndjson"');
    const both = await runCli(['analyze', TINY, '--json', '-', '--gexf', '-']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--gexf');
    expect(both.stderr).toContain('--json - has it');
    const csv = await runCli(['analyze', TINY, '--csv', '-']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--csv');
  });

  it('checks output paths before the analysis: it exits without reading an input that never ends', async () => {
    // Standard input stays open: an analysis would wait for it; the path check must not.
    const child = startCli(['analyze', '-', '--format', 'ndjson', '--html', join(dir, 'missing', 'report.html')]);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('the CLI waited for its input before checking --html')); }, 15_000);
      child.on('close', (c) => { clearTimeout(timer); resolve(c); });
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--html');
    expect(stderr).toContain(`${join(dir, 'missing')} does not exist`);
    for (const [flag, path, needle] of [['--json', dir, 'not a directory'], ['--csv', join(TINY, 'out'), 'is not a directory']] as const) {
      const r = await runCli(['analyze', TINY, flag, path]);
      expect(r.code, flag).toBe(2);
      expect(r.stderr, flag).toContain(needle);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('hashtag-swarms analyze: wording', () => {
  it('says windows in words and gives lifetimes with the year', async () => {
    const r = await runCli(['analyze', TINY, '--window', '6h', '--step', '6h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\b1 window, 2024-01-01 00:00 → 2024-01-01 06:00\b/);
    expect(r.stdout).not.toMatch(/\d+ w,/);
  });

  it.skipIf(!existsSync('/usr/bin/script'))('shows a progress bar with the total, a percentage and an ETA; a count for a time-ordered stream', () => {
    // script(1) gives the child a pseudo-terminal; the delay is 0 so that a short run shows the bar.
    const run = (extra: string): string => spawnSync('/usr/bin/script', ['-qfec', `${process.execPath} ${CLI} analyze ${TINY} --window 1m --step 1m ${extra}`, '/dev/null'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HASHTAG_SWARMS_PROGRESS_DELAY_MS: '0' } }).stdout;
    expect(run('')).toMatch(/\d+% \| [\d,]+\/[\d,]+ windows done \| ETA \w+/);
    expect(run('--order time')).toMatch(/\d+ windows done \(total unknown: the input streams in time order\)/);
  });
});

describe('hashtag-swarms analyze: the window guard', () => {
  it('stops a stray timestamp with a usage error naming --step, the span and the outliers; --max-windows raises the limit', async () => {
    const file = join(dir, 'stray.ndjson');
    const lines = [JSON.stringify({ id: 'stray', account: 'x', time: '2000-01-01T00:00:00Z', hashtags: ['a'] })];
    for (let i = 0; i < 300; i++) lines.push(JSON.stringify({ id: `p${i}`, account: `u${i % 5}`, time: new Date(Date.UTC(2016, 1, 25) + i * 600_000).toISOString(), hashtags: ['a'] }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await runCli(['analyze', file, '--window', '1h', '--step', '1h']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('invalid option `--step` (received "1h")');
    expect(r.stderr).toContain('the posts run from 2000-01-01T00:00:00Z to 2016-02-27T01:50:00Z');
    expect(r.stderr).toContain('98 % of the posts lie between 2016-02-25');
    expect(r.stderr).toContain('--max-windows');
    const def = await runCli(['analyze', file]);
    expect(def.code).toBe(2);
    expect(def.stderr).toContain('invalid option `--step` (received "6h, the default")');
    const raised = await runCli(['analyze', file, '--window', '24h', '--step', '24h', '--max-windows', '6000', '--quiet']);
    expect(raised.code).toBe(0);
    const bad = await runCli(['analyze', file, '--max-windows', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-windows');
  });
});
