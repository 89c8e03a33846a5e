/**
 * Swarms stage: detection and significance of swarms (DESIGN.md §3); tracking is track/.
 * The only module other stages import.
 */
export { detectSwarms } from './detect-swarms.js';
export {
  DEFAULT_SWARM_OPTIONS,
  resolveSwarmOptions,
} from './options.js';
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
