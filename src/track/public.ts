/**
 * `hashtag-swarms/track` — what the package publishes from the track stage: swarms followed
 * across windows under stable ids, their events and their persistence. index.ts is the stage's
 * door for the other stages and also holds library internals; this file names the public subset.
 */
export { trackSwarms, createSwarmTracker, DEFAULT_TRACKING_OPTIONS, resolveTrackingOptions, scorePersistence } from './index.js';
export type {
  PersistenceOptions,
  ResolvedTrackingOptions,
  SwarmEvent,
  SwarmEventType,
  SwarmTracker,
  TrackedSwarm,
  TrackerUpdate,
  TrackingOptions,
  TrackingResult,
  TrackingSimilarity,
} from './index.js';
