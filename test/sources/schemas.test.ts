import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from '../../src/sources/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { ReadRecordsOptions } from '../../src/sources/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => path.join(here, '../fixtures/sources', name);

async function postsOf(name: string, options: ReadRecordsOptions) {
  return ingest(readRecords(fixture(name), options), { keepText: true });
}

describe('readRecords schema twitter-v1', () => {
  it('returns posts with screen names, entity hashtags, retweet and reply links', async () => {
    const { posts, stats } = await postsOf('twitter-v1.jsonl', { schema: 'twitter-v1' });
    expect(stats).toMatchObject({ read: 3, accepted: 3, rejected: 0 });
    expect(posts[0]).toMatchObject({
      id: '1050118621198921728', account: 'TwitterAPI', timeMs: Date.UTC(2018, 9, 10, 20, 19, 24),
      hashtags: ['twitter', 'emoji'], followers: 6133636, likes: 296, reposts: 161, mentions: ['TwitterDev'],
    });
    expect(posts[1]).toMatchObject({ account: 'TwitterDev', repostOf: '1050118621198921728', hashtags: ['twitter', 'emoji'] });
    expect(posts[2]).toMatchObject({
      replyTo: '1050118621198921728', hashtags: ['longtweet'], timeMs: Date.UTC(2018, 9, 11, 6, 0, 0),
      text: '@TwitterAPI thanks! this is a truncated status with a hashtag at the end #LongTweet',
    });
  });
});

describe('readRecords schema twitter-v2', () => {
  const expected = [
    { id: '1460323737035677698', account: 'TwitterDev', hashtags: ['twitterapi', 'v2'], likes: 200, reposts: 44, replies: 12, followers: 512000 },
    { id: '1460323737035677699', account: 'TwitterAPI', repostOf: '1460323737035677698', mentions: ['TwitterDev'], followers: 6133636 },
    { id: '1460323737035677700', account: 'TwitterAPI', replyTo: '1460323737035677698', hashtags: [] },
  ];
  it('returns one post per tweet of a response page, authors resolved through includes.users', async () => {
    const { posts } = await postsOf('twitter-v2-page.json', { schema: 'twitter-v2' });
    expect(posts).toHaveLength(3);
    expected.forEach((e, i) => expect(posts[i]).toMatchObject(e));
    expect(posts[0]?.timeMs).toBe(Date.parse('2021-11-15T19:08:05.000Z'));
  });
  it('returns the same posts from NDJSON with one page per line', async () => {
    const { posts } = await postsOf('twitter-v2-pages.ndjson', { schema: 'twitter-v2' });
    expected.forEach((e, i) => expect(posts[i]).toMatchObject(e));
  });
  it('returns posts from one tweet per line, with author.username or else author_id as account', async () => {
    const { posts } = await postsOf('twitter-v2-tweets.ndjson', { schema: 'twitter-v2' });
    expect(posts.map((p) => p.account)).toEqual(['TwitterDev', '6253282', '6253282']);
    expect(posts[0]?.followers).toBe(512000);
  });
});

describe('readRecords schema rtweet', () => {
  it('returns posts with space-separated and c("…") hashtags, NA as absent, multi-line text', async () => {
    const { posts, stats } = await postsOf('rtweet.csv', { schema: 'rtweet' });
    expect(stats.rejected).toBe(0);
    expect(posts[0]).toMatchObject({ id: '1147147771545378817', account: 'ariel_esteban', hashtags: ['rstats', 'user2019'], followers: 414, reposts: 28, likes: 0 });
    expect(posts[0]?.repostOf).toBeUndefined();
    expect(posts[1]).toMatchObject({ hashtags: ['rstats', 'user2019'], repostOf: '1147147771545378817', mentions: ['ariel_esteban'], timeMs: Date.UTC(2019, 6, 5, 15, 4, 27) });
    expect(posts[2]).toMatchObject({ hashtags: [], replyTo: '1147159312218771457', mentions: ['rOpenSci'], likes: 5 });
    expect(posts[2]?.followers).toBeUndefined();
    expect(posts[2]?.text).toContain('\nsecond line');
  });
});

describe('readRecords schema ira', () => {
  it('returns posts with derived stable ids, both date forms in UTC, hashtags from content', async () => {
    const { posts, stats } = await postsOf('ira.csv', { schema: 'ira' });
    expect(stats).toMatchObject({ read: 3, accepted: 3, merged: 1, rejected: 0 });
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({ account: '10_GOP', timeMs: Date.UTC(2017, 8, 20, 3, 22), hashtags: ['tuesdaythoughts', 'dogs'], followers: 7119 });
    expect(posts[0]?.id).toMatch(/^ira-[0-9a-f]{16}$/);
    expect(posts[1]).toMatchObject({ account: '4EVER_SUSAN', timeMs: Date.UTC(2016, 2, 22, 9, 5), hashtags: ['brussels', 'islamkills'] });
    expect(posts[1]?.repostOf).toMatch(/^ira-content-[0-9a-f]{16}$/);
  });
  it('returns the same ids on every read', async () => {
    const a = await postsOf('ira.csv', { schema: 'ira' });
    const b = await postsOf('ira.csv', { schema: 'ira' });
    expect(a.posts.map((p) => p.id)).toEqual(b.posts.map((p) => p.id));
  });
});

describe('readRecords schema mastodon', () => {
  it('returns posts with acct, tags, reblog links and text stripped of HTML', async () => {
    const { posts } = await postsOf('mastodon.json', { schema: 'mastodon' });
    expect(posts[0]).toMatchObject({
      id: '103270115826048975', account: 'Gargron', hashtags: ['fediverse'], followers: 322930, likes: 11, reposts: 6, replies: 5,
      mentions: ['ummjackson@mastodon.social'], text: 'Hello #Fediverse & friends @ummjackson',
    });
    expect(posts[1]).toMatchObject({ account: 'alice@example.org', repostOf: '103270115826048975', hashtags: ['fediverse'] });
    expect(posts[2]).toMatchObject({ replyTo: '103270115826048975', hashtags: [], mentions: ['Gargron'], text: 'Nice! No tags here' });
  });
});

describe('readRecords schema bluesky', () => {
  it('returns posts from a getAuthorFeed page: tag facets, reposts by reason.by, replies', async () => {
    const { posts } = await postsOf('bluesky-feed.json', { schema: 'bluesky' });
    const uri = 'at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kgbz6tsv6f2o';
    expect(posts[0]).toMatchObject({ id: uri, account: 'bsky.app', hashtags: ['bluesky', 'hashtags'], likes: 300, reposts: 20, replies: 10 });
    expect(posts[1]).toMatchObject({ account: 'pfrazee.com', repostOf: uri, timeMs: Date.UTC(2024, 1, 27, 18), hashtags: ['bluesky'] });
    expect(posts[2]).toMatchObject({ replyTo: uri, mentions: ['did:plc:z72i7hdynmk6r22z27h6tvur'], hashtags: [] });
  });
  it('returns posts from firehose records with the DID as account and rejects non-post records', async () => {
    const { posts, rejected } = await postsOf('bluesky-firehose.ndjson', { schema: 'bluesky' });
    expect(posts.map((p) => [p.id, p.account, p.hashtags])).toEqual([
      ['at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2b', 'did:plc:eygmaihciaxprqvxpfvl6flk', ['atproto']],
      ['at://did:plc:abc/app.bsky.feed.post/3l3qo2vuowo2c', 'did:plc:abc', ['inline']],
    ]);
    expect(rejected).toMatchObject([{ index: 2, line: 3, code: 'invalid-field', field: 'record.$type', received: 'app.bsky.feed.like' }]);
  });
});

describe('CSV list cells', () => {
  it('split hashtag and mention lists on commas, semicolons, | and whitespace; a quoted cell keeps its commas for the list', async () => {
    const csv = [
      'id,account,time,hashtags,mentions',
      '1,ann,2021-01-01T00:00:00Z,"camp,push",bob',
      '2,bob,2021-01-01T00:00:01Z,camp;push;#Extra,"ann; carl"',
      '3,cy,2021-01-01T00:00:02Z,"#camp, #push | other  more",',
      '4,dee,2021-01-01T00:00:03Z,single,',
    ];
    const { posts, stats } = await ingest(readRecords(csv, { format: 'csv' }));
    expect(stats).toMatchObject({ read: 4, accepted: 4, rejected: 0 });
    expect(posts.map((p) => p.hashtags)).toEqual([['camp', 'push'], ['camp', 'push', 'extra'], ['camp', 'push', 'other', 'more'], ['single']]);
    expect(posts.map((p) => p.mentions)).toEqual([['bob'], ['ann', 'carl'], undefined, undefined]);
  });
  it('split rtweet list cells on commas and semicolons as well', async () => {
    const csv = ['status_id,screen_name,created_at,hashtags', '1,ann,2019-07-05T14:18:36Z,"rstats,useR2019"', '2,bob,2019-07-05T14:18:37Z,rstats;useR2019'];
    const { posts } = await ingest(readRecords(csv, { format: 'csv', schema: 'rtweet' }));
    expect(posts.map((p) => p.hashtags)).toEqual([['rstats', 'user2019'], ['rstats', 'user2019']]);
  });
});

describe('readRecords schema generic', () => {
  it('returns posts from renamed columns with space- and |-separated lists', async () => {
    const csv = ['post_id,screen_name,created_at,tags,who', '1,ann,2021-01-01T00:00:00Z,a|B,@bob carl', '2,bob,1609459200,,', ''];
    const { posts } = await ingest(readRecords(csv, {
      format: 'csv', map: { id: 'post_id', account: 'screen_name', time: 'created_at', hashtags: 'tags', mentions: 'who' },
    }));
    expect(posts).toEqual([
      { id: '1', account: 'ann', timeMs: Date.UTC(2021, 0, 1), hashtags: ['a', 'b'], mentions: ['bob', 'carl'] },
      { id: '2', account: 'bob', timeMs: Date.UTC(2021, 0, 1), hashtags: [] },
    ]);
  });
});
