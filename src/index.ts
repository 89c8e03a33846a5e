/**
 * hashtag-swarms — the product: run an analysis, read and ingest an export, write the report,
 * generate a scenario with planted swarms and score a run against it; the errors every function
 * throws; and the types those signatures name. Everything exported here is supported.
 *
 * The building blocks (one stage at a time, their options resolvers and defaults) are published
 * through subpath exports, one per stage, each the stage's public.ts: `hashtag-swarms/sources`,
 * `/ingest`, `/windows`, `/graph`, `/swarms`, `/influence`, `/track`, `/report`, `/pipeline`,
 * `/synthetic`, `/evaluate`. Every name below is also exported by its stage's subpath, and
 * README.md ("API") lists both.
 */

// errors and version
export {
  HashtagSwarmsError,
  InvalidOptionsError,
  InputError,
  RejectedRecordError,
  RejectedInputError,
} from './errors.js';
export type { HashtagSwarmsErrorCode } from './errors.js';
export { VERSION } from './version.js';

// run
export { analyze, analyzeStream } from './pipeline/public.js';
export type { AnalyzeInput, AnalyzeOptions, AnalyzeUpdate } from './pipeline/public.js';

// read
export { readRecords, detectSchema } from './sources/public.js';
export type { RawRecord, ReadRecordsOptions, RecordSchema, RecordSource, SchemaDetection } from './sources/public.js';
export { ingest, ingestStream } from './ingest/public.js';
export type { IngestInput, IngestOptions, IngestResult, IngestStream, Post, Rejection } from './ingest/public.js';

// write
export { toJSON, toCSV, writeCSV, toGEXF, toHTML, swarmHeadlines } from './report/public.js';
export type {
  AccountReport, CsvFileName, SwarmHeadline, SwarmReport, SwarmReportEntry, ToHtmlOptions, WindowReport,
} from './report/public.js';

// synthetic scenarios and evaluation
export { generateScenario, generateScenarioStream, writeScenario } from './synthetic/public.js';
export type { Scenario, ScenarioName, ScenarioOptions, ScenarioStream, ScenarioTruth, WrittenScenario } from './synthetic/public.js';
export { evaluateSwarms } from './evaluate/public.js';
export type { DetectedSwarms, EvaluateOptions, SwarmScores, TruthLike } from './evaluate/public.js';
