/**
 * rtweet CSV (the R client's `write_as_csv` / `write.csv` export): `status_id`,
 * `screen_name`, `created_at`, `text`, `hashtags` (separated by spaces, `|`, `,` or `;`, or R's
 * `c("a","b")`; empty or `NA` = none — Twitter's entities are authoritative, so
 * text is not searched again), `retweet_status_id`, `reply_to_status_id`,
 * `followers_count`, `favorite_count`, `retweet_count`, `reply_count`,
 * `mentions_screen_name`. `NA` in any other cell means absent.
 */
import type { SchemaAdapter } from '../types.js';
import { splitListCell } from './list-field.js';
import { own } from './values.js';

function cell(value: Record<string, unknown>, key: string): unknown {
  const raw = own(value, key);
  return raw === 'NA' || raw === '' ? undefined : raw;
}

function list(value: Record<string, unknown>, key: string): unknown {
  const raw = own(value, key);
  if (typeof raw === 'string') return splitListCell(raw);
  return raw === null ? [] : raw;
}

/**
 * Adapt one rtweet row.
 * @param value - the row (column → cell)
 * @returns one generic record
 */
export const adaptRtweet: SchemaAdapter = (value) => [{
  id: cell(value, 'status_id'),
  account: cell(value, 'screen_name'),
  time: cell(value, 'created_at'),
  hashtags: Object.hasOwn(value, 'hashtags') ? list(value, 'hashtags') : undefined,
  text: cell(value, 'text'),
  followers: cell(value, 'followers_count'),
  likes: cell(value, 'favorite_count'),
  reposts: cell(value, 'retweet_count'),
  replies: cell(value, 'reply_count'),
  repostOf: cell(value, 'retweet_status_id'),
  replyTo: cell(value, 'reply_to_status_id'),
  mentions: Object.hasOwn(value, 'mentions_screen_name') ? list(value, 'mentions_screen_name') : undefined,
}];
