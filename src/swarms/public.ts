/**
 * `hashtag-swarms/swarms` — what the package publishes from the swarms stage: detection and
 * significance of one window's swarms. index.ts is the stage's door for the other stages and
 * also holds library internals; this file names the public subset.
 */
export { detectSwarms } from './detect-swarms.js';
export { DEFAULT_SWARM_OPTIONS, resolveSwarmOptions } from './options.js';
export type {
  ResolvedSwarmOptions,
  SwarmCandidate,
  SwarmCorrection,
  GroupNulls,
  SwarmHashtag,
  SwarmOptions,
  SwarmRejectReason,
  SwarmSignificance,
  SwarmStatistic,
  WindowSwarms,
  WindowSwarmsSkipReason,
} from './types.js';
