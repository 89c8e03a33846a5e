/**
 * Shared helpers: normalise detections, and label every account of `V*` (planted ∪ detected
 * members) by its swarm. An account in several swarms gets the joined ids (`S01+S05`) as its
 * own cluster, so overlap is visible to the partition scores instead of resolved arbitrarily;
 * accounts outside every swarm share the label `none` (METRICS.md §5.1).
 */
import { compareStrings } from '../_lib/compare.js';
import { InvalidOptionsError } from '../errors.js';
import type { DetectedSwarm, DetectedSwarms, TrueSwarm } from './types.js';

/** Label of accounts outside every swarm. */
export const NONE_LABEL = '\u0000none';

/**
 * The list of swarms in a detection input.
 * @throws {InvalidOptionsError} when the input is neither a list nor an object with `swarms`
 */
export function detectedList(detected: DetectedSwarms): readonly DetectedSwarm[] {
  if (Array.isArray(detected)) return detected as readonly DetectedSwarm[];
  const swarms = (detected as { swarms?: unknown }).swarms;
  if (detected !== null && typeof detected === 'object' && Array.isArray(swarms)) return swarms as readonly DetectedSwarm[];
  throw new InvalidOptionsError('evaluate', 'detected', detected, 'an array of swarms or an object with a `swarms` array');
}

/** account → sorted list of swarm ids containing it. */
export function membershipMap(swarms: readonly (DetectedSwarm | TrueSwarm)[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const swarm of swarms) {
    for (const account of new Set(swarm.members)) {
      const list = map.get(account);
      if (list === undefined) map.set(account, [swarm.id]);
      else list.push(swarm.id);
    }
  }
  for (const list of map.values()) list.sort(compareStrings);
  return map;
}

/** Sorted union of the accounts of two membership maps (`V*`). */
export function unionAccounts(a: Map<string, string[]>, b: Map<string, string[]>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort(compareStrings);
}

/** Cluster label of `account` under a membership map. */
export function labelOf(map: Map<string, string[]>, account: string): string {
  const ids = map.get(account);
  return ids === undefined ? NONE_LABEL : ids.join('+');
}
