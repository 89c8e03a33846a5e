/**
 * Twitter API v1.1 statuses (REST and streaming): `id_str`, `user.screen_name`,
 * `created_at` (`Wed Oct 10 20:19:24 +0000 2018`), `entities.hashtags[].text`
 * (from `extended_tweet` when the status is truncated), `retweeted_status` →
 * `repostOf` (and its hashtags when the retweet itself lists none),
 * `in_reply_to_status_id_str`, `user.followers_count`, `favorite_count`,
 * `retweet_count`, `reply_count`, `entities.user_mentions[].screen_name`.
 * Numeric `id` is used only when `id_str` is absent (ids above 2^53 lose digits).
 */
import type { SchemaAdapter } from '../types.js';
import { asObject, firstPresent, own, path, pluck } from './values.js';

function hashtagsOf(status: unknown): unknown[] | undefined {
  const entities = firstPresent(path(status, 'extended_tweet', 'entities'), own(status, 'entities'));
  return pluck(own(entities, 'hashtags'), 'text');
}

/**
 * Adapt one v1.1 status.
 * @param value - the status object
 * @returns one generic record
 */
export const adaptTwitterV1: SchemaAdapter = (value) => {
  const retweeted = asObject(own(value, 'retweeted_status'));
  let hashtags = hashtagsOf(value);
  if (retweeted !== undefined && (hashtags === undefined || hashtags.length === 0)) hashtags = hashtagsOf(retweeted) ?? hashtags;
  const entities = firstPresent(path(value, 'extended_tweet', 'entities'), own(value, 'entities'));
  return [{
    id: firstPresent(own(value, 'id_str'), own(value, 'id')),
    account: path(value, 'user', 'screen_name'),
    time: own(value, 'created_at'),
    hashtags,
    text: firstPresent(path(value, 'extended_tweet', 'full_text'), own(value, 'full_text'), own(value, 'text')),
    followers: path(value, 'user', 'followers_count'),
    likes: own(value, 'favorite_count'),
    reposts: own(value, 'retweet_count'),
    replies: own(value, 'reply_count'),
    repostOf: retweeted === undefined ? undefined : firstPresent(own(retweeted, 'id_str'), own(retweeted, 'id')),
    replyTo: firstPresent(own(value, 'in_reply_to_status_id_str'), own(value, 'in_reply_to_status_id')),
    mentions: pluck(own(entities, 'user_mentions'), 'screen_name'),
  }];
};
