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
export {
  detectSwarms,
  trackSwarms,
  createSwarmTracker,
  DEFAULT_SWARM_OPTIONS,
  DEFAULT_TRACKING_OPTIONS,
  resolveSwarmOptions,
  resolveTrackingOptions,
} from './swarms/index.js';
export type {
  ResolvedSwarmOptions,
  ResolvedTrackingOptions,
  TrackingOptions,
  SwarmCandidate,
  SwarmCorrection,
  GroupNulls,
  SwarmEvent,
  SwarmEventType,
  SwarmHashtag,
  SwarmOptions,
  SwarmRejectReason,
  SwarmSignificance,
  SwarmStatistic,
  SwarmTracker,
  TrackedSwarm,
  TrackerUpdate,
  TrackingResult,
  TrackingSimilarity,
  WindowSwarms,
  WindowSwarmsSkipReason,
} from './swarms/index.js';

// influence
export {
  scoreAccounts,
  scoreSwarms,
  scoreWindow,
  reachesMoreTogether,
  scorePersistence,
  aggregateAccountScores,
  aggregateSwarmScores,
  createAccountAggregator,
  DEFAULT_INFLUENCE_OPTIONS,
  resolveInfluenceOptions,
} from './influence/index.js';
export type {
  AccountAggregate,
  AccountAggregator,
  AccountScores,
  EngagementBasis,
  FieldSummary,
  GroupInfluence,
  HashtagVoice,
  IndividualInfluence,
  InfluenceOptions,
  LeadRankStatus,
  MemberAlone,
  PersistenceOptions,
  ResolvedInfluenceOptions,
  ScoreAccountsOptions,
  StrongestMember,
  SwarmAggregate,
  SwarmInput,
  SwarmPersistence,
  WindowInfluence,
} from './influence/index.js';

// report
export { analyze, analyzeStream, resolveAnalyzeOptions } from './report/index.js';
export type {
  AnalyzeInput, AnalyzeUpdate, WindowSwarmUpdate, AnalyzeOptions, AnalyzeProgress, InputOrder, LatePostPolicy, ResolvedAnalyzeOptions,
  AccountReport, EdgeReport, InputReport, SwarmEventReport, SwarmHashtagReport, SwarmReport, SwarmReportEntry,
  SwarmSignificanceReport, WindowReport,
} from './report/index.js';
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
