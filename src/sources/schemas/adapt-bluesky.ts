/**
 * Bluesky `app.bsky.feed.post` records, in the shapes the AT Protocol hands out:
 * - post views (`app.bsky.feed.getAuthorFeed` / `searchPosts`): `{ uri, cid,
 *   author: { did, handle }, record: { text, createdAt, facets, reply, tags },
 *   likeCount, repostCount, replyCount }`;
 * - feed items `{ post, reason? }` (a `reasonRepost` becomes a repost by
 *   `reason.by`, at `reason.indexedAt`, of `post.uri`);
 * - response pages `{ feed: [...] }` / `{ posts: [...] }`;
 * - firehose-style `{ did | repo, uri, record }` and Jetstream commits
 *   `{ did, commit: { collection, rkey, record } }`.
 * id = the post's `at://` uri; account = handle when known, else the DID;
 * hashtags = `#tag` facet features plus `record.tags` (none listed → extracted
 * from text); mentions = mention facet DIDs; replyTo = `reply.parent.uri`.
 */
import type { AdapterRejection, GenericRecord, SchemaAdapter } from '../types.js';
import { asArray, asObject, firstPresent, own, path } from './values.js';

const POST_TYPE = 'app.bsky.feed.post';
const TAG_FEATURE = 'app.bsky.richtext.facet#tag';
const MENTION_FEATURE = 'app.bsky.richtext.facet#mention';
const REASON_REPOST = 'app.bsky.feed.defs#reasonRepost';

function facetValues(record: unknown, type: string, key: string): unknown[] | undefined {
  const facets = asArray(own(record, 'facets'));
  if (facets === undefined) return undefined;
  const out: unknown[] = [];
  for (const facet of facets) {
    for (const feature of asArray(own(facet, 'features')) ?? []) if (own(feature, '$type') === type) out.push(own(feature, key));
  }
  return out;
}

function hashtagsOf(record: unknown): unknown[] | undefined {
  const tags = facetValues(record, TAG_FEATURE, 'tag');
  const extra = asArray(own(record, 'tags'));
  if (extra === undefined) return tags;
  return [...(tags ?? []), ...extra];
}

function notAPost(type: unknown): AdapterRejection {
  return {
    rejected: true, code: 'invalid-field', field: 'record.$type', expected: `'${POST_TYPE}'`,
    received: typeof type === 'string' ? type : String(type),
  };
}

function postRecord(uri: unknown, account: unknown, record: unknown, view: unknown): GenericRecord | AdapterRejection {
  const type = own(record, '$type');
  if (type !== undefined && type !== POST_TYPE) return notAPost(type);
  return {
    id: uri,
    account,
    time: own(record, 'createdAt'),
    hashtags: hashtagsOf(record),
    text: own(record, 'text'),
    likes: own(view, 'likeCount'),
    reposts: own(view, 'repostCount'),
    replies: own(view, 'replyCount'),
    replyTo: path(record, 'reply', 'parent', 'uri'),
    mentions: facetValues(record, MENTION_FEATURE, 'did'),
  };
}

function adaptItem(value: Record<string, unknown>): GenericRecord | AdapterRejection {
  const post = asObject(own(value, 'post'));
  if (post !== undefined) {
    const reason = own(value, 'reason');
    if (own(reason, '$type') !== REASON_REPOST) return adaptItem(post);
    const by = own(reason, 'by');
    const byDid = own(by, 'did');
    return {
      id: firstPresent(own(reason, 'uri'), `${String(own(post, 'uri'))}#repost-by-${String(byDid)}`),
      account: firstPresent(own(by, 'handle'), byDid),
      time: own(reason, 'indexedAt'),
      hashtags: hashtagsOf(own(post, 'record')),
      text: path(post, 'record', 'text'),
      repostOf: own(post, 'uri'),
    };
  }
  const commit = asObject(own(value, 'commit'));
  if (commit !== undefined) {
    const did = own(value, 'did');
    const collection = own(commit, 'collection');
    if (collection !== POST_TYPE) return notAPost(collection);
    return postRecord(`at://${String(did)}/${POST_TYPE}/${String(own(commit, 'rkey'))}`, did, own(commit, 'record'), undefined);
  }
  const author = own(value, 'author');
  const account = firstPresent(own(author, 'handle'), own(author, 'did'), own(value, 'handle'), own(value, 'did'), own(value, 'repo'));
  return postRecord(own(value, 'uri'), account, own(value, 'record'), value);
}

/**
 * Adapt one Bluesky value (post view, feed item, page or firehose record).
 * @param value - the value
 * @returns one generic record per post (pages expand)
 */
export const adaptBluesky: SchemaAdapter = (value) => {
  const page = asArray(firstPresent(own(value, 'feed'), own(value, 'posts')));
  if (page === undefined) return [adaptItem(value)];
  return page.map((item) => adaptItem(asObject(item) ?? {}));
};
