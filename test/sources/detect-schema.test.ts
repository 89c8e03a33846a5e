import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseSchema, detectSchema, readRecords, readRecordsChoosingSchema, resolveReadRecordsOptions } from '../../src/sources/index.js';
import type { RecordSchema, SchemaChoice } from '../../src/sources/index.js';
import { ingest } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => path.join(here, '../fixtures/sources', name);
const shared = path.resolve(here, '../../../shared/data');

/** The first line of a CSV file as a row object, the way readRecords hands the first record to the detector. */
function headerRow(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of line.split(',')) out[name.replace(/^"|"$/g, '')] = '';
  return out;
}

describe('detectSchema', () => {
  it('recognises the real datasets\' headers: rtweet, both IRA column orders; german-elections is none', () => {
    expect(detectSchema(headerRow('"status_id","user_id","screen_name","created_at","text","is_retweet","hashtags","followers_count"'))).toEqual({
      schema: 'rtweet', evidence: ['status_id', 'screen_name', 'created_at'],
    });
    expect(detectSchema(headerRow('account_category,account_type,author,clean_tweet,content,external_author_id,followers,following,harvested_date,language,new_june_2018,post_type,publish_date,region,retweet,updates'))?.schema).toBe('ira');
    expect(detectSchema(headerRow('author,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,account_type,retweet,account_category'))?.schema).toBe('ira');
    expect(detectSchema(headerRow('"account_id","post_id","url_id","hashtag_id","domain_id","phash_id","timestamp"'))).toBeUndefined();
  });

  it('recognises each platform shape from a first record', () => {
    const cases: [unknown, RecordSchema | undefined][] = [
      [{ id: '1', account: 'a', time: '2024-01-01T00:00:00Z', hashtags: ['x'] }, 'generic'],
      [{ id_str: '1', created_at: 'Wed Oct 10 20:19:24 +0000 2018', user: { screen_name: 'a' }, entities: {} }, 'twitter-v1'],
      [{ id: '1', text: 'hi', author_id: '9' }, 'twitter-v2'],
      [{ id: '1', text: 'hi', author: { username: 'a' } }, 'twitter-v2'],
      [{ data: [{ id: '1', text: 'hi', author_id: '9' }], includes: { users: [] } }, 'twitter-v2'],
      [{ id: '1', created_at: '2024-01-01T00:00:00Z', account: { acct: 'a@x.social' }, tags: [] }, 'mastodon'],
      [{ uri: 'at://did:plc:x/app.bsky.feed.post/1', author: { handle: 'a' }, record: {} }, 'bluesky'],
      [{ feed: [{ post: { uri: 'at://did:plc:x/app.bsky.feed.post/1' } }] }, 'bluesky'],
      [{ did: 'did:plc:x', commit: { collection: 'app.bsky.feed.post', rkey: '1', record: {} } }, 'bluesky'],
      [{ user: 'a', when: 1 }, undefined],
      [['not', 'an', 'object'], undefined],
      [null, undefined],
    ];
    for (const [sample, schema] of cases) expect(detectSchema(sample)?.schema, JSON.stringify(sample)).toBe(schema);
  });

  it('chooses an explicit schema or a map over what it recognises', () => {
    const rtweetRow = headerRow('status_id,screen_name,created_at');
    expect(chooseSchema(resolveReadRecordsOptions(), rtweetRow)).toMatchObject({ schema: 'rtweet', chosen: 'recognised' });
    expect(chooseSchema(resolveReadRecordsOptions({ schema: 'ira' }), rtweetRow)).toMatchObject({ schema: 'ira', chosen: 'option', detection: { schema: 'rtweet' } });
    expect(chooseSchema(resolveReadRecordsOptions({ map: { id: 'status_id' } }), rtweetRow)).toMatchObject({ schema: 'generic', chosen: 'option' });
    expect(chooseSchema(resolveReadRecordsOptions(), { a: 1 })).toMatchObject({ schema: 'generic', chosen: 'default', columns: ['a'] });
  });
});

describe('readRecords without a schema', () => {
  const fixtures: [string, RecordSchema][] = [
    ['twitter-v1.jsonl', 'twitter-v1'], ['twitter-v2-page.json', 'twitter-v2'], ['twitter-v2-pages.ndjson', 'twitter-v2'],
    ['twitter-v2-tweets.ndjson', 'twitter-v2'], ['rtweet.csv', 'rtweet'], ['ira.csv', 'ira'], ['mastodon.json', 'mastodon'],
    ['bluesky-feed.json', 'bluesky'], ['bluesky-firehose.ndjson', 'bluesky'],
  ];
  it.each(fixtures)('reads %s as with schema %s', async (name, schema) => {
    const choices: SchemaChoice[] = [];
    const sniffed = await ingest(readRecordsChoosingSchema(fixture(name), undefined, (c) => choices.push(c)));
    const explicit = await ingest(readRecords(fixture(name), { schema }));
    expect(choices).toHaveLength(1);
    expect(choices[0]).toMatchObject({ schema, chosen: 'recognised' });
    expect(sniffed.stats).toEqual(explicit.stats);
    expect(sniffed.posts).toEqual(explicit.posts);
    expect(sniffed.stats.accepted).toBeGreaterThan(0);
  });

  it('keeps an explicit generic schema (no sniffing): an rtweet file is then rejected, every record counted', async () => {
    const { stats } = await ingest(readRecords(fixture('rtweet.csv'), { schema: 'generic' }));
    expect(stats.accepted).toBe(0);
    expect(stats.read).toBe(stats.rejected);
    expect(stats.rejectedByCode['missing-id']).toBe(stats.read);
  });

  it('sniffs iterables of objects too', async () => {
    const { posts } = await ingest(readRecords([{ status_id: '7', screen_name: 'ann', created_at: '2019-07-05T14:18:36Z', hashtags: 'rstats' }]));
    expect(posts).toEqual([{ id: '7', account: 'ann', timeMs: Date.UTC(2019, 6, 5, 14, 18, 36), hashtags: ['rstats'] }]);
  });
});

describe('analyze without a schema (library API)', () => {
  it('recognises the schema of a file, tells onSchema and echoes it in the report options', async () => {
    const choices: SchemaChoice[] = [];
    const report = await analyze(fixture('rtweet.csv'), { onSchema: (c) => choices.push(c) });
    const explicit = await analyze(fixture('rtweet.csv'), { schema: 'rtweet' });
    expect(choices).toHaveLength(1);
    expect(choices[0]).toMatchObject({ schema: 'rtweet', chosen: 'recognised' });
    expect(choices[0]?.columns).toContain('screen_name');
    expect(report.input.accepted).toBeGreaterThan(0);
    expect(report.input).toEqual(explicit.input);
    expect(report.options['schema']).toBe('rtweet');
  });

  it.skipIf(!existsSync(path.join(shared, 'conference-user2019/user2019.csv')))('reads the real useR! 2019 rtweet export without --schema', async () => {
    const file = path.join(shared, 'conference-user2019/user2019.csv');
    expect(detectSchema(headerRow(readFileSync(file, 'utf8').slice(0, 2000).split('\n')[0]!))?.schema).toBe('rtweet');
    const report = await analyze(file, { seed: 1 });
    expect(report.input.records).toBe(8318);
    expect(report.input.accepted).toBe(8318 - report.input.rejected);
    expect(report.input.rejected).toBeLessThan(100);
  }, 120_000);
});
