/**
 * Write a scenario as generic NDJSON (DESIGN.md §4 record schema: `id`, `account`, `time`
 * as ISO 8601 UTC, `hashtags`, `followers`, `likes`, `reposts`, `replies`, `mentions`) plus
 * `truth.json`. Streams write line batches, so a million posts never sit in memory.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Post } from '../ingest/index.js';
import { InvalidOptionsError } from '../errors.js';
import type { Scenario, ScenarioStream, ScenarioTruth } from './types.js';

/** One generic NDJSON record. */
export interface ScenarioRecord {
  readonly id: string;
  readonly account: string;
  readonly time: string;
  readonly hashtags: readonly string[];
  readonly followers?: number;
  readonly likes?: number;
  readonly reposts?: number;
  readonly replies?: number;
  readonly mentions?: readonly string[];
}

/** Paths and counts written by {@link writeScenario}. */
export interface WrittenScenario {
  readonly postsPath: string;
  readonly truthPath: string;
  readonly posts: number;
}

/**
 * Convert a post to the generic record schema.
 * @param post a generated post
 * @returns the record (optional fields only when present)
 * @example
 * toScenarioRecord(post).time; // '2024-01-01T00:03:12.000Z'
 */
export function toScenarioRecord(post: Post): ScenarioRecord {
  return {
    id: post.id,
    account: post.account,
    time: new Date(post.timeMs).toISOString(),
    hashtags: post.hashtags,
    ...(post.followers !== undefined ? { followers: post.followers } : {}),
    ...(post.likes !== undefined ? { likes: post.likes } : {}),
    ...(post.reposts !== undefined ? { reposts: post.reposts } : {}),
    ...(post.replies !== undefined ? { replies: post.replies } : {}),
    ...(post.mentions !== undefined ? { mentions: post.mentions } : {}),
  };
}

/**
 * Write `posts.ndjson` and `truth.json` into `dir` (created if missing).
 * @param dir output directory
 * @param scenario a generated scenario (`generateScenario`) or a stream (`generateScenarioStream`)
 * @returns the paths and the number of posts written
 * @throws {InvalidOptionsError} when `dir` is not a non-empty string; Node's fs errors on I/O failure
 * @example
 * writeScenario('out/medium', generateScenarioStream({ scenario: 'medium', seed: 1 }));
 */
export function writeScenario(dir: string, scenario: Scenario | ScenarioStream): WrittenScenario {
  if (typeof dir !== 'string' || dir.length === 0) throw new InvalidOptionsError('synthetic', 'dir', dir, 'a non-empty directory path');
  mkdirSync(dir, { recursive: true });
  const postsPath = join(dir, 'posts.ndjson');
  const truthPath = join(dir, 'truth.json');
  const posts: Iterable<Post> = 'posts' in scenario ? scenario.posts : scenario;
  const fd = openSync(postsPath, 'w');
  let count = 0;
  try {
    let batch: string[] = [];
    for (const post of posts) {
      batch.push(JSON.stringify(toScenarioRecord(post)));
      count++;
      if (batch.length === 2000) {
        writeSync(fd, `${batch.join('\n')}\n`);
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(fd, `${batch.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  const truth: ScenarioTruth = 'posts' in scenario ? scenario.truth : scenario.truth();
  writeFileSync(truthPath, `${JSON.stringify(truth, null, 2)}\n`);
  return { postsPath, truthPath, posts: count };
}
