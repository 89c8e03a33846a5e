/**
 * Collect a whole scenario in memory (posts in time order plus truth). For large worlds
 * iterate {@link generateScenarioStream} instead.
 */
import type { Post } from '../ingest/index.js';
import { generateScenarioStream } from './generate-scenario-stream.js';
import type { Scenario, ScenarioOptions } from './types.js';

/**
 * Generate a synthetic scenario with planted swarms and its ground truth (METRICS.md §8).
 * Same options (seed included) → byte-identical JSON.
 * @param options preset `scenario` (default `'medium'`) plus overrides; see `ScenarioOptions`
 * @returns `{ posts, truth }`; posts sorted by time, ids `p<seed>-<n>` in that order
 * @throws {InvalidOptionsError} when an option is unknown, of the wrong type or out of range
 * @example
 * const { posts, truth } = generateScenario({ scenario: 'easy', accounts: 500, days: 1, seed: 2 });
 * truth.swarms[0]?.members; // ['u000017', …]
 */
export function generateScenario(options?: ScenarioOptions): Scenario {
  const stream = generateScenarioStream(options);
  const posts: Post[] = [];
  for (const post of stream) posts.push(post);
  return { posts, truth: stream.truth() };
}
