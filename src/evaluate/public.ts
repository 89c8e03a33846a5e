/**
 * `hashtag-swarms/evaluate` — what the package publishes from the evaluate stage: detected
 * swarms and tracking scored against planted ones (METRICS.md §5), and the partition, matching
 * and ranking scores they are made of. index.ts is the stage's door for the other modules; this
 * file names the public subset, so that an internal export added there does not become public
 * by accident.
 */
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
} from './index.js';
export type {
  ClusterLabel,
  Contingency,
  DetectedEvent,
  DetectedSwarm,
  DetectedSwarms,
  EvaluateOptions,
  EvaluateTrackingOptions,
  EventScore,
  EventTruthLike,
  MemberSet,
  NullFalsePositiveRate,
  PlantedEvent,
  PrecisionRecall,
  ResolvedEvaluateOptions,
  SwarmMatch,
  SwarmScores,
  TrackingScores,
  TrueSwarm,
  TruthLike,
  WindowSpan,
} from './index.js';
