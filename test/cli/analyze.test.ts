import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { spawnSync } from 'node:child_process';
import { generateScenario } from 'hashtag-swarms';
import { CLI, ensureBuilt, FIXTURES, ROOT, runCli } from './helpers.js';

const TINY = join(FIXTURES, 'tiny.ndjson');
const BAD = join(FIXTURES, 'bad-record.ndjson');
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hashtag-swarms --help / --version', () => {
  it('returns 0 and help with examples for every command', async () => {
    const all = [['--help'], ['analyze', '--help'], ['generate', '--help'], ['evaluate', '--help'], []];
    const results = await Promise.all(all.map((args) => runCli(args)));
    results.forEach((r, i) => {
      expect(r.code, all[i]!.join(' ')).toBe(0);
      expect(r.stdout, all[i]!.join(' ')).toContain('Examples:');
    });
  });

  it('returns the version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
});

describe('hashtag-swarms analyze', () => {
  it('returns 0 and prints the summary table of the swarms', async () => {
    const r = await runCli(['analyze', TINY, '--window', '6h', '--step', '6h']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read 92 records: 92 accepted, 0 rejected.');
    expect(r.stdout).toMatch(/swarm\s+size\s+top hashtags\s+lifetime \(UTC\)\s+p-value\s+group reach\s+strongest member\s+alone/);
  });

  it('writes JSON, CSV, GEXF and HTML outputs', async () => {
    const out = join(dir, 'all');
    const r = await runCli(['analyze', TINY, '--window', '6h', '--step', '6h', '--json', `${out}.json`, '--csv', `${out}-csv`, '--gexf', `${out}.gexf`, '--html', `${out}.html`]);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as { schemaVersion: number; input: { records: number } };
    expect(report.schemaVersion).toBe(1);
    expect(report.input.records).toBe(92);
    expect(readdirSync(`${out}-csv`).sort()).toEqual(['accounts.csv', 'edges.csv', 'rejected.csv', 'swarm_members.csv', 'swarms.csv', 'windows.csv']);
    expect(readFileSync(`${out}.gexf`, 'utf8')).toContain('<graph mode="dynamic"');
    expect(readFileSync(`${out}.html`, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain(`Wrote ${out}.json`);
  });

  it('analyses windows on worker threads from the built files (ESM CLI, CommonJS require): same report', async () => {
    const file = join(dir, 'dynamic.ndjson');
    const { posts } = generateScenario({ scenario: 'dynamic', seed: 4, accounts: 300, days: 3 });
    writeFileSync(file, posts.map((p) => JSON.stringify({ ...p, time: p.timeMs, timeMs: undefined })).join('\n'));
    const stable = (text: string): string => JSON.stringify(JSON.parse(text), (k, v: unknown) => (k === 'generatedAt' || k.toLowerCase().includes('elapsed') ? undefined : v));
    const runs = await Promise.all(['0', '2'].map((w) => runCli(['analyze', file, '--workers', w, '--json', join(dir, `w${w}.json`), '--quiet'])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const single = stable(readFileSync(join(dir, 'w0.json'), 'utf8'));
    expect(JSON.parse(single).swarms.length).toBeGreaterThan(0);
    expect(stable(readFileSync(join(dir, 'w2.json'), 'utf8')) === single).toBe(true);
    // CommonJS: the .cjs bundle starts the .cjs worker
    const script = [
      `const { analyze } = require(${JSON.stringify(join(ROOT, 'dist', 'index.cjs'))});`,
      `const strip = (k, v) => (k === 'generatedAt' || k.toLowerCase().includes('elapsed') ? undefined : v);`,
      `Promise.all([0, 2].map((workers) => analyze(${JSON.stringify(file)}, { workers })))`,
      `  .then(([a, b]) => process.stdout.write(JSON.stringify({ swarms: a.swarms.length, same: JSON.stringify(a, strip) === JSON.stringify(b, strip) })));`,
    ].join('\n');
    const cjs = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(cjs.status, cjs.stderr).toBe(0);
    expect(JSON.parse(cjs.stdout)).toEqual({ swarms: JSON.parse(single).swarms.length, same: true });
  });

  it('analyses a time-ordered file window by window with --order time: the same report as the default', async () => {
    const sorted = join(dir, 'sorted.ndjson');
    const { posts } = generateScenario({ scenario: 'easy', seed: 5, accounts: 300, days: 2 });
    writeFileSync(sorted, [...posts].sort((a, b) => a.timeMs - b.timeMs || (a.id < b.id ? -1 : 1)).map((p) => JSON.stringify({ ...p, time: p.timeMs, timeMs: undefined })).join('\n'));
    const stable = (text: string): string => JSON.stringify(JSON.parse(text), (k, v: unknown) => (k === 'generatedAt' || k === 'options' || k.toLowerCase().includes('elapsed') ? undefined : v));
    const runs = await Promise.all([[], ['--order', 'time']].map((extra, i) => runCli(['analyze', sorted, ...extra, '--json', join(dir, `order${i}.json`), '--quiet'])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const byDefault = stable(readFileSync(join(dir, 'order0.json'), 'utf8'));
    expect(JSON.parse(byDefault).swarms.length).toBeGreaterThan(0);
    expect(stable(readFileSync(join(dir, 'order1.json'), 'utf8'))).toBe(byDefault);
    expect((JSON.parse(readFileSync(join(dir, 'order1.json'), 'utf8')) as { options: { order: string } }).options.order).toBe('time');
  });

  it('reads a file that is not in time order again, buffered, under --order time and says so; --on-late skip counts, error stops', async () => {
    const newestFirst = join(dir, 'newest-first.ndjson');
    const { posts } = generateScenario({ scenario: 'easy', seed: 5, accounts: 300, days: 2 });
    writeFileSync(newestFirst, [...posts].sort((a, b) => b.timeMs - a.timeMs || (a.id < b.id ? 1 : -1)).map((p) => JSON.stringify({ ...p, time: p.timeMs, timeMs: undefined })).join('\n'));
    const json = (i: number): string => join(dir, `late${i}.json`);
    const runs = await Promise.all([[], ['--on-late', 'skip'], ['--on-late', 'error']].map((extra, i) =>
      runCli(['analyze', newestFirst, '--order', 'time', ...extra, '--json', json(i)])));
    const [auto, skip, error] = [runs[0]!, runs[1]!, runs[2]!];
    expect(auto.code, auto.stderr).toBe(0);
    expect(auto.stderr).toMatch(/not in time order: it was read again, buffered and sorted/);
    const report = JSON.parse(readFileSync(json(0), 'utf8')) as { input: { posts: number; analysedPosts: number; latePosts: number; orderFallback: boolean } };
    expect(report.input).toMatchObject({ orderFallback: true, latePosts: 0, analysedPosts: report.input.posts });
    expect(skip.code, skip.stderr).toBe(0);
    expect(skip.stderr).toMatch(/[\d,]+ late posts skipped, not analysed/);
    expect(skip.stdout).toMatch(/posts analysed in .* \([\d,]+ skipped\)/);
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/the input is not in time order: post "[^"]+" at \S+ came after/);
    expect(existsSync(json(2))).toBe(false);
  });

  it('reads standard input with - and finds the same swarms as from the file', async () => {
    const fromFile = join(dir, 'file.json');
    const fromStdin = join(dir, 'stdin.json');
    await runCli(['analyze', TINY, '--window', '6h', '--step', '6h', '--json', fromFile, '--quiet']);
    const r = await runCli(['analyze', '-', '--format', 'ndjson', '--window', '6h', '--step', '6h', '--json', fromStdin, '--quiet'], readFileSync(TINY, 'utf8'));
    expect(r.code).toBe(0);
    const swarms = (p: string): unknown => (JSON.parse(readFileSync(p, 'utf8')) as { swarms: unknown }).swarms;
    expect(swarms(fromStdin)).toEqual(swarms(fromFile));
  });

  it.skipIf(!existsSync('/usr/bin/script'))('shows a progress bar on a terminal only, and not with --quiet', () => {
    // script(1) gives the child a pseudo-terminal; the delay is set to 0 so a short run shows the bar.
    const inTty = (extra: string): string => spawnSync('/usr/bin/script', ['-qfec', `${process.execPath} ${CLI} analyze ${TINY} --window 1h --step 1h ${extra}`, '/dev/null'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HASHTAG_SWARMS_PROGRESS_DELAY_MS: '0' } }).stdout;
    expect(inTty('')).toMatch(/\d+ windows done/);
    expect(inTty('--quiet')).not.toMatch(/windows done/);
  });

  it('prints nothing with --quiet', async () => {
    const r = await runCli(['analyze', TINY, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('returns 0 with rejected records counted, and 3 under --strict', async () => {
    const lenient = await runCli(['analyze', BAD]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('1 rejected');
    expect(lenient.stdout).toContain('malformed-json 1');
    const strict = await runCli(['analyze', BAD, '--strict']);
    expect(strict.code).toBe(3);
    expect(strict.stderr.trim().split('\n')).toHaveLength(1);
    expect(strict.stderr).toContain('malformed-json');
  });

  it('returns 1 with a one-line error for a missing file, a directory and an unreadable format', async () => {
    const unknown = join(dir, 'data.bin');
    writeFileSync(unknown, Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x01]));
    for (const [args, needle] of [[['analyze', join(dir, 'missing.ndjson')], 'no such file'], [['analyze', dir], 'is a directory']] as const) {
      const r = await runCli([...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toContain(needle);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const r = await runCli(['analyze', unknown]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot tell the format');
  });

  it('prints the stack with --debug', async () => {
    const r = await runCli(['analyze', join(dir, 'missing.ndjson'), '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('returns 2 for each usage error, naming the flag and what it accepts', async () => {
    const cases: [string[], RegExp][] = [
      [['analyze', TINY, '--format', 'xml'], /--format.*ndjson, json, csv/],
      [['analyze', TINY, '--schema', 'myspace'], /--schema.*generic, twitter-v1/],
      [['analyze', TINY, '--window', 'abc'], /--window.*duration/],
      [['analyze', TINY, '--step', '0s'], /--step.*longer than 0/],
      [['analyze', TINY, '--lag', '5q'], /--lag.*or auto/],
      [['analyze', TINY, '--seed', 'x'], /--seed.*integer/],
      [['analyze', TINY, '--workers', 'two'], /--workers.*from 0 to 64, or auto/],
      [['analyze', TINY, '--order', 'sideways'], /--order.*any, time/],
      [['analyze', TINY, '--order', 'any', '--follow'], /--order.*time \(or no --order\) with --follow/],
      [['analyze', TINY, '--map', 'foo'], /--map.*field=column/],
      [['analyze', TINY, '--colour'], /unknown option '--colour'/],
      [['analyze'], /missing required argument 'input'/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args)));
    cases.forEach(([args, pattern], i) => {
      const r = results[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });
});
