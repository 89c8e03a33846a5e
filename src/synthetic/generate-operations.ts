/**
 * Operations family: a second synthetic scenario family, modelled on real coordinated
 * operations rather than on the ladder's bursts (the ladder generator is untouched).
 *
 * - Organic world (generate-organic-world.ts): log-normal posting rates on a daily cycle,
 *   Zipf tags, repost cascades (~30 % of organic posts), live-event crowds, news shocks.
 * - Operations: 20–120 accounts (`op…`, disjoint from the organic `org…` accounts), 1–3
 *   runs per day of 30 min – 4 h; in each run every member joins with probability 0.7 and
 *   posts 2–50 times (log-normal, median 8) at uniform times, 30 % clumped within 60 s of
 *   another member's post; half the operations have minute-resolution timestamps; each post
 *   carries the run's main tag (p 0.95) and 0–2 of the operation's 3–5 co-tags; members also
 *   post 1–3 organic posts a day (camouflage).
 * - Families: `base` (owned main tag, a new one each day); `crowd` (half the operations use a
 *   popular organic tag and time each run inside a news shock on it); `games` (hashtag games:
 *   one 3–5 h run a day, 20–60 members posting 10–60 times); `null` (no operations).
 */
import { compareStrings } from '../_lib/compare.js';
import { createRng, shuffleInPlace, type Rng } from '../_lib/rng.js';
import type { Post } from '../ingest/index.js';
import {
  accountName, DAY_MS, diurnalTime, generateOrganicWorld, MINUTE_MS, POPULAR_RANKS, TagVocabulary, type DraftPost, type ShockPlan,
} from './generate-organic-world.js';
import { sampleDistinct, sampleLogNormal, uniformInt } from './random.js';
import { DEFAULT_SCENARIO_OPTIONS } from './presets.js';
import { resolveOperationsOptions } from './resolve-operations-options.js';
import type {
  OperationRunTruth, OperationsFamily, OperationsOptions, OperationsScenario, OperationsTruth, ResolvedOperationsOptions,
  ScenarioName, SwarmTruth,
} from './types.js';

/** Closest ladder scenario of each family (for `truth.scenario`). */
const CLOSEST_SCENARIO: Readonly<Record<OperationsFamily, ScenarioName>> = Object.freeze({
  base: 'medium',
  crowd: 'adversarial',
  games: 'medium',
  null: 'null',
});

const PARTICIPATION = 0.7;
const CLUMP_SHARE = 0.3;
const CLUMP_MS = 60_000;
const MAIN_TAG_INCLUSION = 0.95;
const HOUR_MS = 3_600_000;

/** One planned operation. */
interface OperationPlan {
  readonly id: string;
  readonly members: readonly string[];
  readonly minuteResolution: boolean;
  /** Popular organic tag ridden inside news shocks (`crowd`), or null. */
  readonly ridden: string | null;
  /** Owned main tag of each day (empty when `ridden`). */
  readonly owned: readonly string[];
  readonly coTags: readonly string[];
}

/** One planned run. */
interface RunPlan {
  readonly operation: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly hashtag: string;
}

/** Log-normal count rounded and clamped to `[min, max]`. */
function heavyCount(rng: Rng, median: number, sigma: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(sampleLogNormal(rng, Math.log(median), sigma))));
}

function planOperations(rng: Rng, o: ResolvedOperationsOptions, vocabulary: TagVocabulary): OperationPlan[] {
  const count = o.family === 'null' ? 0 : o.operations;
  const games = o.family === 'games';
  const sizes = Array.from({ length: count }, () => (games ? uniformInt(rng, 20, 60) : uniformInt(rng, 20, 120)));
  const total = sizes.reduce((s, n) => s + n, 0);
  const pool = Array.from({ length: total }, (_, i) => accountName('op', i, total));
  shuffleInPlace(pool, rng);
  const order = Array.from({ length: count }, (_, i) => i);
  shuffleInPlace(order, rng);
  const minute = new Set(order.slice(0, Math.floor(count / 2)));
  shuffleInPlace(order, rng);
  const riding = new Set(o.family === 'crowd' ? order.slice(0, Math.floor(count / 2)) : []);
  const popular = vocabulary.organic.slice(0, POPULAR_RANKS);
  const ridden = sampleDistinct(rng, popular, riding.size);
  const idWidth = Math.max(2, String(count).length);
  const plans: OperationPlan[] = [];
  let offset = 0;
  let r = 0;
  for (let i = 0; i < count; i++) {
    const members = pool.slice(offset, offset + sizes[i]!).sort(compareStrings);
    offset += sizes[i]!;
    const rides = riding.has(i) ? ridden[r++]! : null;
    const owned = rides === null ? Array.from({ length: o.days }, () => vocabulary.fresh()) : [];
    // Co-tags: mid-popularity organic tags (ranks 5–300), never the ridden tag.
    const coTags = sampleDistinct(rng, vocabulary.organic.slice(5, 300), uniformInt(rng, 3, 5), rides ?? undefined);
    plans.push({ id: `S${String(i + 1).padStart(idWidth, '0')}`, members, minuteResolution: minute.has(i), ridden: rides, owned, coTags });
  }
  return plans;
}

function planRuns(rng: Rng, o: ResolvedOperationsOptions, plans: readonly OperationPlan[]): { runs: RunPlan[]; shocks: ShockPlan[] } {
  const runs: RunPlan[] = [];
  const shocks: ShockPlan[] = [];
  const games = o.family === 'games';
  plans.forEach((plan, i) => {
    for (let d = 0; d < o.days; d++) {
      const dayStart = o.startMs + d * DAY_MS;
      const k = games ? 1 : uniformInt(rng, 1, 3);
      const slot = DAY_MS / k; // runs of one operation never overlap: one per slot of the day
      for (let j = 0; j < k; j++) {
        const duration = games ? 3 * HOUR_MS + Math.floor(rng.next() * 2 * HOUR_MS) : 30 * MINUTE_MS + Math.floor(rng.next() * 3.5 * HOUR_MS);
        const startMs = Math.floor(dayStart + j * slot + rng.next() * (slot - duration));
        const hashtag = plan.ridden ?? plan.owned[d]!;
        if (plan.ridden !== null) shocks.push({ timeMs: Math.max(dayStart, startMs - Math.floor(rng.next() * 10 * MINUTE_MS)), hashtag });
        runs.push({ operation: i, startMs, endMs: startMs + duration, hashtag });
      }
    }
  });
  return { runs, shocks };
}

/** Posts of one run (rotating roster, heavy-tailed counts, partly clumped times). */
function runPosts(rng: Rng, o: ResolvedOperationsOptions, plan: OperationPlan, run: RunPlan, index: number, followers: ReadonlyMap<string, number>): DraftPost[] {
  const games = o.family === 'games';
  let participants = plan.members.filter(() => rng.next() < PARTICIPATION);
  if (participants.length < 2) participants = sampleDistinct(rng, plan.members, 2);
  const slots: string[] = [];
  for (const account of participants) {
    const n = games ? heavyCount(rng, 25, 0.6, 10, 60) : heavyCount(rng, 8, 0.9, 2, 50);
    for (let k = 0; k < n; k++) slots.push(account);
  }
  shuffleInPlace(slots, rng);
  const duration = run.endMs - run.startMs;
  const posts: DraftPost[] = [];
  for (const account of slots) {
    let timeMs = run.startMs + Math.floor(rng.next() * duration);
    if (posts.length > 0 && rng.next() < CLUMP_SHARE) {
      for (let tries = 0; tries < 5; tries++) {
        const other = posts[rng.int(posts.length)]!;
        if (other.account === account) continue;
        timeMs = Math.min(run.endMs - 1, other.timeMs + Math.floor(rng.next() * CLUMP_MS));
        break;
      }
    }
    if (plan.minuteResolution) timeMs -= ((timeMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
    const hashtags: string[] = [];
    if (rng.next() < MAIN_TAG_INCLUSION) hashtags.push(run.hashtag);
    const co = rng.int(3);
    for (const t of sampleDistinct(rng, plan.coTags, co)) if (!hashtags.includes(t)) hashtags.push(t);
    if (hashtags.length === 0) hashtags.push(plan.coTags[rng.int(plan.coTags.length)]!);
    posts.push({ account, timeMs, hashtags, followers: followers.get(account) ?? 0, kind: 'run', run: index });
  }
  return posts;
}

/** Camouflage: 1–3 organic-looking posts per member per day. */
function camouflagePosts(rng: Rng, o: ResolvedOperationsOptions, plan: OperationPlan, vocabulary: TagVocabulary, followers: ReadonlyMap<string, number>): DraftPost[] {
  const posts: DraftPost[] = [];
  for (const account of plan.members) {
    for (let d = 0; d < o.days; d++) {
      const n = uniformInt(rng, 1, 3);
      for (let k = 0; k < n; k++) {
        let timeMs = diurnalTime(rng, o.startMs + d * DAY_MS);
        if (plan.minuteResolution) timeMs -= ((timeMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
        posts.push({ account, timeMs, hashtags: vocabulary.organicTags(rng), followers: followers.get(account) ?? 0, kind: 'camouflage' });
      }
    }
  }
  return posts;
}

/**
 * Generate a scenario of the operations family (see the module comment for the model).
 * @param options see {@link OperationsOptions}; same options give identical posts and truth
 * @returns posts sorted by (timeMs, id) and the truth (`truth.swarms` = the operations)
 * @throws {InvalidOptionsError} on a bad option
 * @example
 * const { posts, truth } = generateOperations({ family: 'crowd', accounts: 1000, days: 2, seed: 3 });
 */
export function generateOperations(options?: OperationsOptions): OperationsScenario {
  const o = resolveOperationsOptions(options);
  const rng = createRng(o.seed);
  const rngOrganic = rng.fork();
  const rngFollowers = rng.fork();
  const rngOps = rng.fork();
  const rngRuns = rng.fork();
  const rngCamouflage = rng.fork();
  const endMs = o.startMs + o.days * DAY_MS;
  const vocabulary = new TagVocabulary();

  const plans = planOperations(rngOps, o, vocabulary);
  const { runs, shocks: ridden } = planRuns(rngOps, o, plans);
  const organicNames = Array.from({ length: o.accounts }, (_, i) => accountName('org', i, o.accounts));
  const followers = new Map<string, number>();
  for (const name of [...organicNames, ...plans.flatMap((p) => p.members)]) {
    followers.set(name, Math.round(sampleLogNormal(rngFollowers, Math.log(200), 1.8)));
  }

  const world = generateOrganicWorld({ rng: rngOrganic, names: organicNames, followers, vocabulary, days: o.days, startMs: o.startMs, extraShocks: ridden });
  const drafts: DraftPost[] = world.posts;
  runs.forEach((run, i) => drafts.push(...runPosts(rngRuns, o, plans[run.operation]!, run, i, followers)));
  for (const plan of plans) drafts.push(...camouflagePosts(rngCamouflage, o, plan, vocabulary, followers));

  // Sort (stable on creation order), drop anything outside the period, assign ids in order.
  const kept = drafts.filter((p) => p.timeMs >= o.startMs && p.timeMs < endMs);
  const order = kept.map((_, i) => i).sort((a, b) => kept[a]!.timeMs - kept[b]!.timeMs || a - b);
  const width = String(Math.max(0, order.length - 1)).length;
  const ids = new Map<DraftPost, string>();
  const posts: Post[] = order.map((k, rank) => {
    const draft = kept[k]!;
    const id = `p${String(rank).padStart(width, '0')}`;
    ids.set(draft, id);
    const repostOf = draft.repostOf === undefined ? undefined : ids.get(draft.repostOf);
    return repostOf === undefined
      ? { id, account: draft.account, timeMs: draft.timeMs, hashtags: [...draft.hashtags], followers: draft.followers }
      : { id, account: draft.account, timeMs: draft.timeMs, hashtags: [...draft.hashtags], followers: draft.followers, repostOf };
  });

  // Truth.
  const runTruth: OperationRunTruth[] = [];
  const runPostIds: string[][] = runs.map(() => []);
  const runAccounts: Set<string>[] = runs.map(() => new Set());
  const runTimes: number[][] = runs.map(() => []);
  for (const draft of kept) {
    if (draft.run === undefined) continue;
    runPostIds[draft.run]!.push(ids.get(draft)!);
    runAccounts[draft.run]!.add(draft.account);
    runTimes[draft.run]!.push(draft.timeMs);
  }
  runs.forEach((run, i) => {
    runTruth.push({
      operation: plans[run.operation]!.id, startMs: run.startMs, endMs: run.endMs, hashtag: run.hashtag,
      participants: [...runAccounts[i]!].sort(compareStrings), posts: runPostIds[i]!.length,
    });
  });
  const swarms: SwarmTruth[] = plans.map((plan, p) => {
    const mine = runs.map((r, i) => (r.operation === p ? i : -1)).filter((i) => i >= 0);
    const members = [...new Set(mine.flatMap((i) => [...runAccounts[i]!]))].sort(compareStrings);
    const times = mine.flatMap((i) => runTimes[i]!);
    const activeFrom = Math.min(...times);
    const activeTo = Math.max(...times) + 1;
    const participants = mine.reduce((s, i) => s + runAccounts[i]!.size, 0);
    const owned = [...plan.owned];
    const hijacked = [...(plan.ridden === null ? [] : [plan.ridden]), ...plan.coTags];
    return {
      id: plan.id, members, hashtags: [...owned, ...hijacked], ownedHashtags: owned, hijackedHashtags: hijacked,
      activeFrom, activeTo, membership: [{ fromMs: activeFrom, toMs: activeTo, members }],
      bursts: mine.length, coordinatedPosts: mine.reduce((s, i) => s + runPostIds[i]!.length, 0),
      measuredParticipation: mine.length > 0 ? participants / (mine.length * plan.members.length) : 0,
      adoptionGamma: 1, adoptions: 0, plantedLift: null,
    };
  });
  const sizes = plans.map((p) => p.members.length);
  const truth: OperationsTruth = {
    scenario: CLOSEST_SCENARIO[o.family],
    // Closest ladder echo (the type requires it); `operationsOptions` holds the real options.
    options: {
      ...DEFAULT_SCENARIO_OPTIONS, scenario: CLOSEST_SCENARIO[o.family], seed: o.seed, days: o.days, startMs: o.startMs,
      accounts: o.accounts + sizes.reduce((s, n) => s + n, 0), activityMu: Math.log(3), activitySigma: 1.2, selfExcitation: 0,
      diurnalAmplitude: 0.6, hashtags: 800, topics: 1, shocksPerDay: 3, shockAccountsMin: 100, shockAccountsMax: 300,
      swarms: plans.length, swarmSizeMin: 20, swarmSizeMax: o.family === 'games' ? 60 : 120,
      participation: PARTICIPATION, mentionProbability: 0, adoptionScale: 0, shockAlignment: o.family === 'crowd' ? 0.5 : 0,
    },
    startMs: o.startMs,
    endMs,
    posts: posts.length,
    accounts: new Set(posts.map((p) => p.account)).size,
    swarms: swarms.sort((a, b) => compareStrings(a.id, b.id)),
    events: [],
    coordinatedPostIds: runPostIds.flat().sort(compareStrings),
    shocks: world.shocks,
    family: o.family,
    operationsOptions: o,
    runs: runTruth.sort((a, b) => a.startMs - b.startMs || compareStrings(a.operation, b.operation)),
    liveEvents: world.events
      .map((e) => ({ hashtag: e.hashtag, talks: [...e.talks], attendees: [...e.attendees].sort(compareStrings) }))
      .sort((a, b) => a.talks[0]! - b.talks[0]!),
    minuteResolutionOperations: plans.filter((p) => p.minuteResolution).map((p) => p.id),
  };
  return { posts, truth };
}
