/**
 * `hashtag-swarms/ingest` — what the package publishes from the ingest stage: records →
 * validated posts, and the helpers that normalise hashtags and timestamps. index.ts is the
 * stage's door for the other stages and also holds library internals; this file names the
 * public subset.
 */
export {
  ingest, ingestStrict, ingestStream, resolveIngestOptions, DEFAULT_INGEST_OPTIONS,
  normalizeHashtag, extractHashtags, parseTimestamp,
} from './index.js';
export type {
  Post, Rejection, RejectionCode, IngestStats, IngestOptions, ResolvedIngestOptions, IngestResult, IngestStream,
  IngestInput, DuplicatePolicy, NormalizeHashtagOptions, ParseTimestampOptions, TimestampResult,
} from './index.js';
