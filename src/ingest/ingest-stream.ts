/**
 * Streaming ingestion: records in, posts out, in order of first appearance.
 * Duplicate ids: with `duplicates: 'reject'` a post is released as soon as it
 * is valid; with `'merge'` it is held for `maxMergeDistance` records so that
 * repeats (same id, account and time — e.g. one row per shared object) can add
 * their hashtags first. Memory: the set of ids seen (in time order, only the recent ones:
 * recent-ids.ts) plus the held posts.
 * Records from `readRecords` are consumed in batches (no async hop per record).
 */
import { describeValue } from '../errors.js';
import { RECORD_BATCHES } from '../sources/index.js';
import type { IngestInput, IngestOptions, IngestStats, IngestStream, Post, Rejection, ResolvedIngestOptions } from './types.js';
import { resolveIngestOptions } from './resolve-ingest-options.js';
import { compactLists, isRecordProblem, validateRecord, type DraftPost } from './validate-record.js';
import { mergeInto } from './merge-into.js';
import { Counters, duplicateRejection, rawKind, toRejection } from './ingest-counters.js';
import { StringTable } from '../_lib/string-table.js';
import { RecentIds } from './recent-ids.js';

/**
 * Key of the batch iterator on the streams of `ingestStream` (a registered symbol): released posts
 * batch by batch, for a consumer inside the library that would otherwise pay one promise per post.
 * Use one iterator per stream (the batches and the posts one by one read the same input).
 */
export const POST_BATCHES: unique symbol = Symbol.for('hashtag-swarms.postBatches') as never;

/** An ingest stream that also gives its posts batch by batch (inside the library). */
export interface PostBatchStream extends IngestStream {
  readonly [POST_BATCHES]: () => AsyncIterable<Post[]>;
}

/** Input as batches: the batch iterator of `readRecords`, or batches of 1024 items. */
async function* inputBatches(records: IngestInput): AsyncGenerator<readonly unknown[]> {
  const batches = (records as { [RECORD_BATCHES]?: () => AsyncIterable<unknown[]> })[RECORD_BATCHES];
  if (typeof batches === 'function') {
    yield* batches.call(records);
    return;
  }
  let batch: unknown[] = [];
  for await (const item of records) {
    batch.push(item);
    if (batch.length >= 1024) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The engine: validates, de-duplicates or merges, and releases posts batch by batch.
 * Held posts live in a queue (`heldPosts` with the read count of each in `heldOrdinals`);
 * `seen` numbers the ids in order of first appearance, and each new id's post enters the
 * queue, so an id's number is its post's position in that queue counted from the start of
 * the input: one lookup tells held (position at or after the queue head) from released
 * (before it), and releasing a post does not touch `seen` again.
 */
export class IngestEngine {
  readonly counters = new Counters();
  /** Ids seen (all of them, or those within `releaseBehindMs` of the newest record: recent-ids.ts). */
  private readonly seen: RecentIds;
  /**
   * One shared string per distinct account and hashtag. JSON.parse and normalisation make a
   * new string for every occurrence; with one object per name, the many Map lookups of later
   * stages (interning per window in graph, swarms and influence) find equal keys by identity
   * instead of comparing characters. Bounded by the distinct names.
   */
  private readonly names = new StringTable(1024);

  /** The shared string equal to `name`. */
  canonical(name: string): string {
    return this.names.key(this.names.intern(name));
  }
  private heldPosts: Array<DraftPost | undefined> = [];
  private heldOrdinals: number[] = [];
  /** Index in the queue arrays of the oldest post still held. */
  private head = 0;
  /** Position (from the start of the input) of `heldPosts[0]`. */
  private base = 0;

  constructor(private readonly options: ResolvedIngestOptions) {
    this.seen = new RecentIds(options.releaseBehindMs);
  }

  /** Process one item; released posts are appended to `out`. */
  push(item: unknown, out: Post[]): void {
    const c = this.counters;
    const ordinal = c.read++;
    const kind = rawKind(item);
    let index = ordinal;
    let line: number | undefined;
    let value: Readonly<Record<string, unknown>>;
    if (kind === undefined) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        this.reject({ index, code: 'not-an-object', field: 'record', expected: 'an object', received: describeValue(item), message: `record ${index} is not an object` });
        return;
      }
      value = item as Record<string, unknown>;
    } else {
      const raw = item as { index: number; line?: number; value?: Record<string, unknown> };
      index = raw.index;
      line = raw.line;
      if (kind === 'error') {
        const e = item as Rejection;
        this.reject({ index, ...(line === undefined ? {} : { line }), code: e.code, field: e.field, expected: e.expected, received: e.received, message: e.message });
        return;
      }
      value = raw.value as Record<string, unknown>;
    }
    const result = validateRecord(value, this.options);
    if (isRecordProblem(result)) {
      this.reject(toRejection(result, index, line));
      return;
    }
    result.account = this.canonical(result.account);
    const tags = result.hashtags;
    for (let i = 0; i < tags.length; i++) tags[i] = this.canonical(tags[i]!);
    this.accept(result, index, line, ordinal, out);
  }

  /**
   * Take one record validated elsewhere (a split read's worker), account and hashtags already
   * canonical: counted as read, then de-duplicated or merged as {@link push} does.
   * @param post - the validated post
   * @param index - its record index
   * @param line - its line
   * @param out - receives released posts
   */
  pushValidated(post: DraftPost, index: number, line: number | undefined, out: Post[]): void {
    this.accept(post, index, line, this.counters.read++, out);
  }

  private accept(result: DraftPost, index: number, line: number | undefined, ordinal: number, out: Post[]): void {
    const c = this.counters;
    const merge = this.options.duplicates === 'merge';
    const known = this.seen.size;
    const position = this.seen.intern(result.id, result.timeMs);
    if (position < known) {
      // With 'reject' nothing is held: every repeat is a duplicate.
      const held = merge && position >= this.base + this.head ? this.heldPosts[position - this.base] : undefined;
      if (held !== undefined && held.account === result.account && held.timeMs === result.timeMs) {
        mergeInto(held, result);
        c.accepted++;
        c.merged++;
      } else this.reject(duplicateRejection(result.id, index, line, merge));
      return;
    }
    c.accepted++;
    if (!merge) {
      this.release(result, out);
      return;
    }
    const posts = this.heldPosts;
    const ordinals = this.heldOrdinals;
    // position === this.base + posts.length: one queue entry per new id
    posts.push(result);
    ordinals.push(ordinal);
    const limit = this.options.maxMergeDistance;
    // In time order a repeat has its post's own time: a post more than releaseBehindMs older than
    // this record can no longer be repeated (the oldest held post is at the head).
    const before = result.timeMs - this.options.releaseBehindMs;
    let head = this.head;
    while (head < posts.length && (ordinal - (ordinals[head] as number) >= limit || (posts[head] as DraftPost).timeMs < before)) {
      const oldest = posts[head] as DraftPost;
      posts[head++] = undefined;
      this.release(oldest, out);
    }
    this.head = head;
    if (head > 1024 && head * 2 > posts.length) {
      this.heldPosts = posts.slice(head);
      this.heldOrdinals = ordinals.slice(head);
      this.base += head;
      this.head = 0;
    }
  }

  /** Release every held post (end of input). */
  flush(out: Post[]): void {
    const posts = this.heldPosts;
    for (let i = this.head; i < posts.length; i++) this.release(posts[i] as DraftPost, out);
    this.base += posts.length;
    this.heldPosts = [];
    this.heldOrdinals = [];
    this.head = 0;
  }

  private release(post: DraftPost, out: Post[]): void {
    if (post.hashtags.length === 0) this.counters.withoutHashtags++;
    compactLists(post);
    out.push(post);
  }

  private reject(rejection: Rejection): void {
    this.counters.count(rejection);
    this.options.onRejection?.(rejection);
  }
}

/**
 * Ingest as batches of posts (the form `ingest` uses).
 * @param records - RawRecords or plain generic records
 * @param options - resolved options
 * @param engine - receives the counters
 * @returns batches of released posts
 */
export async function* ingestBatches(records: IngestInput, engine: { counters: Counters }, options: ResolvedIngestOptions): AsyncGenerator<Post[]> {
  const core = new IngestEngine(options);
  engine.counters = core.counters;
  for await (const batch of inputBatches(records)) {
    const out: Post[] = [];
    for (let i = 0; i < batch.length; i++) core.push(batch[i], out);
    if (out.length > 0) yield out;
  }
  const out: Post[] = [];
  core.flush(out);
  if (out.length > 0) yield out;
}

/**
 * Ingest records as a stream of posts.
 * @param records - RawRecords from `readRecords`, or plain generic records (`{ id, account, time, … }`)
 * @param options - see {@link IngestOptions}; `onRejection` receives every rejection
 * @returns an async iterable of posts with live `stats` and `firstRejected`
 * @throws InvalidOptionsError for a bad option (at the call)
 * @example
 * const stream = ingestStream(readRecords('posts.ndjson'));
 * for await (const post of stream) use(post);
 * console.log(stream.stats.rejected);
 */
export function ingestStream(records: IngestInput, options?: IngestOptions): IngestStream {
  return ingestPostBatches(records, options);
}

/**
 * Internal: {@link ingestStream}, typed with its batch iterator ({@link POST_BATCHES}).
 * @param records - as for ingestStream
 * @param options - as for ingestStream
 * @returns the stream
 */
export function ingestPostBatches(records: IngestInput, options?: IngestOptions): PostBatchStream {
  const resolved = resolveIngestOptions(options);
  const holder = { counters: new Counters() };
  const stream: PostBatchStream = {
    async *[Symbol.asyncIterator]() {
      for await (const batch of ingestBatches(records, holder, resolved)) for (let i = 0; i < batch.length; i++) yield batch[i] as Post;
    },
    [POST_BATCHES]: () => ingestBatches(records, holder, resolved),
    get stats(): IngestStats { return holder.counters.snapshot(); },
    get firstRejected(): readonly Rejection[] { return holder.counters.firstRejected.slice(); },
  };
  return stream;
}
