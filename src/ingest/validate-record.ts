/**
 * One generic record → a {@link Post} or the reason it is rejected. Only own
 * fields are read (`hasOwnProperty`), so `__proto__`, `constructor` and friends
 * are ordinary data. Structured hashtags win; otherwise they are extracted from `text`.
 */
import { describeValue } from '../errors.js';
import type { Post, RejectionCode, ResolvedIngestOptions } from './types.js';
import { isAbsent, isProblem, readCount, readHashtags, readKey, readMentions, type FieldProblem } from './read-fields.js';
import { extractHashtags } from './extract-hashtags.js';
import { parseTimeMs } from './parse-time-ms.js';

/** A field-level verdict, before index and line are attached. */
export interface RecordProblem {
  readonly code: RejectionCode;
  readonly field: string;
  readonly expected: string;
  readonly received: string;
}

/** Mutable post under construction (ingest may still merge into it). */
export interface DraftPost {
  id: string;
  account: string;
  timeMs: number;
  hashtags: string[];
  followers?: number;
  likes?: number;
  reposts?: number;
  replies?: number;
  repostOf?: string;
  replyTo?: string;
  mentions?: string[];
  text?: string;
}

/**
 * The object behind every validated post. A class, not an object literal: V8 gives the instances
 * of a constructor in-object room for the fields added after it (the counts, links, text), where
 * a four-field literal puts them in a separate property array — one more object per post for
 * every full collection to mark, and more bytes of live heap per post (with the exact-size
 * hashtag arrays of {@link compactLists}, a post takes a little over half the heap it did). Absent fields stay absent.
 */
export class PostRecord implements DraftPost {
  id: string;
  account: string;
  timeMs: number;
  hashtags: string[];
  declare followers?: number;
  declare likes?: number;
  declare reposts?: number;
  declare replies?: number;
  declare repostOf?: string;
  declare replyTo?: string;
  declare mentions?: string[];
  declare text?: string;

  constructor(id: string, account: string, timeMs: number, hashtags: string[]) {
    this.id = id;
    this.account = account;
    this.timeMs = timeMs;
    this.hashtags = hashtags;
  }
}

/**
 * Give a released post exact-size lists: an array grown by `push` keeps room for 17 or more
 * elements (152 bytes for one hashtag), and the buffered posts of a run hold one each.
 * @param post - a post about to be released (no more merging into it)
 */
export function compactLists(post: DraftPost): void {
  post.hashtags = post.hashtags.slice();
  if (post.mentions !== undefined) post.mentions = post.mentions.slice();
}

// `hasOwnProperty.call` rather than `Object.hasOwn`: the same check, but optimising compilers
// turn it into a shape check where `Object.hasOwn` stays a builtin call.
const hasOwn = Object.prototype.hasOwnProperty;

function get(value: Readonly<Record<string, unknown>>, key: string): unknown {
  return hasOwn.call(value, key) ? value[key] : undefined;
}

function problem(field: string, p: FieldProblem, raw: unknown): RecordProblem {
  return { code: p.code, field, expected: p.expected, received: describeValue(raw) };
}

/**
 * Validate and normalise one generic record.
 * @param value - the record (generic field names)
 * @param options - resolved ingest options
 * @returns the draft post, or the first problem found (id, account, time, hashtags, then the rest)
 */
export function validateRecord(value: Readonly<Record<string, unknown>>, options: ResolvedIngestOptions): DraftPost | RecordProblem {
  const rawId = get(value, 'id');
  const id = readKey(rawId, 'invalid-field');
  if (isProblem(id)) return problem('id', id, rawId);
  if (id === undefined) return { code: 'missing-id', field: 'id', expected: 'a non-empty id', received: describeValue(rawId) };
  const rawAccount = get(value, 'account');
  const account = readKey(rawAccount, 'invalid-field');
  if (isProblem(account)) return problem('account', account, rawAccount);
  if (account === undefined) return { code: 'missing-account', field: 'account', expected: 'a non-empty account', received: describeValue(rawAccount) };
  const rawTime = get(value, 'time');
  if (isAbsent(rawTime)) return { code: 'missing-timestamp', field: 'time', expected: 'a timestamp', received: describeValue(rawTime) };
  const timeMs = parseTimeMs(rawTime, options.offsetMs);
  if (timeMs === undefined) {
    return { code: 'invalid-timestamp', field: 'time', expected: 'ISO 8601, epoch seconds/milliseconds or Twitter’s created_at', received: describeValue(rawTime) };
  }
  if (timeMs < options.minTimeMs || timeMs >= options.maxTimeMs) {
    return {
      code: 'timestamp-out-of-range', field: 'time', received: describeValue(rawTime),
      expected: `a time in [${new Date(options.minTimeMs).toISOString()}, ${new Date(options.maxTimeMs).toISOString()})`,
    };
  }
  const rawHashtags = get(value, 'hashtags');
  const rawText = get(value, 'text');
  if (!isAbsent(rawText) && typeof rawText !== 'string') {
    return { code: 'invalid-field', field: 'text', expected: 'a string', received: describeValue(rawText) };
  }
  let hashtags: string[];
  if (!isAbsent(rawHashtags)) {
    const read = readHashtags(rawHashtags, options);
    if (isProblem(read)) return problem('hashtags', read, rawHashtags);
    hashtags = read;
  } else hashtags = typeof rawText === 'string' ? extractHashtags(rawText, options) : [];
  const post: DraftPost = new PostRecord(id, account, timeMs, hashtags);
  // Field by field rather than a loop over the names: constant keys keep the property
  // accesses monomorphic (a loop made them megamorphic, a sizeable share of ingest).
  let raw = get(value, 'followers');
  let count: number | undefined | FieldProblem;
  if (raw !== undefined) {
    if (isProblem(count = readCount(raw))) return problem('followers', count, raw);
    if (count !== undefined) post.followers = count;
  }
  if ((raw = get(value, 'likes')) !== undefined) {
    if (isProblem(count = readCount(raw))) return problem('likes', count, raw);
    if (count !== undefined) post.likes = count;
  }
  if ((raw = get(value, 'reposts')) !== undefined) {
    if (isProblem(count = readCount(raw))) return problem('reposts', count, raw);
    if (count !== undefined) post.reposts = count;
  }
  if ((raw = get(value, 'replies')) !== undefined) {
    if (isProblem(count = readCount(raw))) return problem('replies', count, raw);
    if (count !== undefined) post.replies = count;
  }
  let key: string | undefined | FieldProblem;
  if ((raw = get(value, 'repostOf')) !== undefined) {
    if (isProblem(key = readKey(raw, 'invalid-field'))) return problem('repostOf', key, raw);
    if (key !== undefined) post.repostOf = key;
  }
  if ((raw = get(value, 'replyTo')) !== undefined) {
    if (isProblem(key = readKey(raw, 'invalid-field'))) return problem('replyTo', key, raw);
    if (key !== undefined) post.replyTo = key;
  }
  const rawMentions = get(value, 'mentions');
  if (!isAbsent(rawMentions)) {
    const mentions = readMentions(rawMentions);
    if (isProblem(mentions)) return problem('mentions', mentions, rawMentions);
    if (mentions.length > 0) post.mentions = mentions;
  }
  if (options.keepText && typeof rawText === 'string' && rawText !== '') post.text = rawText;
  return post;
}

/** Type guard: did validation fail? */
export function isRecordProblem(result: DraftPost | RecordProblem): result is RecordProblem {
  return (result as RecordProblem).code !== undefined;
}
