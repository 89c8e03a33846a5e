/**
 * Schema sniffing: which platform shape a record has, told from its first
 * record (a CSV file's first row carries the header's column names as keys).
 * The shapes are distinctive: rtweet's `status_id`/`screen_name`/`created_at`,
 * the IRA release's `author`/`content`/`publish_date`, Twitter v1.1's `user`
 * object, v2's `author_id` or `data` page, Mastodon's `account.acct`, Bluesky's
 * `at://` uris. A record matching none gives `undefined` (read as generic).
 * Pure: no I/O, no state.
 */
import type { RecordSchema } from './types.js';
import { asArray, asObject, own } from './schemas/values.js';

/** What {@link detectSchema} recognised, and the keys that gave it away. */
export interface SchemaDetection {
  readonly schema: RecordSchema;
  /** The keys (dotted for nested ones) or values that identify the schema, e.g. `['status_id', 'screen_name', 'created_at']`. */
  readonly evidence: readonly string[];
}

const has = (value: unknown, key: string): boolean => own(value, key) !== undefined;

function allKeys(value: unknown, keys: readonly string[]): boolean {
  for (const key of keys) if (!has(value, key)) return false;
  return true;
}

function isAtUri(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('at://');
}

function blueskyItem(value: unknown): string[] | undefined {
  if (isAtUri(own(value, 'uri'))) return ['uri (at://…)'];
  if (isAtUri(own(own(value, 'post'), 'uri'))) return ['post.uri (at://…)'];
  if (own(own(value, 'record'), '$type') === 'app.bsky.feed.post') return ['record.$type app.bsky.feed.post'];
  const commit = asObject(own(value, 'commit'));
  if (commit !== undefined && has(value, 'did') && has(commit, 'collection')) return ['did', 'commit.collection'];
  return undefined;
}

function twitterV2Tweet(value: unknown): string[] | undefined {
  if (!has(value, 'id')) return undefined;
  if (has(value, 'author_id')) return ['id', 'author_id'];
  if (typeof own(own(value, 'author'), 'username') === 'string') return ['id', 'author.username'];
  if (asObject(own(value, 'public_metrics')) !== undefined && has(value, 'text')) return ['id', 'text', 'public_metrics'];
  return undefined;
}

/**
 * Recognise the platform shape of a record.
 * @param sample - the first record: a parsed JSON value, or a CSV row (column → cell)
 * @returns the schema and its evidence, or `undefined` when no shape matches
 * @example detectSchema({ status_id: '1', screen_name: 'a', created_at: '…' }) // { schema: 'rtweet', evidence: ['status_id', 'screen_name', 'created_at'] }
 */
export function detectSchema(sample: unknown): SchemaDetection | undefined {
  const value = asObject(sample);
  if (value === undefined) return undefined;
  // Generic first: a record that already uses the generic names is read as it is.
  if (allKeys(value, ['id', 'account', 'time']) && asObject(own(value, 'account')) === undefined) {
    return { schema: 'generic', evidence: ['id', 'account', 'time'] };
  }
  if (allKeys(value, ['status_id', 'screen_name', 'created_at'])) return { schema: 'rtweet', evidence: ['status_id', 'screen_name', 'created_at'] };
  if (allKeys(value, ['author', 'content', 'publish_date'])) return { schema: 'ira', evidence: ['author', 'content', 'publish_date'] };
  if (typeof own(own(value, 'user'), 'screen_name') === 'string' && has(value, 'created_at')) {
    return { schema: 'twitter-v1', evidence: [has(value, 'id_str') ? 'id_str' : 'id', 'user.screen_name', 'created_at'] };
  }
  if (typeof own(own(value, 'account'), 'acct') === 'string' && has(value, 'created_at')) {
    return { schema: 'mastodon', evidence: ['id', 'account.acct', 'created_at'] };
  }
  const bluesky = blueskyItem(value);
  if (bluesky !== undefined) return { schema: 'bluesky', evidence: bluesky };
  const page = asArray(own(value, 'feed')) ?? asArray(own(value, 'posts'));
  if (page !== undefined && page.length > 0) {
    const item = blueskyItem(page[0]);
    if (item !== undefined) return { schema: 'bluesky', evidence: [`${has(value, 'feed') ? 'feed' : 'posts'}[].${item[0] as string}`] };
  }
  const v2 = twitterV2Tweet(value);
  if (v2 !== undefined) return { schema: 'twitter-v2', evidence: v2 };
  const data = own(value, 'data');
  const first = asArray(data)?.[0] ?? data;
  const inner = twitterV2Tweet(first);
  if (inner !== undefined) return { schema: 'twitter-v2', evidence: inner.map((k) => `data.${k}`) };
  if (has(first, 'id') && has(first, 'text') && has(value, 'includes')) return { schema: 'twitter-v2', evidence: ['data.id', 'data.text', 'includes'] };
  return undefined;
}

/**
 * The top-level keys of a record (a CSV file's column names), for messages.
 * @param sample - the record
 * @returns its own keys in order; none for a non-object
 */
export function recordColumns(sample: unknown): string[] {
  const value = asObject(sample);
  return value === undefined ? [] : Object.keys(value);
}
