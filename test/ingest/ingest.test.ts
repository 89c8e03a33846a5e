import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/sources/index.js';
import { ingest, ingestStrict, ingestStream } from '../../src/ingest/index.js';
import type { IngestOptions, Rejection, RejectionCode } from '../../src/ingest/index.js';
import { InvalidOptionsError, RejectedRecordError } from '../../src/errors.js';

const T = '2021-09-26T12:00:00Z';
const good = (id: string, extra: Record<string, unknown> = {}) => ({ id, account: 'ann', time: T, hashtags: ['a'], ...extra });

async function codeOf(record: unknown, options?: IngestOptions): Promise<RejectionCode | undefined> {
  const { rejected } = await ingest([record], options);
  return rejected[0]?.code;
}

describe('ingest', () => {
  it('returns posts with normalised fields from plain generic records', async () => {
    const { posts, stats } = await ingest([
      { id: 7, account: 'ann', time: 1632657600, text: 'Hi #Wahl2021 #wahl2021 #b', followers: '10', likes: 2, reposts: '0', replies: null, repostOf: 5, replyTo: '', mentions: '@bob|carl' },
    ]);
    expect(posts).toEqual([{ id: '7', account: 'ann', timeMs: 1632657600000, hashtags: ['wahl2021', 'b'], followers: 10, likes: 2, reposts: 0, repostOf: '5', mentions: ['bob', 'carl'] }]);
    expect(stats).toEqual({ read: 1, accepted: 1, merged: 0, rejected: 0, rejectedByCode: {}, withoutHashtags: 0 });
  });

  it('returns posts with only the fields the record had, in a fixed order, as JSON shows them', async () => {
    const { posts } = await ingest([good('1'), good('2', { likes: 4, mentions: ['@x'] }), good('1', { hashtags: ['b'] })]);
    expect(posts.map((p) => Object.keys(p))).toEqual([['id', 'account', 'timeMs', 'hashtags'], ['id', 'account', 'timeMs', 'hashtags', 'likes', 'mentions']]);
    expect(JSON.parse(JSON.stringify(posts[0]))).toStrictEqual({ id: '1', account: 'ann', timeMs: Date.parse(T), hashtags: ['a', 'b'] });
  });

  it('returns structured hashtags instead of text hashtags when both are present', async () => {
    const { posts } = await ingest([{ ...good('1'), hashtags: ['#X', '＃Ｙ'], text: '#z' }]);
    expect(posts[0]?.hashtags).toEqual(['x', 'y']);
  });

  it('returns text only with keepText', async () => {
    expect((await ingest([good('1', { text: 'hello' })])).posts[0]).not.toHaveProperty('text');
    expect((await ingest([good('1', { text: 'hello' })], { keepText: true })).posts[0]?.text).toBe('hello');
  });

  it.each<[RejectionCode, unknown]>([
    ['missing-id', { account: 'a', time: T }],
    ['missing-id', { id: '  ', account: 'a', time: T }],
    ['invalid-field', { id: { x: 1 }, account: 'a', time: T }],
    ['missing-account', { id: '1', account: '', time: T }],
    ['missing-timestamp', { id: '1', account: 'a' }],
    ['invalid-timestamp', { id: '1', account: 'a', time: 'yesterday' }],
    ['invalid-timestamp', { id: '1', account: 'a', time: '2021-02-30T00:00:00Z' }],
    ['timestamp-out-of-range', { id: '1', account: 'a', time: '1999-12-31T23:59:59Z' }],
    ['timestamp-out-of-range', { id: '1', account: 'a', time: '2100-01-01T00:00:00Z' }],
    ['invalid-hashtag', { ...good('1'), hashtags: ['ok', 5] }],
    ['invalid-hashtag', { ...good('1'), hashtags: { a: 1 } }],
    ['invalid-field', { ...good('1'), followers: -1 }],
    ['invalid-field', { ...good('1'), likes: 'many' }],
    ['invalid-field', { ...good('1'), reposts: Number.POSITIVE_INFINITY }],
    ['invalid-field', { ...good('1'), mentions: [1] }],
    ['invalid-field', { ...good('1'), text: 42 }],
    ['invalid-field', { ...good('1'), replyTo: true }],
    ['not-an-object', 'a string'],
  ])('returns a %s rejection for %j', async (code, record) => {
    expect(await codeOf(record)).toBe(code);
  });

  it('returns a duplicate-id rejection under duplicates: reject (first one wins)', async () => {
    const { posts, rejected, stats } = await ingest([good('1', { hashtags: ['a'] }), good('1', { hashtags: ['b'] })], { duplicates: 'reject' });
    expect(posts.map((p) => p.hashtags)).toEqual([['a']]);
    expect(rejected).toMatchObject([{ index: 1, code: 'duplicate-id', field: 'id' }]);
    expect(stats).toMatchObject({ read: 2, accepted: 1, merged: 0, rejected: 1 });
  });

  it('returns one merged post for repeats with the same id, account and time (default)', async () => {
    const { posts, stats } = await ingest([good('1', { hashtags: ['a'] }), good('2'), good('1', { hashtags: ['b', 'a'], followers: 3 })]);
    expect(posts.map((p) => [p.id, p.hashtags, p.followers])).toEqual([['1', ['a', 'b'], 3], ['2', ['a'], undefined]]);
    expect(stats).toMatchObject({ read: 3, accepted: 3, merged: 1, rejected: 0 });
  });

  it('returns duplicate-id for a repeat with another account or time, or beyond maxMergeDistance', async () => {
    const conflict = await ingest([good('1'), { ...good('1'), account: 'bob' }, { ...good('1'), time: '2021-09-26T12:00:01Z' }]);
    expect(conflict.rejected.map((r) => r.code)).toEqual(['duplicate-id', 'duplicate-id']);
    const far = await ingest([good('1'), good('2'), good('3'), good('1')], { maxMergeDistance: 2 });
    expect(far.rejected).toMatchObject([{ index: 3, code: 'duplicate-id' }]);
    expect(far.posts.map((p) => p.id)).toEqual(['1', '2', '3']);
  });

  it('returns rejections with index and line from readRecords and counts that reconcile', async () => {
    const lines = ['{"id":"1","account":"a","time":"2021-01-01T00:00:00Z"}', '{bad', '{"id":"2","account":"a"}', '[]', `{"id":"${'x'.repeat(200)}"}`];
    const { posts, rejected, stats } = await ingest(readRecords(lines, { maxLineBytes: 100 }));
    expect(posts).toHaveLength(1);
    expect(rejected.map((r) => [r.index, r.line, r.code])).toEqual([[1, 2, 'malformed-json'], [2, 3, 'missing-timestamp'], [3, 4, 'not-an-object'], [4, 5, 'line-too-long']]);
    expect(stats).toEqual({
      read: 5, accepted: 1, merged: 0, rejected: 4, withoutHashtags: 1,
      rejectedByCode: { 'malformed-json': 1, 'missing-timestamp': 1, 'not-an-object': 1, 'line-too-long': 1 },
    });
    for (const r of rejected) expect(r.message).toContain(String(r.index));
  });

  it('returns malformed-csv and wrong-column-count rejections from CSV input', async () => {
    const csv = ['id,account,time', '1,a,2021-01-01T00:00:00Z', '2,a', '3,a"b,2021-01-01T00:00:00Z'];
    const { rejected } = await ingest(readRecords(csv, { format: 'csv' }));
    expect(rejected.map((r) => r.code)).toEqual(['wrong-column-count', 'malformed-csv']);
  });

  it('treats __proto__, constructor and hasOwnProperty as ordinary accounts, ids and hashtags', async () => {
    const { posts } = await ingest([
      { id: '__proto__', account: '__proto__', time: T, hashtags: ['__proto__', 'constructor'] },
      { id: 'constructor', account: 'hasOwnProperty', time: T, text: '#hasOwnProperty #toString' },
      JSON.parse('{"__proto__":{"id":"evil"},"id":"3","account":"c","time":"2021-01-01T00:00:00Z"}'),
    ]);
    expect(posts.map((p) => [p.id, p.account, p.hashtags])).toEqual([
      ['__proto__', '__proto__', ['__proto__', 'constructor']],
      ['constructor', 'hasOwnProperty', ['hasownproperty', 'tostring']],
      ['3', 'c', []],
    ]);
  });

  it.each([
    ['timeZone', 'Europe/Berlin'], ['timeZone', '+2'], ['minTimeMs', Number.NaN], ['maxTimeMs', 0], ['foldDiacritics', 'yes'],
    ['duplicates', 'keep'], ['maxMergeDistance', -1], ['keepText', 1], ['onRejection', 'log'], ['strict', true],
  ])('throws InvalidOptionsError for %s = %j', async (option, value) => {
    await expect(ingest([], { [option]: value } as IngestOptions)).rejects.toMatchObject({ code: 'invalid-options', option });
    await expect(ingest([], { [option]: value } as IngestOptions)).rejects.toBeInstanceOf(InvalidOptionsError);
  });

  it('returns empty results for empty input', async () => {
    expect(await ingest([])).toEqual({ posts: [], rejected: [], stats: { read: 0, accepted: 0, merged: 0, rejected: 0, rejectedByCode: {}, withoutHashtags: 0 } });
  });
});

describe('ingestStrict', () => {
  it('throws RejectedRecordError carrying the first rejection', async () => {
    const error = await ingestStrict([good('1'), { id: '2', account: 'a', time: 'nope' }, { id: '3' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RejectedRecordError);
    expect(error).toMatchObject({ code: 'rejected-record', rejection: { index: 1, code: 'invalid-timestamp', field: 'time' } });
  });
  it('returns the posts when nothing is rejected', async () => {
    expect((await ingestStrict([good('1')])).posts).toHaveLength(1);
  });
});

describe('ingestStream', () => {
  it('returns posts, rejections through onRejection and final stats at the end', async () => {
    const seen: Rejection[] = [];
    const stream = ingestStream([good('1'), { id: '2' }, good('3')], { onRejection: (r) => seen.push(r), duplicates: 'reject' });
    const ids: string[] = [];
    for await (const post of stream) ids.push(post.id);
    expect(ids).toEqual(['1', '3']);
    expect(seen.map((r) => r.code)).toEqual(['missing-account']);
    expect(stream.stats).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    expect(stream.firstRejected).toHaveLength(1);
  });
  it('returns the first posts before the whole input is read (held at most maxMergeDistance records)', async () => {
    let pulled = 0;
    async function* records() {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        yield good(String(i));
      }
    }
    const stream = ingestStream(records(), { maxMergeDistance: 100 });
    let pulledAtFirst = -1;
    let count = 0;
    for await (const post of stream) {
      if (pulledAtFirst < 0) pulledAtFirst = pulled;
      expect(post.id).toBe(String(count++));
    }
    expect(count).toBe(5000);
    expect(pulledAtFirst).toBeLessThan(5000);
  });
});
