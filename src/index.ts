/**
 * hashtag-swarms — the public API. Everything exported here is supported;
 * nothing else is. Stages, left to right: sources → ingest → windows → graph →
 * swarms → influence → report; research tools: synthetic, evaluate.
 */

// errors
export {
  HashtagSwarmsError,
  InvalidOptionsError,
  InputError,
  RejectedRecordError,
  RejectedInputError,
} from './errors.js';
export type { HashtagSwarmsErrorCode } from './errors.js';

// version
export { VERSION } from './version.js';

// sources (issue: foundation)
export { readRecords, resolveReadRecordsOptions, DEFAULT_READ_RECORDS_OPTIONS, parseFieldMap, detectSchema } from './sources/index.js';
export type {
  RawRecord, RawRecordValue, RawRecordError, ReadRecordsOptions, ResolvedReadRecordsOptions, RecordFormat,
  RecordSchema, RecordSource, SchemaChoice, SchemaDetection, SourceRejectionCode, GenericField, GenericRecord, FieldMap,
} from './sources/index.js';

// ingest (issue: foundation)
export {
  ingest, ingestStrict, ingestStream, resolveIngestOptions, DEFAULT_INGEST_OPTIONS,
  normalizeHashtag, extractHashtags, parseTimestamp,
} from './ingest/index.js';
export type {
  Post, Rejection, RejectionCode, IngestStats, IngestOptions, ResolvedIngestOptions, IngestResult, IngestStream,
  IngestInput, DuplicatePolicy, NormalizeHashtagOptions, ParseTimestampOptions, TimestampResult,
} from './ingest/index.js';

// windows
export { parseDuration, windowPosts, windowPostsSync, DEFAULT_WINDOW_OPTIONS, DEFAULT_MAX_WINDOWS, resolveWindowOptions } from './windows/index.js';
export type {
  DurationInput,
  DurationObject,
  ResolvedWindowOptions,
  SkippedPostReason,
  Window,
  WindowOptions,
  WindowsResult,
  WindowStats,
  WindowStream,
} from './windows/index.js';

// graph
export {
  buildAccountGraph,
  buildAccountGraphs,
  createAccountGraphBuilder,
  buildHashtagGraph,
  buildBipartiteGraph,
  estimateMaxLag,
  DEFAULT_ACCOUNT_GRAPH_OPTIONS,
  resolveAccountGraphOptions,
} from './graph/index.js';
export type {
  AccountEdge,
  AccountEdgeStats,
  AccountGraphDiagnostics,
  AccountGraphOptions,
  AccountGraphResult,
  AccountGraphSkipReason,
  AccountNodeAttributes,
  BipartiteEdgeAttributes,
  BipartiteGraphResult,
  BipartiteNodeAttributes,
  CrowdDiagnostic,
  EdgeNullModel,
  EpisodeUnit,
  RepostPolicy,
  HashtagEdge,
  HashtagEdgeStats,
  HashtagGraphOptions,
  HashtagGraphResult,
  HashtagNodeAttributes,
  MaxLagEstimate,
  ResolvedAccountGraphOptions,
} from './graph/index.js';

// swarms
export { detectSwarms, DEFAULT_SWARM_OPTIONS, resolveSwarmOptions } from './swarms/index.js';
export { trackSwarms, createSwarmTracker, DEFAULT_TRACKING_OPTIONS, resolveTrackingOptions } from './track/index.js';
export type { ResolvedSwarmOptions, SwarmCandidate, SwarmCorrection, GroupNulls, SwarmHashtag, SwarmOptions, SwarmRejectReason, SwarmSignificance, SwarmStatistic, WindowSwarms, WindowSwarmsSkipReason } from './swarms/index.js';
export type { ResolvedTrackingOptions, TrackingOptions, SwarmEvent, SwarmEventType, SwarmTracker, TrackedSwarm, TrackerUpdate, TrackingResult, TrackingSimilarity } from './track/index.js';

// influence
export { scoreAccounts, scoreSwarms, scoreWindow, reachesMoreTogether, aggregateAccountScores, aggregateSwarmScores, createAccountAggregator, DEFAULT_INFLUENCE_OPTIONS, resolveInfluenceOptions } from './influence/index.js';
export { scorePersistence } from './track/index.js';
export type { AccountAggregate, AccountAggregator, AccountScores, EngagementBasis, FieldSummary, GroupInfluence, HashtagVoice, IndividualInfluence, InfluenceOptions, LeadRankStatus, MemberAlone, ResolvedInfluenceOptions, ScoreAccountsOptions, StrongestMember, SwarmAggregate, SwarmInput, SwarmPersistence, WindowInfluence } from './influence/index.js';
export type { PersistenceOptions } from './track/index.js';

// report
export { analyze, analyzeStream, resolveAnalyzeOptions } from './pipeline/index.js';
export type { AccountReport, EdgeReport, InputReport, SwarmEventReport, SwarmHashtagReport, SwarmReport, SwarmReportEntry, SwarmSignificanceReport, WindowReport } from './report/index.js';
export type { AnalyzeInput, AnalyzeUpdate, WindowSwarmUpdate, AnalyzeOptions, AnalyzeProgress, InputOrder, LatePostPolicy, ResolvedAnalyzeOptions } from './pipeline/index.js';
export { toJSON, toCSV, CSV_FILES, writeCSV, toGEXF, toHTML, resolveToHtmlOptions, DEFAULT_TO_HTML_OPTIONS, swarmHeadlines, GROUP_HEADLINE, INDIVIDUAL_HEADLINE } from './report/index.js';
export type { CsvFileName, ToHtmlOptions, ResolvedToHtmlOptions, SwarmHeadline } from './report/index.js';

// synthetic
export {
  generateScenario,
  generateScenarioStream,
  resolveScenarioOptions,
  SCENARIO_NAMES,
  DEFAULT_SCENARIO_OPTIONS,
  SCENARIO_PRESETS,
  writeScenario,
  toScenarioRecord,
  generateOperations,
  resolveOperationsOptions,
  DEFAULT_OPERATIONS_OPTIONS,
  OPERATIONS_FAMILIES,
} from './synthetic/index.js';
export type {
  BurstSchedule,
  JitterDistribution,
  MembershipPeriod,
  ResolvedScenarioOptions,
  Scenario,
  ScenarioEvent,
  ScenarioName,
  ScenarioOptions,
  ScenarioRecord,
  ScenarioStream,
  ScenarioTruth,
  SwarmTruth,
  WrittenScenario,
  LiveEventTruth,
  OperationRunTruth,
  OperationsFamily,
  OperationsOptions,
  OperationsScenario,
  OperationsTruth,
  ResolvedOperationsOptions,
} from './synthetic/index.js';

// evaluate
export {
  evaluateSwarms,
  resolveEvaluateOptions,
  DEFAULT_EVALUATE_OPTIONS,
  nmi,
  ami,
  ari,
  mutualInformation,
  expectedMutualInformation,
  contingencyTable,
  bestMatchF1,
  matchSwarms,
  accountScores,
  averagePrecision,
  nullFalsePositiveRate,
  evaluateTracking,
  DEFAULT_EVENT_TYPES,
  membersInWindow,
  truthInWindow,
  windowOfTime,
} from './evaluate/index.js';
export type {
  ClusterLabel,
  Contingency,
  MemberSet,
  NullFalsePositiveRate,
  DetectedSwarm,
  DetectedSwarms,
  EvaluateOptions,
  PrecisionRecall,
  ResolvedEvaluateOptions,
  SwarmMatch,
  SwarmScores,
  TrueSwarm,
  TruthLike,
  DetectedEvent,
  EventScore,
  EventTruthLike,
  PlantedEvent,
  EvaluateTrackingOptions,
  TrackingScores,
  WindowSpan,
} from './evaluate/index.js';
