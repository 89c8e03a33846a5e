/**
 * Batch ingestion on top of {@link ingestStream}: collect every post and every
 * rejection; the strict variant stops at the first rejection.
 */
import { RejectedRecordError } from '../errors.js';
import type { IngestInput, IngestOptions, IngestResult, Post, Rejection } from './types.js';
import { ingestBatches } from './ingest-stream.js';
import { Counters } from './ingest-counters.js';
import { resolveIngestOptions } from './resolve-ingest-options.js';

/**
 * Validate and normalise records into posts, collecting rejections.
 * @param records - RawRecords from `readRecords`, or plain generic records
 * @param options - see {@link IngestOptions}
 * @returns posts (order of first appearance), rejections (input order) and counts
 *   (`read = accepted + rejected`, `posts.length = accepted − merged`)
 * @throws InvalidOptionsError for a bad option
 * @example
 * const { posts, rejected, stats } = await ingest(readRecords('tweets.jsonl', { schema: 'twitter-v1' }));
 */
export async function ingest(records: IngestInput, options?: IngestOptions): Promise<IngestResult> {
  resolveIngestOptions(options);
  const rejected: Rejection[] = [];
  const user = options?.onRejection;
  const resolved = resolveIngestOptions({
    ...options,
    onRejection: (rejection) => {
      rejected.push(rejection);
      user?.(rejection);
    },
  });
  const holder = { counters: new Counters() };
  const posts: Post[] = [];
  for await (const batch of ingestBatches(records, holder, resolved)) for (const post of batch) posts.push(post);
  return { posts, rejected, stats: holder.counters.snapshot() };
}

/**
 * Like {@link ingest}, but the first rejected record throws.
 * @param records - RawRecords or plain generic records
 * @param options - see {@link IngestOptions}
 * @returns posts, an empty rejection list and counts
 * @throws RejectedRecordError (code `rejected-record`) at the first rejection, carrying it;
 *   InvalidOptionsError for a bad option
 * @example
 * await ingestStrict([{ id: '1', account: 'a', time: 'yesterday' }]); // throws RejectedRecordError
 */
export async function ingestStrict(records: IngestInput, options?: IngestOptions): Promise<IngestResult> {
  resolveIngestOptions(options);
  const user = options?.onRejection;
  return ingest(records, {
    ...options,
    onRejection: (rejection) => {
      user?.(rejection);
      throw new RejectedRecordError(rejection);
    },
  });
}
