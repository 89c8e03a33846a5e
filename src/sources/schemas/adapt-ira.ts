/**
 * FiveThirtyEight `russian-troll-tweets` CSV (Linvill & Warren, Clemson
 * University): `author`, `content`, `publish_date`, `followers`, `post_type`.
 *
 * - Time: `YYYY-MM-DD HH:MM:SS` or `M/D/YYYY H:MM`, without offset; rewritten
 *   to `YYYY-MM-DDTHH:MM:SS` and interpreted by ingest's `timeZone` (default UTC,
 *   which is what the release uses).
 * - Id: `tweet_id` when the file has that column; otherwise derived from the row
 *   as `ira-` + a 64-bit hash of `author`, `publish_date` and `content`
 *   (NUL-separated; see `stableHash`). The same tweet listed twice (the CBC
 *   subset repeats rows that differ only in `clean_tweet`) gets the same id.
 * - `post_type` `RETWEET`: the retweeted tweet is not in the data, so
 *   `repostOf` is `ira-content-` + the hash of `content` — a stable key shared
 *   by every retweet of the same text, not the id of a post in the file.
 * - Hashtags: none structured; ingest extracts them from `content`.
 */
import type { SchemaAdapter } from '../types.js';
import { own, stableHash } from './values.js';

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function pad(text: string | undefined): string {
  return (text ?? '0').padStart(2, '0');
}

/**
 * Rewrite the IRA date forms to an offset-less ISO 8601 date-time.
 * @param raw - the `publish_date` cell
 * @returns ISO text for the two known forms, the input unchanged otherwise
 */
export function normalizeIraDate(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const us = US_DATE.exec(raw);
  if (us !== null) return `${us[3]}-${pad(us[1])}-${pad(us[2])}T${pad(us[4])}:${us[5]}:${pad(us[6])}`;
  if (raw.length === 19 && raw.charCodeAt(10) === 32) return `${raw.slice(0, 10)}T${raw.slice(11)}`;
  return raw;
}

function text(value: Record<string, unknown>, key: string): string {
  const raw = own(value, key);
  return typeof raw === 'string' ? raw : '';
}

/**
 * Adapt one IRA row.
 * @param value - the row (column → cell)
 * @returns one generic record
 */
export const adaptIra: SchemaAdapter = (value) => {
  const author = own(value, 'author');
  const content = text(value, 'content');
  const tweetId = own(value, 'tweet_id');
  const id = typeof tweetId === 'string' && tweetId !== ''
    ? tweetId
    : `ira-${stableHash([typeof author === 'string' ? author : '', text(value, 'publish_date'), content])}`;
  return [{
    id,
    account: author,
    time: normalizeIraDate(own(value, 'publish_date')),
    text: content,
    followers: own(value, 'followers'),
    repostOf: own(value, 'post_type') === 'RETWEET' ? `ira-content-${stableHash([content])}` : undefined,
  }];
};
