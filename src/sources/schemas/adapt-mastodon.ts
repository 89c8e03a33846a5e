/**
 * Mastodon API `Status` entities: `id`, `created_at`, `account.acct`,
 * `account.followers_count`, `tags[].name`, `reblog` (→ `repostOf` =
 * `reblog.id`; its tags and text when the boost itself has none),
 * `in_reply_to_id`, `favourites_count`, `reblogs_count`, `replies_count`,
 * `mentions[].acct`, `content` (HTML, stripped to text).
 */
import type { SchemaAdapter } from '../types.js';
import { asObject, own, path, pluck } from './values.js';
import { stripHtml } from './strip-html.js';

function textOf(status: unknown): string | undefined {
  const content = own(status, 'content');
  return typeof content === 'string' ? stripHtml(content) : undefined;
}

/**
 * Adapt one status.
 * @param value - the Status entity
 * @returns one generic record
 */
export const adaptMastodon: SchemaAdapter = (value) => {
  const reblog = asObject(own(value, 'reblog'));
  let hashtags = pluck(own(value, 'tags'), 'name');
  if (reblog !== undefined && (hashtags === undefined || hashtags.length === 0)) hashtags = pluck(own(reblog, 'tags'), 'name') ?? hashtags;
  let text = textOf(value);
  if (reblog !== undefined && (text === undefined || text === '')) text = textOf(reblog);
  return [{
    id: own(value, 'id'),
    account: path(value, 'account', 'acct'),
    time: own(value, 'created_at'),
    hashtags,
    text,
    followers: path(value, 'account', 'followers_count'),
    likes: own(value, 'favourites_count'),
    reposts: own(value, 'reblogs_count'),
    replies: own(value, 'replies_count'),
    repostOf: reblog === undefined ? undefined : own(reblog, 'id'),
    replyTo: own(value, 'in_reply_to_id'),
    mentions: pluck(own(value, 'mentions'), 'acct'),
  }];
};
