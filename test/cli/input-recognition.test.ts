/**
 * Issue #24 items 2 and 9, through the built CLI: the schema is recognised from the first
 * record, a run that accepts nothing or rejects most of its input exits 3 with the columns seen
 * and a command to try, extensionless files are sniffed, and CSV hashtag lists split on , and ;.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, ROOT, runCli } from './helpers.js';

const TINY = join(FIXTURES, 'tiny.ndjson');
const USER2019 = resolve(ROOT, '../shared/data/conference-user2019/user2019.csv');
let dir: string;

interface TinyRecord { id: string; account: string; time: string; hashtags: string[]; followers?: number }
const tiny = (): TinyRecord[] => readFileSync(TINY, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TinyRecord);

/** The tiny fixture as an rtweet-shaped CSV (hashtags joined by `sep`, quoted). */
function rtweetCsv(sep: string): string {
  const rows = tiny().map((r) => `"${r.id}","u${r.account}","${r.account}","${r.time}","text","${r.hashtags.join(sep)}",${r.followers ?? ''}`);
  return ['"status_id","user_id","screen_name","created_at","text","hashtags","followers_count"', ...rows, ''].join('\n');
}

/** Its first two lines of the summary (records and swarms). */
const head = (stdout: string): string[] => stdout.split('\n').slice(0, 2);

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze recognises the schema', () => {
  it('reads an rtweet CSV without --schema, saying so in one stderr line, as with --schema rtweet', async () => {
    const file = join(dir, 'tweets.csv');
    writeFileSync(file, rtweetCsv(' '));
    const sniffed = await runCli(['analyze', file]);
    const explicit = await runCli(['analyze', file, '--schema', 'rtweet']);
    expect(sniffed.code).toBe(0);
    expect(sniffed.stderr).toBe('hashtag-swarms: reading the rtweet schema, recognised from status_id, screen_name, created_at (--schema chooses another).\n');
    expect(sniffed.stdout).toContain('Read 92 records: 92 accepted, 0 rejected.');
    expect(sniffed.stdout).toBe(explicit.stdout);
    expect(explicit.stderr).toBe('');
    const quiet = await runCli(['analyze', file, '--quiet']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
  });

  it.skipIf(!existsSync(USER2019))('reads the useR! 2019 rtweet export (../shared/data) without --schema', async () => {
    const r = await runCli(['analyze', USER2019, '--quiet', '--json', join(dir, 'user2019.json')]);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'user2019.json'), 'utf8')) as { input: { records: number; accepted: number }; options: { schema: string } };
    expect(report.input).toMatchObject({ records: 8318, accepted: 8318 });
    expect(report.options.schema).toBe('rtweet');
  }, 120_000);

  it('recognises the schema on standard input too', async () => {
    const r = await runCli(['analyze', '-'], rtweetCsv(' '));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('reading the rtweet schema');
    expect(r.stdout).toContain('92 accepted, 0 rejected');
  });
});

describe('analyze fails a run that accepts nothing or rejects most records (exit 3)', () => {
  it('lists the columns seen and the --map that reads them; that command then succeeds', async () => {
    const file = join(dir, 'posts.csv');
    const rows = tiny().map((r) => `${r.account},${r.id},,${r.hashtags.join('|')},,,${Date.parse(r.time) / 1000}`);
    writeFileSync(file, ['"account_id","post_id","url_id","hashtag_id","domain_id","phash_id","timestamp"', ...rows, ''].join('\n'));
    const r = await runCli(['analyze', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('0 accepted, 92 rejected');
    expect(r.stderr).toContain('hashtag-swarms: nothing accepted: 92 of 92 records rejected (missing-id 92), read with the generic schema (no known shape recognised).');
    expect(r.stderr).toContain('columns of the first record: account_id, post_id, url_id, hashtag_id, domain_id, phash_id, timestamp.');
    expect(r.stderr).toContain('generic fields: id, account, time');
    const tryLine = /try: hashtag-swarms (analyze .*)/.exec(r.stderr)?.[1];
    expect(tryLine).toBe(`analyze ${file} --map id=post_id,account=account_id,time=timestamp,hashtags=hashtag_id`);
    const fixed = await runCli(tryLine!.split(' '));
    expect(fixed.code).toBe(0);
    expect(head(fixed.stdout)).toEqual(head((await runCli(['analyze', TINY])).stdout));
  });

  it('names the recognised schema when the one given does not fit', async () => {
    const file = join(dir, 'rtweet.csv');
    writeFileSync(file, rtweetCsv(' '));
    const r = await runCli(['analyze', file, '--schema', 'ira', '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('nothing accepted: 92 of 92 records rejected (missing-account 92), read with the ira schema.');
    expect(r.stderr).toContain('columns of the first record: status_id, user_id, screen_name, created_at, text, hashtags, followers_count.');
    expect(r.stderr).toContain(`try: hashtag-swarms analyze ${file} --schema rtweet`);
  });

  it('fails when more than half are rejected unless --allow-rejected; accepting none fails even then', async () => {
    const lines = readFileSync(TINY, 'utf8').trim().split('\n');
    const file = join(dir, 'mostly-bad.ndjson');
    writeFileSync(file, lines.map((l, i) => (i % 3 === 0 ? l : l.replace(/"account":"[^"]*",/, ''))).join('\n'));
    const r = await runCli(['analyze', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('31 accepted, 61 rejected');
    expect(r.stderr).toContain('61 of 92 records rejected (more than half) (missing-account 61), read with the generic schema, recognised from the first record.');
    expect(r.stderr).toContain('--allow-rejected');
    expect((await runCli(['analyze', file, '--allow-rejected'])).code).toBe(0);
    const none = join(dir, 'all-bad.ndjson');
    writeFileSync(none, lines.map((l) => l.replace(/"account":"[^"]*",/, '')).join('\n'));
    expect((await runCli(['analyze', none, '--allow-rejected'])).code).toBe(3);
    const empty = await runCli(['analyze', '-'], '');
    expect(empty.code).toBe(3);
    expect(empty.stderr).toContain('nothing accepted: the input holds no records');
  });

  it('documents exit code 3 and --allow-rejected in the help', async () => {
    const r = await runCli(['analyze', '--help']);
    expect(r.stdout).toContain('--allow-rejected');
    expect(r.stdout).toMatch(/3 rejected records: any under --strict;\s+without it, a run that accepts nothing or rejects more than half/);
  });
});

describe('analyze reads extensionless files and , ; hashtag lists', () => {
  it('sniffs the format of a file without an extension (NDJSON and CSV)', async () => {
    const ndjson = join(dir, 'posts-ndjson');
    copyFileSync(TINY, ndjson);
    const csv = join(dir, 'posts-csv');
    writeFileSync(csv, rtweetCsv('|'));
    const expected = head((await runCli(['analyze', TINY])).stdout);
    for (const file of [ndjson, csv]) {
      const r = await runCli(['analyze', file]);
      expect(r.code, file).toBe(0);
      expect(head(r.stdout), file).toEqual(expected);
    }
  });

  it('splits CSV hashtag cells on commas and semicolons: the same swarms and hashtags as from the NDJSON', async () => {
    const expected = (await runCli(['analyze', TINY])).stdout;
    expect(expected).toContain('#push #camp0 #camp1');
    for (const sep of [',', ';', ', ']) {
      const rtweet = join(dir, 'sep-rtweet.csv');
      writeFileSync(rtweet, rtweetCsv(sep));
      const r = await runCli(['analyze', rtweet, '--schema', 'rtweet']);
      expect(r.code, sep).toBe(0);
      expect(r.stdout, sep).toBe(expected);
      const generic = join(dir, 'sep-generic.csv');
      writeFileSync(generic, ['id,account,time,hashtags', ...tiny().map((t) => `${t.id},${t.account},${t.time},"${t.hashtags.join(sep)}"`), ''].join('\n'));
      const g = await runCli(['analyze', generic]);
      expect(g.code, sep).toBe(0);
      expect(g.stdout, sep).toBe(expected);
    }
  });
});
