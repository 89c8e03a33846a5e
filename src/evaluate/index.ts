/**
 * evaluate — scores of detected swarms against planted ones (METRICS.md §5).
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
