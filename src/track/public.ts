/**
 * `hashtag-swarms/track` — what the package publishes from the track stage: swarms followed
 * across windows under stable ids, their events and their persistence. index.ts is the stage's
 * door for the other stages and also holds library internals; this file names the public subset.
 */
export { trackSwarms } from './track-swarms.js';
export { createSwarmTracker } from './create-swarm-tracker.js';
export { DEFAULT_TRACKING_OPTIONS, resolveTrackingOptions } from './options.js';
export { scorePersistence } from './score-persistence.js';
export type { PersistenceOptions } from './score-persistence.js';
export type {
  ResolvedTrackingOptions,
  SwarmEvent,
  SwarmEventType,
  SwarmTracker,
  TrackedSwarm,
  TrackerUpdate,
  TrackingOptions,
  TrackingResult,
  TrackingSimilarity,
} from './types.js';
