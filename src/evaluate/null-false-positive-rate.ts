/**
 * Null-world false-positive rate (METRICS.md §5.3): over runs (or windows) of worlds with
 * no planted swarm, the share with at least one detected swarm. Target ≤ α. A Wilson score
 * interval (95 %) tells whether the share is compatible with α given the number of runs.
 */
import { detectedList } from './labels.js';
import type { DetectedSwarms } from './types.js';

/** Result of {@link nullFalsePositiveRate}. */
export interface NullFalsePositiveRate {
  readonly runs: number;
  readonly runsWithSwarm: number;
  /** Share of runs with ≥ 1 swarm; null without runs. */
  readonly rate: number | null;
  /** 95 % Wilson interval of the rate; null without runs. */
  readonly interval: readonly [number, number] | null;
}

/**
 * Share of null runs with any detected swarm.
 * @param runs detections of each null run or window (a list of swarms or `{ swarms }` each)
 * @returns counts, rate and Wilson interval
 * @throws {InvalidOptionsError} when a run is neither a list nor an object with `swarms`
 * @example
 * nullFalsePositiveRate([[], [], [{ id: 'x', members: ['a', 'b', 'c'] }], []]).rate; // 0.25
 */
export function nullFalsePositiveRate(runs: readonly DetectedSwarms[]): NullFalsePositiveRate {
  const n = runs.length;
  const k = runs.filter((run) => detectedList(run).length > 0).length;
  if (n === 0) return { runs: 0, runsWithSwarm: 0, rate: null, interval: null };
  const p = k / n;
  const z = 1.959963984540054;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { runs: n, runsWithSwarm: k, rate: p, interval: [Math.max(0, centre - half), Math.min(1, centre + half)] };
}
