/**
 * Streaming scenario generation (METRICS.md §8). One seed fixes the whole run. The period is
 * cut into hour buckets; processing bucket `c` draws the organic immigrants of the hour, the
 * shocks and swarm bursts starting in it, and every descendant post (self-excitation,
 * jitter, adoption) lands in bucket `c` or later, so bucket `c` is complete once processed
 * and can be emitted in time order. Memory holds about one hour of future posts.
 */
import type { Post } from '../ingest/index.js';
import { createRng, type Rng } from '../_lib/rng.js';
import { HashtagSwarmsError } from '../errors.js';
import { buildWorld, type World } from './build-world.js';
import { planSwarms, scheduleBursts, type SwarmPlan } from './plan-swarms.js';
import { addOrganicHour, addShock, DraftBuckets, DraftKind, type DraftPost, type Shock } from './organic.js';
import { addBurst, type BurstStats } from './swarm-bursts.js';
import { pickCumulative, sampleExponential, samplePoisson } from './random.js';
import { buildTruth } from './build-truth.js';
import { resolveScenarioOptions } from './resolve-scenario-options.js';
import type { ResolvedScenarioOptions, ScenarioOptions, ScenarioStream, ScenarioTruth } from './types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A scheduled start: a shock (with an optional forced hashtag) or a swarm burst. */
interface Scheduled {
  readonly timeMs: number;
  readonly plan: number;
  readonly burst: number;
  readonly hashtag: string | null;
}

/**
 * Generate a scenario lazily: iterate the returned object for posts in time order; call
 * `truth()` for the ground truth.
 * @param options scenario options (preset `scenario` plus overrides)
 * @returns a re-iterable stream; every iteration yields identical posts
 * @throws {InvalidOptionsError} when an option is invalid (at call time, before any work)
 * @example
 * const stream = generateScenarioStream({ scenario: 'easy', accounts: 500, seed: 3 });
 * let n = 0; for (const post of stream) n++;
 * stream.truth().swarms.length; // 10
 */
export function generateScenarioStream(options?: ScenarioOptions): ScenarioStream {
  const resolved = resolveScenarioOptions(options);
  const state: { truth: ScenarioTruth | null } = { truth: null };
  const keep = (truth: ScenarioTruth): void => {
    state.truth = truth;
  };
  return {
    options: resolved,
    [Symbol.iterator]: () => run(resolved, keep),
    truth: (): ScenarioTruth => {
      if (state.truth === null) for (const post of run(resolved, keep)) void post;
      if (state.truth === null) throw new HashtagSwarmsError('internal', 'hashtag-swarms/synthetic: the generator finished without a truth. Report this as a bug.');
      return state.truth;
    },
  };
}

function* run(options: ResolvedScenarioOptions, done: (truth: ScenarioTruth) => void): Generator<Post, void, undefined> {
  const root = createRng(options.seed);
  const world = buildWorld(options, root.fork());
  const planRng = root.fork();
  const { plans, events } = planSwarms(options, world, planRng);
  scheduleBursts(plans, options, planRng);
  const rng = root.fork();
  const startMs = options.startMs;
  const endMs = startMs + options.days * DAY_MS;
  const rates = organicRates(world, plans, options);
  const masks = plans.map((plan) => new Set(plan.members));
  const schedule = buildSchedule(plans, options, planRng, startMs, endMs);
  const stats: BurstStats[] = plans.map(() => ({ bursts: 0, rosterSlots: 0, participants: 0, adoptions: 0, responseActual: 0, responseDesync: 0 }));
  const buckets = new DraftBuckets(startMs, endMs, HOUR_MS);
  const shocks: Shock[] = [];
  const coordinatedIds: string[] = [];
  let next = 0;
  let emitted = 0;
  for (let c = 0; c < buckets.count; c++) {
    addOrganicHour(buckets, world, options, rng, rates, c);
    const bucketEnd = startMs + (c + 1) * HOUR_MS;
    for (; next < schedule.length && schedule[next]!.timeMs < bucketEnd; next++) {
      const item = schedule[next]!;
      if (item.plan < 0) shocks.push(addShock(buckets, world, options, rng, item.timeMs, item.hashtag));
      else addBurst(buckets, world, options, rng, plans[item.plan]!, item.plan, item.burst, masks[item.plan]!, stats[item.plan]!);
    }
    for (const draft of buckets.take(c)) {
      const id = `p${options.seed}-${emitted++}`;
      if (draft.kind === DraftKind.Coordinated) {
        coordinatedIds.push(id);
      }
      yield toPost(draft, id, world, options, rng);
    }
  }
  done(buildTruth({ options, world, plans, events, stats, shocks, coordinatedIds, posts: emitted, startMs, endMs }));
}

/** Organic rates: sampled rates, except swarm members whose camouflage rate follows `ρ_c`. */
function organicRates(world: World, plans: readonly SwarmPlan[], options: ResolvedScenarioOptions): Float64Array {
  const rates = Float64Array.from(world.rates);
  const coordinatedPerDay = new Float64Array(rates.length);
  const keep = 1 - options.rotation;
  for (const plan of plans) {
    for (let p = 0; p < plan.members.length; p++) {
      let expected = 0;
      for (const t of plan.bursts) if (t >= plan.memberFromMs[p]!) expected += options.participation * keep;
      const a = plan.members[p]!;
      coordinatedPerDay[a] = coordinatedPerDay[a]! + expected / options.days;
    }
  }
  const ratio = (1 - options.coordinatedShare) / options.coordinatedShare;
  for (let i = 0; i < rates.length; i++) if (coordinatedPerDay[i]! > 0) rates[i] = coordinatedPerDay[i]! * ratio;
  return rates;
}

/** Shocks (Poisson in time, plus one per aligned burst) and bursts, sorted by start time. */
function buildSchedule(plans: readonly SwarmPlan[], options: ResolvedScenarioOptions, rng: Rng, startMs: number, endMs: number): Scheduled[] {
  const items: Scheduled[] = [];
  const shocks = samplePoisson(rng, options.shocksPerDay * options.days);
  for (let k = 0; k < shocks; k++) items.push({ timeMs: startMs + rng.next() * (endMs - startMs), plan: -1, burst: -1, hashtag: null });
  plans.forEach((plan, i) => {
    plan.bursts.forEach((t, b) => {
      items.push({ timeMs: t, plan: i, burst: b, hashtag: null });
      if (plan.hijacked.length > 0 && rng.next() < options.shockAlignment) {
        const tag = plan.hijacked[rng.int(plan.hijacked.length)]!;
        items.push({ timeMs: t + rng.next() * 30_000, plan: -1, burst: -1, hashtag: tag });
      }
    });
  });
  return items.sort((a, b) => a.timeMs - b.timeMs || a.plan - b.plan || a.burst - b.burst);
}

/** Final post: id, name, integer time, heavy-tailed engagement (NegBin k = 1), mentions. */
function toPost(draft: DraftPost, id: string, world: World, options: ResolvedScenarioOptions, rng: Rng): Post {
  const followers = world.followers[draft.account]!;
  const mean = options.engagementScale * Math.pow(followers, 0.7);
  const likes = samplePoisson(rng, sampleExponential(rng, mean));
  const reposts = samplePoisson(rng, 0.2 * likes);
  const replies = samplePoisson(rng, 0.1 * likes);
  const base = { id, account: world.names[draft.account]!, timeMs: Math.floor(draft.timeMs), hashtags: draft.hashtags, followers, likes, reposts, replies };
  if (rng.next() >= options.mentionProbability) return base;
  const target = pickCumulative(rng, world.mentionCdf);
  return target === draft.account ? base : { ...base, mentions: [world.names[target]!] };
}
