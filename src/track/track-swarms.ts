/**
 * Track swarms over a whole sequence of windows (METRICS.md §4), built on the
 * incremental {@link createSwarmTracker}.
 */
import { createSwarmTracker } from './create-swarm-tracker.js';
import type { WindowSwarms } from '../swarms/index.js';
import type { TrackingOptions, TrackingResult } from './types.js';

/**
 * Track the swarms of consecutive windows.
 * @param windowResults {@link detectSwarms} results in increasing window index order.
 * @param options {@link TrackingOptions}; defaults in `DEFAULT_TRACKING_OPTIONS`.
 * @returns every tracked swarm (sorted by firstSeen, then id) and every event in window order.
 * @throws {InvalidOptionsError} on a bad option or when window indexes do not increase.
 * @example
 * const { swarms, events } = trackSwarms(windows.map((w) => detectSwarms(buildAccountGraph(w), w)));
 */
export function trackSwarms(windowResults: Iterable<WindowSwarms>, options?: TrackingOptions): TrackingResult {
  const tracker = createSwarmTracker(options);
  for (const ws of windowResults) tracker.update(ws);
  return tracker.finish();
}
