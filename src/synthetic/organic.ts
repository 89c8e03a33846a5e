/**
 * Organic posting (METRICS.md §8.1): per account a non-homogeneous Poisson process
 * (rate × daily cycle) of immigrant posts, each spawning `Poisson(b)` self-excited children
 * after `Exp(mean delay)` (a Hawkes cascade with branching ratio `b`, so the immigrant rate is
 * `λ(1 − b)` and the total rate is `λ`); and exogenous shocks, where 100–400 accounts of a
 * topic post the same popular hashtag within minutes (`A·exp(−t/θ)` intensity).
 */
import type { Rng } from '../_lib/rng.js';
import { pickCumulative, sampleExponential, samplePoisson } from './random.js';
import { pickGlobalTag, pickOrganicTags, pickTopicTag, type World } from './build-world.js';
import type { ResolvedScenarioOptions } from './types.js';

/** Kind of a draft post. */
export const DraftKind = { Organic: 0, Coordinated: 1, Shock: 2, Adoption: 3 } as const;
/** Kind of a draft post (values of {@link DraftKind}). */
export type DraftKind = (typeof DraftKind)[keyof typeof DraftKind];

/** A post before its id and engagement are drawn. */
export interface DraftPost {
  readonly timeMs: number;
  readonly seq: number;
  readonly account: number;
  readonly hashtags: readonly string[];
  readonly kind: DraftKind;
  /** Plan index for coordinated posts, −1 otherwise. */
  readonly swarm: number;
}

/** Collects drafts into hour buckets; drafts at or after `endMs` are dropped. */
export class DraftBuckets {
  private readonly buckets: DraftPost[][];
  private seq = 0;
  dropped = 0;

  constructor(readonly startMs: number, readonly endMs: number, readonly bucketMs: number) {
    this.buckets = Array.from({ length: Math.ceil((endMs - startMs) / bucketMs) }, () => []);
  }

  get count(): number {
    return this.buckets.length;
  }

  add(timeMs: number, account: number, hashtags: readonly string[], kind: DraftKind, swarm = -1): DraftPost | null {
    if (timeMs >= this.endMs) {
      this.dropped++;
      return null;
    }
    const draft: DraftPost = { timeMs, seq: this.seq++, account, hashtags, kind, swarm };
    this.buckets[Math.floor((timeMs - this.startMs) / this.bucketMs)]!.push(draft);
    return draft;
  }

  /** Remove and return bucket `c` sorted by (time, creation order). */
  take(c: number): DraftPost[] {
    const out = this.buckets[c]!;
    this.buckets[c] = [];
    return out.sort((a, b) => a.timeMs - b.timeMs || a.seq - b.seq);
  }
}

/**
 * Add one organic post and its self-excited descendants.
 * @param tags the post's tags, or `null` to draw organic tags
 */
export function addOrganicCascade(
  buckets: DraftBuckets, world: World, options: ResolvedScenarioOptions, rng: Rng,
  account: number, timeMs: number, tags: readonly string[] | null,
): void {
  const own = tags ?? pickOrganicTags(world, rng, account, samplePoisson(rng, options.extraTagsMean), options.globalTagShare);
  if (buckets.add(timeMs, account, own, DraftKind.Organic) === null) return;
  const children = samplePoisson(rng, options.selfExcitation);
  for (let k = 0; k < children; k++) {
    const t = timeMs + sampleExponential(rng, options.selfExcitationDelayMs);
    addOrganicCascade(buckets, world, options, rng, account, t, rng.next() < 0.5 ? own : null);
  }
}

/**
 * Immigrant organic posts of every account in hour bucket `c`.
 * @param rates organic posts per day per account
 */
export function addOrganicHour(
  buckets: DraftBuckets, world: World, options: ResolvedScenarioOptions, rng: Rng, rates: Float64Array, c: number,
): void {
  const from = buckets.startMs + c * buckets.bucketMs;
  const length = Math.min(buckets.bucketMs, buckets.endMs - from);
  const hour = ((from + length / 2) / 3_600_000) % 24;
  const cycle = 1 + options.diurnalAmplitude * Math.cos((2 * Math.PI * (hour - 20)) / 24);
  const factor = (1 - options.selfExcitation) * (length / 86_400_000) * cycle;
  for (let i = 0; i < rates.length; i++) {
    const n = samplePoisson(rng, rates[i]! * factor);
    for (let k = 0; k < n; k++) addOrganicCascade(buckets, world, options, rng, i, from + rng.next() * length, null);
  }
}

/** An exogenous shock: when, on which hashtag, how many accounts took part. */
export interface Shock {
  readonly timeMs: number;
  readonly hashtag: string;
  readonly accounts: number;
}

/**
 * Generate one exogenous shock starting at `timeMs`: participants drawn by affinity to the
 * hashtag's topic (uniformly for a global tag), each posting once within the shock duration.
 * @param hashtag forced hashtag (a swarm's hijacked tag for aligned shocks), or `null` to draw one
 */
export function addShock(
  buckets: DraftBuckets, world: World, options: ResolvedScenarioOptions, rng: Rng, timeMs: number, hashtag: string | null,
): Shock {
  const n = world.names.length;
  const topics = world.topicStart.length;
  let topic = -1;
  let tag = hashtag;
  if (tag === null) {
    if (rng.next() < 0.5) tag = world.vocabulary[world.globalOrder[rng.int(Math.min(20, world.vocabulary.length))]!]!;
    else {
      topic = rng.int(topics);
      tag = world.vocabulary[world.topicStart[topic]! + rng.int(Math.min(10, world.topicSize[topic]!))]!;
    }
  }
  const lo = options.shockAccountsMin;
  const wanted = lo + rng.int(options.shockAccountsMax - lo + 1);
  const size = Math.max(1, Math.min(wanted, Math.floor(options.shockMaxShare * n)));
  const weights = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const pref = topic < 0 ? 1 / topics : world.topicCdf[i * topics + topic]! - (topic > 0 ? world.topicCdf[i * topics + topic - 1]! : 0);
    total += pref + 0.01;
    weights[i] = total;
  }
  const duration = options.shockDurationMinMs + rng.next() * (options.shockDurationMaxMs - options.shockDurationMinMs);
  const chosen = new Set<number>();
  while (chosen.size < size) chosen.add(pickCumulative(rng, weights));
  for (const i of [...chosen].sort((a, b) => a - b)) {
    let offset = sampleExponential(rng, duration / 3);
    while (offset > duration) offset = sampleExponential(rng, duration / 3);
    const extra = rng.next() < 0.3 ? [topic >= 0 ? pickTopicTag(world, rng, topic) : pickGlobalTag(world, rng)] : [];
    const tags = extra[0] !== undefined && extra[0] !== tag ? [tag, extra[0]] : [tag];
    buckets.add(timeMs + offset, i, tags, DraftKind.Shock);
  }
  return { timeMs: Math.floor(timeMs), hashtag: tag, accounts: size };
}
