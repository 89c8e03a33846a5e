/**
 * The three real datasets of ../shared/data (see its README). Skipped, with a
 * message, only when that folder is absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from '../../src/sources/index.js';
import type { RawRecord } from '../../src/sources/index.js';
import { ingest } from '../../src/ingest/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const present = existsSync(dataDir);
if (!present) console.warn(`real-data tests skipped: ${dataDir} is absent`);

const IRA = path.join(dataDir, 'ira-canada/troll_tweets_canada.csv');
const USER2019 = path.join(dataDir, 'conference-user2019/user2019.csv');
const GERMAN = path.join(dataDir, 'german-elections/german_elections.csv');
const GERMAN_MAP = { account: 'account_id', id: 'post_id', time: 'timestamp', hashtags: 'hashtag_id' } as const;

async function readAll(file: string): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const record of readRecords(file, { schema: 'ira' })) out.push(record);
  return out;
}

describe.skipIf(!present)('ingest on real data', () => {
  let iraRecords: Promise<RawRecord[]> | undefined;
  const ira = (): Promise<RawRecord[]> => (iraRecords ??= readAll(IRA));

  it('returns 7,809 posts from the 14,941 IRA rows: 7,132 rows repeat a tweet and merge', async () => {
    const { posts, stats } = await ingest(await ira());
    expect(stats).toEqual({ read: 14_941, accepted: 14_941, merged: 7_132, rejected: 0, rejectedByCode: {}, withoutHashtags: 3_474 });
    expect(posts).toHaveLength(stats.accepted - stats.merged);
    expect(new Set(posts.map((p) => p.account)).size).toBe(653);
  });

  it('returns 7,132 duplicate-id rejections from the IRA rows under duplicates: reject', async () => {
    const { posts, stats } = await ingest(await ira(), { duplicates: 'reject' });
    expect(stats).toMatchObject({ read: 14_941, accepted: 7_809, merged: 0, rejected: 7_132, rejectedByCode: { 'duplicate-id': 7_132 } });
    expect(posts).toHaveLength(7_809);
  });

  it('returns all 8,318 useR! 2019 tweets with the rtweet schema', async () => {
    const { posts, stats } = await ingest(readRecords(USER2019, { schema: 'rtweet' }));
    expect(stats).toEqual({ read: 8_318, accepted: 8_318, merged: 0, rejected: 0, rejectedByCode: {}, withoutHashtags: 1_112 });
    expect(new Set(posts.map((p) => p.account)).size).toBe(2_151);
    expect(posts.every((p) => p.timeMs >= Date.UTC(2019, 0, 1) && p.timeMs < Date.UTC(2020, 0, 1))).toBe(true);
  });

  it('returns 194,323 posts from the 218,971 German election rows: 24,645 merged, 3 without id', async () => {
    const { posts, rejected, stats } = await ingest(readRecords(GERMAN, { map: GERMAN_MAP }));
    expect(stats).toEqual({
      read: 218_971, accepted: 218_968, merged: 24_645, rejected: 3, rejectedByCode: { 'missing-id': 3 }, withoutHashtags: 158_318,
    });
    expect(stats.read).toBe(stats.accepted + stats.rejected);
    expect(posts).toHaveLength(194_323);
    expect(rejected.map((r) => r.line)).toEqual([41_002, 50_977, expect.any(Number)]);
    // 58,317 accounts in the file; 3 of them appear only on the rows without post_id.
    expect(new Set(posts.map((p) => p.account)).size).toBe(58_314);
  }, 30_000);
});
