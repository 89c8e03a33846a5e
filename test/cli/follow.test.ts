import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, runCli, startCli } from './helpers.js';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-follow-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture's lines sorted by time (a live feed arrives in time order). */
function feed(): string[] {
  const lines = readFileSync(join(FIXTURES, 'tiny.ndjson'), 'utf8').trim().split('\n');
  return lines.sort((a, b) => Date.parse((JSON.parse(a) as { time: string }).time) - Date.parse((JSON.parse(b) as { time: string }).time));
}

const waitFor = async (check: () => boolean, timeoutMs: number): Promise<void> => {
  for (const start = Date.now(); !check(); ) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('hashtag-swarms analyze --follow', () => {
  it('reads what is appended to the file, and on Ctrl-C flushes the windows, writes outputs and exits 0', async () => {
    const path = join(dir, 'grow.ndjson');
    const out = join(dir, 'grow.json');
    const lines = feed();
    const half = Math.floor(lines.length / 2);
    writeFileSync(path, `${lines.slice(0, half).join('\n')}\n`);
    const child = startCli(['analyze', path, '--follow', '--window', '2h', '--step', '1h', '--json', out]);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    await new Promise((r) => setTimeout(r, 1500));
    appendFileSync(path, `${lines.slice(half).join('\n')}\n`);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    expect(await closed).toBe(0);
    expect(stderr).toContain('stopping');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { input: { records: number }; windows: unknown[] };
    expect(report.input.records).toBe(lines.length);
    expect(report.windows.length).toBeGreaterThanOrEqual(5);
    expect(stdout.match(/^window \d+ /gm)?.length).toBe(report.windows.length);
    expect(stdout).toMatch(/swarm-\S+\s+\d+ accounts/);
  });

  it('prints a window while the input is still open, as soon as the window closes', async () => {
    const path = join(dir, 'live.ndjson');
    const lines = feed();
    writeFileSync(path, `${lines.join('\n')}\n`);
    const child = startCli(['analyze', path, '--follow', '--window', '1h', '--step', '1h']);
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
    const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    try {
      // every post is in the file: window 0 has closed long before the input ends
      await waitFor(() => /^window 0 /m.test(stdout), 15_000);
    } finally {
      child.kill('SIGINT');
    }
    expect(await closed).toBe(0);
  });

  it('reads standard input until it ends', async () => {
    const r = await runCli(['analyze', '-', '--follow', '--window', '1h', '--step', '1h'], `${feed().join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^window 0 /m);
    expect(r.stdout).toContain('Read 92 records');
    expect(existsSync(join(dir, 'nothing.json'))).toBe(false);
  });

  it('stops with a clear message on input that is not in time order, instead of skipping it', async () => {
    const r = await runCli(['analyze', '-', '--follow', '--window', '1h', '--step', '1h'], `${feed().reverse().join('\n')}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not in time order: post "[^"]+" at \S+ came after .*--allowed-lateness/);
  });

  it('merges repeats of a post (same id, account and time) as a buffered read does', async () => {
    const lines = feed();
    const first = JSON.parse(lines[0]!) as { hashtags: string[] };
    const repeat = JSON.stringify({ ...first, hashtags: ['anotherone'] });
    const input = `${[lines[0], repeat, ...lines.slice(1)].join('\n')}\n`;
    const path = join(dir, 'repeats.ndjson');
    writeFileSync(path, input);
    const [followed, buffered] = await Promise.all([
      runCli(['analyze', '-', '--follow', '--window', '1h', '--step', '1h', '--json', join(dir, 'rf.json')], input),
      runCli(['analyze', path, '--window', '1h', '--step', '1h', '--json', join(dir, 'rb.json'), '--quiet']),
    ]);
    expect(followed.code, followed.stderr).toBe(0);
    expect(buffered.code, buffered.stderr).toBe(0);
    const counts = (f: string): unknown => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { input: { accepted: number; rejected: number; merged: number } }).input;
    expect(counts('rf.json')).toMatchObject({ merged: 1, rejected: 0 });
    expect(counts('rf.json')).toEqual(counts('rb.json'));
  });
});
