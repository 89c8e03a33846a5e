/**
 * ingest — records → validated posts. The only module other stages import from this folder.
 */
export * from './public.js';
// For the other stages only (not published):
export { IngestEngine, ingestPostBatches, POST_BATCHES } from './ingest-stream.js';
export { Counters, rawKind } from './ingest-counters.js';
export { validateRecord, isRecordProblem } from './validate-record.js';
export { PostRecord } from './validate-record.js';
export type { DraftPost } from './validate-record.js';
export type { PostBatchStream } from './ingest-stream.js';
