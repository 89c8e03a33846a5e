/**
 * Streaming ingestion: records in, posts out, in order of first appearance.
 * Duplicate ids: with `duplicates: 'reject'` a post is released as soon as it
 * is valid; with `'merge'` it is held for `maxMergeDistance` records so that
 * repeats (same id, account and time — e.g. one row per shared object) can add
 * their hashtags first. Memory: the set of ids seen plus the held posts.
 * Records from `readRecords` are consumed in batches (no async hop per record).
 */
import { describeValue } from '../errors.js';
import { RECORD_BATCHES } from '../sources/index.js';
import type { IngestInput, IngestOptions, IngestStats, IngestStream, Post, Rejection, ResolvedIngestOptions } from './types.js';
import { resolveIngestOptions } from './resolve-ingest-options.js';
import { isRecordProblem, validateRecord, type DraftPost } from './validate-record.js';
import { mergeInto } from './merge-post.js';
import { Counters, duplicateRejection, rawKind, toRejection } from './ingest-counters.js';

/** A post waiting for possible repeats; `ordinal` is the read count at its first record. */
interface Held {
  readonly post: DraftPost;
  readonly ordinal: number;
}

/** Marks an id whose post was already released (repeats can no longer merge). */
const RELEASED: Held = Object.freeze({ post: Object.freeze({}) as DraftPost, ordinal: -1 });

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

/** The engine: validates, de-duplicates or merges, and releases posts batch by batch. */
class IngestEngine {
  readonly counters = new Counters();
  private readonly seen = new Map<string, Held>();
  /**
   * One shared string per distinct account and hashtag. JSON.parse and normalisation make a
   * new string for every occurrence; with one object per name, the many Map lookups of later
   * stages (interning per window in graph, swarms and influence) find equal keys by identity
   * instead of comparing characters. Bounded by the distinct names.
   */
  private readonly names = new Map<string, string>();

  private canonical(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    this.names.set(name, name);
    return name;
  }
  private held: Array<Held | undefined> = [];
  private head = 0;

  constructor(private readonly options: ResolvedIngestOptions) {}

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
    const merge = this.options.duplicates === 'merge';
    const previous = this.seen.get(result.id);
    if (previous !== undefined) {
      if (previous !== RELEASED && previous.post.account === result.account && previous.post.timeMs === result.timeMs) {
        mergeInto(previous.post, result);
        c.accepted++;
        c.merged++;
      } else this.reject(duplicateRejection(result.id, index, line, merge));
      return;
    }
    c.accepted++;
    if (!merge) {
      this.seen.set(result.id, RELEASED);
      this.release(result, out);
      return;
    }
    const entry: Held = { post: result, ordinal };
    this.seen.set(result.id, entry);
    this.held.push(entry);
    const limit = this.options.maxMergeDistance;
    while (this.head < this.held.length && ordinal - (this.held[this.head] as Held).ordinal >= limit) {
      const oldest = this.held[this.head] as Held;
      this.held[this.head++] = undefined;
      this.seen.set(oldest.post.id, RELEASED);
      this.release(oldest.post, out);
    }
    if (this.head > 1024 && this.head * 2 > this.held.length) {
      this.held = this.held.slice(this.head);
      this.head = 0;
    }
  }

  /** Release every held post (end of input). */
  flush(out: Post[]): void {
    for (let i = this.head; i < this.held.length; i++) this.release((this.held[i] as Held).post, out);
    this.held = [];
    this.head = 0;
  }

  private release(post: DraftPost, out: Post[]): void {
    if (post.hashtags.length === 0) this.counters.withoutHashtags++;
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
  const resolved = resolveIngestOptions(options);
  const holder = { counters: new Counters() };
  return {
    async *[Symbol.asyncIterator]() {
      for await (const batch of ingestBatches(records, holder, resolved)) yield* batch;
    },
    get stats(): IngestStats { return holder.counters.snapshot(); },
    get firstRejected(): readonly Rejection[] { return holder.counters.firstRejected.slice(); },
  };
}
