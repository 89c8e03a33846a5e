/**
 * Track stage: swarms followed across windows under stable ids (METRICS.md §4), after influence —
 * Greene matching, the events, the relabelling of a window's influence to the tracked ids, and
 * the persistence of a tracked swarm (§3.6).
 * The only module other stages import from this folder.
 */
export { trackSwarms } from './track-swarms.js';
export { createSwarmTracker } from './create-swarm-tracker.js';
export { DEFAULT_TRACKING_OPTIONS, resolveTrackingOptions } from './options.js';
export { relabelWindowInfluence } from './relabel-window-influence.js';
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
