/**
 * Twitter API v2 tweets. Accepts a response page `{ data: [...] | {...},
 * includes: { users: [...] } }` (one generic record per tweet, `author_id`
 * resolved to `username` through `includes.users`) or one tweet object per
 * record (then `author.username` when a tool inlined the author, e.g. twarc2
 * flatten, else the `author_id` itself). Fields: `entities.hashtags[].tag`,
 * `entities.mentions[].username`, `public_metrics` (`like_count`,
 * `retweet_count`, `reply_count`), `referenced_tweets` of type `retweeted`
 * (→ `repostOf`) and `replied_to` (→ `replyTo`), the author's
 * `public_metrics.followers_count`.
 */
import type { GenericRecord, SchemaAdapter } from '../types.js';
import { asArray, asObject, firstPresent, own, path, pluck } from './values.js';

type Users = Map<string, Record<string, unknown>>;

function referenced(tweet: unknown, type: string): unknown {
  const list = asArray(own(tweet, 'referenced_tweets'));
  if (list === undefined) return undefined;
  for (const ref of list) if (own(ref, 'type') === type) return own(ref, 'id');
  return undefined;
}

function adaptTweet(tweet: Record<string, unknown>, users: Users | undefined): GenericRecord {
  const authorId = own(tweet, 'author_id');
  const user = firstPresent(typeof authorId === 'string' ? users?.get(authorId) : undefined, asObject(own(tweet, 'author')));
  const entities = own(tweet, 'entities');
  const metrics = own(tweet, 'public_metrics');
  return {
    id: own(tweet, 'id'),
    account: firstPresent(own(user, 'username'), authorId),
    time: own(tweet, 'created_at'),
    hashtags: entities === undefined ? undefined : pluck(own(entities, 'hashtags'), 'tag') ?? [],
    text: own(tweet, 'text'),
    followers: path(user, 'public_metrics', 'followers_count'),
    likes: own(metrics, 'like_count'),
    reposts: own(metrics, 'retweet_count'),
    replies: own(metrics, 'reply_count'),
    repostOf: referenced(tweet, 'retweeted'),
    replyTo: referenced(tweet, 'replied_to'),
    mentions: pluck(own(entities, 'mentions'), 'username'),
  };
}

/**
 * Adapt one v2 response page or one v2 tweet.
 * @param value - a page (`data` + `includes`) or a tweet
 * @returns one generic record per tweet
 */
export const adaptTwitterV2: SchemaAdapter = (value) => {
  if (!Object.hasOwn(value, 'data')) return [adaptTweet(value, undefined)];
  const users: Users = new Map();
  for (const user of asArray(path(value, 'includes', 'users')) ?? []) {
    const id = own(user, 'id');
    const object = asObject(user);
    if (typeof id === 'string' && object !== undefined) users.set(id, object);
  }
  const data = own(value, 'data');
  const tweets = asArray(data) ?? (data === undefined || data === null ? [] : [data]);
  const out: GenericRecord[] = [];
  for (const tweet of tweets) out.push(adaptTweet(asObject(tweet) ?? {}, users));
  return out;
};
