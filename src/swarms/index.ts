/**
 * Swarms stage: detection, significance and tracking of swarms (DESIGN.md §3).
 * The only module other stages import.
 */
export { detectSwarms } from './detect-swarms.js';
export { releaseWindowIndex } from './window-index.js';
export { trackSwarms } from './track-swarms.js';
export { createSwarmTracker } from './create-swarm-tracker.js';
export {
  DEFAULT_SWARM_OPTIONS,
  DEFAULT_TRACKING_OPTIONS,
  resolveSwarmOptions,
  resolveTrackingOptions,
} from './options.js';
export type {
  ResolvedSwarmOptions,
  ResolvedTrackingOptions,
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
  TrackingOptions,
  TrackingResult,
  TrackingSimilarity,
  WindowSwarms,
  WindowSwarmsSkipReason,
} from './types.js';
