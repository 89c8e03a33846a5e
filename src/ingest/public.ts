/**
 * `hashtag-swarms/ingest` — what the package publishes from the ingest stage: records →
 * validated posts, and the helpers that normalise hashtags and timestamps. index.ts is the
 * stage's door for the other stages and also holds library internals; this file names the
 * public subset.
 */
export { ingest, ingestStrict } from './ingest.js';
export { ingestStream } from './ingest-stream.js';
export { resolveIngestOptions, DEFAULT_INGEST_OPTIONS } from './resolve-ingest-options.js';
export { normalizeHashtag } from './normalize-hashtag.js';
export type { NormalizeHashtagOptions } from './normalize-hashtag.js';
export { extractHashtags } from './extract-hashtags.js';
export { parseTimestamp } from './parse-timestamp.js';
export type { ParseTimestampOptions, TimestampResult } from './parse-timestamp.js';
export type {
  Post,
  Rejection,
  RejectionCode,
  IngestStats,
  IngestOptions,
  ResolvedIngestOptions,
  IngestResult,
  IngestStream,
  IngestInput,
  DuplicatePolicy,
} from './types.js';
