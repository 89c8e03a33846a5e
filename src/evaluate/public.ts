/**
 * `hashtag-swarms/evaluate` — what the package publishes from the evaluate stage: detected
 * swarms and tracking scored against planted ones (METRICS.md §5), and the partition, matching
 * and ranking scores they are made of. index.ts is the stage's door for the other modules; this
 * file names the public subset, so that an internal export added there does not become public
 * by accident.
 */
export { evaluateSwarms, resolveEvaluateOptions, DEFAULT_EVALUATE_OPTIONS } from './evaluate-swarms.js';
export { nmi, ami, ari, mutualInformation, expectedMutualInformation } from './partition-scores.js';
export { contingencyTable } from './contingency.js';
export { bestMatchF1, matchSwarms } from './match-scores.js';
export { accountScores, averagePrecision } from './account-scores.js';
export { nullFalsePositiveRate } from './null-false-positive-rate.js';
export { evaluateTracking, DEFAULT_EVENT_TYPES } from './evaluate-tracking.js';
export { membersInWindow, truthInWindow, windowOfTime } from './truth-windows.js';
export type { ClusterLabel, Contingency } from './contingency.js';
export type { MemberSet } from './match-scores.js';
export type { NullFalsePositiveRate } from './null-false-positive-rate.js';
export type {
  DetectedSwarm,
  DetectedSwarms,
  EvaluateOptions,
  PrecisionRecall,
  ResolvedEvaluateOptions,
  SwarmMatch,
  SwarmScores,
  TrueSwarm,
  TruthLike,
} from './types.js';
export type {
  DetectedEvent,
  EventScore,
  EventTruthLike,
  PlantedEvent,
  EvaluateTrackingOptions,
  TrackingScores,
  WindowSpan,
} from './tracking-types.js';
