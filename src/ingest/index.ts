/**
 * ingest — records → validated posts. The only module other stages import from this folder.
 */
export { ingest, ingestStrict } from './ingest.js';
export { ingestStream } from './ingest-stream.js';
/** Internal to the library (a split read validates on a worker); not exported from the package. */
export { IngestEngine, ingestPostBatches, POST_BATCHES } from './ingest-stream.js';
export { Counters, rawKind } from './ingest-counters.js';
export { validateRecord, isRecordProblem } from './validate-record.js';
/** Internal: the class of validated posts (the split read decodes posts into it too). */
export { PostRecord } from './validate-record.js';
export type { DraftPost } from './validate-record.js';
export type { PostBatchStream } from './ingest-stream.js';
export { resolveIngestOptions, DEFAULT_INGEST_OPTIONS } from './resolve-ingest-options.js';
export { normalizeHashtag } from './normalize-hashtag.js';
export type { NormalizeHashtagOptions } from './normalize-hashtag.js';
export { extractHashtags } from './extract-hashtags.js';
export { parseTimestamp } from './parse-timestamp.js';
export type { ParseTimestampOptions, TimestampResult } from './parse-timestamp.js';
export type {
  Post, Rejection, RejectionCode, IngestStats, IngestOptions, ResolvedIngestOptions, IngestResult, IngestStream,
  IngestInput, DuplicatePolicy,
} from './types.js';
