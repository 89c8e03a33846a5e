import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, runCli } from './helpers.js';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-gen-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hashtag-swarms generate', () => {
  it('returns 0 and writes posts.ndjson and truth.json', async () => {
    const out = join(dir, 'null');
    const r = await runCli(['generate', '--scenario', 'null', '--seed', '3', '--out', out, '--posts', '500']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('posts.ndjson');
    const lines = readFileSync(join(out, 'posts.ndjson'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(JSON.parse(lines[0]!)).toHaveProperty('account');
    expect(existsSync(join(out, 'truth.json'))).toBe(true);
  });

  it('returns the same files for the same seed', async () => {
    await runCli(['generate', '--scenario', 'null', '--seed', '3', '--out', join(dir, 'again'), '--posts', '500', '--quiet']);
    expect(readFileSync(join(dir, 'again', 'posts.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'null', 'posts.ndjson'), 'utf8'));
  });

  it('returns 2 for a bad scenario, a missing --out, a bad --seed or too few --posts', async () => {
    const cases: [string[], RegExp][] = [
      [['generate', '--scenario', 'nope', '--out', dir], /--scenario.*null, easy, medium, hard, adversarial, dynamic/],
      [['generate', '--scenario', 'easy'], /--out/],
      [['generate', '--out', dir], /--scenario/],
      [['generate', '--scenario', 'easy', '--out', dir, '--seed', '1.5'], /--seed.*integer/],
      [['generate', '--scenario', 'easy', '--out', join(dir, 'x'), '--posts', '10'], /--posts/],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args)));
    cases.forEach(([args, pattern], i) => {
      expect(results[i]!.code, args.join(' ')).toBe(2);
      expect(results[i]!.stderr, args.join(' ')).toMatch(pattern);
    });
  });
});

describe('hashtag-swarms evaluate', () => {
  it('returns 0 and the scores of a report against the truth', async () => {
    const report = join(dir, 'report.json');
    expect((await runCli(['analyze', join(FIXTURES, 'tiny.ndjson'), '--window', '6h', '--step', '6h', '--json', report, '--quiet'])).code).toBe(0);
    const r = await runCli(['evaluate', report, join(FIXTURES, 'truth.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ami\s+/);
    const json = await runCli(['evaluate', report, join(FIXTURES, 'truth.json'), '--json']);
    const scores = JSON.parse(json.stdout) as { counts: { trueSwarms: number } };
    expect(scores.counts.trueSwarms).toBe(1);
  });

  it('returns 1 for a file that is not a report, and 2 without arguments', async () => {
    const notReport = join(dir, 'not-report.json');
    writeFileSync(notReport, '{"hello": 1}');
    const r = await runCli(['evaluate', notReport, join(FIXTURES, 'truth.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('is not a hashtag-swarms report');
    expect((await runCli(['evaluate', join(dir, 'missing.json'), join(FIXTURES, 'truth.json')])).code).toBe(1);
    const usage = await runCli(['evaluate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("missing required argument 'report'");
  });
});
