/**
 * The benchmark inputs: the synthetic ladder (generated once per size and generator version into
 * bench/tmp/, NDJSON + truth.json via `writeScenario`) and the three real datasets in
 * ../shared/data. Every method reads the same files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenarioStream, writeScenario } from '../../src/synthetic/index.js';
import type { ScenarioName } from '../../src/synthetic/index.js';
import type { ReadSpec } from './occurrences.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root. */
export const REPO_ROOT = path.resolve(here, '..', '..');
const DATA = path.resolve(REPO_ROOT, '..', 'shared', 'data');
const TMP = path.join(REPO_ROOT, 'bench', 'tmp');

/** One benchmark input. */
export interface InputSpec {
  /** Stable key used in results files (`easy-100k`, `german-elections`). */
  readonly id: string;
  readonly read: ReadSpec;
  /** Planted truth (synthetic inputs only). */
  readonly truthPath?: string;
  /** True for the null scenario: any detection is a false positive. */
  readonly nullWorld?: boolean;
  /** NDJSON inputs get the raw parse floor too. */
  readonly ndjson: boolean;
}

/** The real datasets (README of ../shared/data). */
export const REAL_INPUTS: readonly InputSpec[] = [
  { id: 'ira-canada', read: { path: path.join(DATA, 'ira-canada', 'troll_tweets_canada.csv'), schema: 'ira' }, ndjson: false },
  { id: 'conference-user2019', read: { path: path.join(DATA, 'conference-user2019', 'user2019.csv'), schema: 'rtweet' }, ndjson: false },
  {
    id: 'german-elections',
    read: {
      path: path.join(DATA, 'german-elections', 'german_elections.csv'),
      map: { account: 'account_id', id: 'post_id', time: 'timestamp', hashtags: 'hashtag_id' },
    },
    ndjson: false,
  },
];

/** Hash of the generator's sources: a changed generator regenerates the cached files. */
function generatorHash(): string {
  const dir = path.join(REPO_ROOT, 'src', 'synthetic');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(path.join(dir, f)));
  return hash.digest('hex').slice(0, 16);
}

/** `100000` → `100k`, `1000000` → `1m`. */
export function sizeLabel(posts: number): string {
  return posts >= 1_000_000 && posts % 1_000_000 === 0 ? `${posts / 1_000_000}m` : `${Math.round(posts / 1000)}k`;
}

/**
 * Generate (or reuse) one synthetic input.
 * @param scenario ladder rung
 * @param targetPosts approximate post count
 * @param days simulated days (`undefined` = the preset's)
 * @param log progress sink
 * @returns the input spec
 * @example
 * prepareSynthetic('easy', 30_000, undefined, console.log).id; // 'easy-30k'
 */
export function prepareSynthetic(scenario: ScenarioName, targetPosts: number, days: number | undefined, log: (s: string) => void): InputSpec {
  const id = `${scenario}-${sizeLabel(targetPosts)}${days === undefined ? '' : `-${days}d`}`;
  const dir = path.join(TMP, id);
  const meta = path.join(dir, 'meta.json');
  const key = JSON.stringify({ scenario, seed: 1, targetPosts, days: days ?? null, generator: generatorHash() });
  const postsPath = path.join(dir, 'posts.ndjson');
  const truthPath = path.join(dir, 'truth.json');
  if (!(existsSync(meta) && readFileSync(meta, 'utf8') === key && existsSync(postsPath) && existsSync(truthPath))) {
    const t = performance.now();
    mkdirSync(dir, { recursive: true });
    const written = writeScenario(dir, generateScenarioStream({ scenario, seed: 1, targetPosts, ...(days === undefined ? {} : { days }) }));
    writeFileSync(meta, key);
    log(`  generated ${id}: ${written.posts.toLocaleString('en-US')} posts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { id, read: { path: postsPath }, truthPath, nullWorld: scenario === 'null', ndjson: true };
}
