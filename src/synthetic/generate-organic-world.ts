/**
 * Organic world of the operations family (`generateOperations`): accounts posting at
 * log-normal rates on a daily cycle with Zipf-popular tags, repost cascades, live-event
 * crowds (the same attendees at every talk) and news shocks. Independent of the ladder's
 * organic.ts: it shares only the samplers of random.ts.
 */
import type { Rng } from '../_lib/rng.js';
import { pickCumulative, sampleDistinct, sampleExponential, sampleLogNormal, samplePoisson, uniformInt, zipfCumulative } from './random.js';

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** Organic hashtag vocabulary size. */
const VOCABULARY = 800;
/** Log-normal posting rate (posts/day) of an organic account. */
const RATE_MU = Math.log(3);
const RATE_SIGMA = 1.2;
/** Amplitude and peak hour (UTC) of the daily cycle. */
const DIURNAL_AMPLITUDE = 0.6;
const DIURNAL_PEAK_HOUR = 20;
/** Target share of organic posts that are reposts, and reposts per cascade. */
const REPOST_SHARE = 0.3;
const CASCADE_MIN = 5;
const CASCADE_MAX = 50;
const REPOST_DELAY_MIN_MS = 3_000;
const REPOST_DELAY_MAX_MS = 120_000;
/** Live events: per day, attendees, talks, spacing, posting probability and delay. */
const EVENTS_PER_DAY = 2;
const ATTENDEES_MIN = 50;
const ATTENDEES_MAX = 70;
const TALKS_MIN = 6;
const TALKS_MAX = 10;
const TALK_ATTENDANCE = 0.5;
const TALK_DELAY_MAX_MS = 5 * MINUTE_MS;
/** News shocks: per day, participants, decay mean, candidate tags (most popular ranks). */
const SHOCKS_PER_DAY = 3;
const SHOCK_ACCOUNTS_MIN = 100;
const SHOCK_ACCOUNTS_MAX = 300;
const SHOCK_DECAY_MS = 20 * MINUTE_MS;
export const POPULAR_RANKS = 20;

/** What produced a draft post (internal; not part of the output). */
export type DraftKind = 'organic' | 'repost' | 'event' | 'shock' | 'camouflage' | 'run';

/** A post before ids are assigned. */
export interface DraftPost {
  readonly account: string;
  readonly timeMs: number;
  readonly hashtags: readonly string[];
  readonly followers: number;
  readonly kind: DraftKind;
  readonly repostOf?: DraftPost;
  /** Index of the operation run for `run` posts. */
  readonly run?: number;
}

/** Tag vocabulary: Zipf-popular organic tags `h0000…h0799`, then new tags on demand. */
export class TagVocabulary {
  readonly organic: readonly string[];
  private readonly cdf: Float64Array;
  private nextNew = VOCABULARY;

  constructor() {
    this.organic = Array.from({ length: VOCABULARY }, (_, i) => tagName(i));
    this.cdf = zipfCumulative(VOCABULARY, 1);
  }

  /** A Zipf-weighted organic tag. */
  zipf(rng: Rng): string {
    return this.organic[pickCumulative(rng, this.cdf)]!;
  }

  /** A tag nobody used before. */
  fresh(): string {
    return tagName(this.nextNew++);
  }

  /** 1–3 distinct Zipf tags (1 : 55 %, 2 : 30 %, 3 : 15 %). */
  organicTags(rng: Rng): string[] {
    const u = rng.next();
    const k = u < 0.55 ? 1 : u < 0.85 ? 2 : 3;
    const tags: string[] = [];
    for (let tries = 0; tags.length < k && tries < 20; tries++) {
      const t = this.zipf(rng);
      if (!tags.includes(t)) tags.push(t);
    }
    return tags;
  }
}

function tagName(i: number): string {
  return `h${String(i).padStart(4, '0')}`;
}

/** Account name with a prefix, zero-padded to at least 3 digits. */
export function accountName(prefix: string, i: number, count: number): string {
  return `${prefix}${String(i).padStart(Math.max(3, String(Math.max(0, count - 1)).length), '0')}`;
}

/** A time of the day starting at `dayStartMs`, drawn from the daily cycle (rejection sampling). */
export function diurnalTime(rng: Rng, dayStartMs: number): number {
  for (;;) {
    const u = rng.next();
    const density = (1 + DIURNAL_AMPLITUDE * Math.cos((2 * Math.PI * (u * 24 - DIURNAL_PEAK_HOUR)) / 24)) / (1 + DIURNAL_AMPLITUDE);
    if (rng.next() < density) return dayStartMs + Math.floor(u * DAY_MS);
  }
}

/** A news shock: a popular tag that many accounts post on at once. */
export interface ShockPlan {
  readonly timeMs: number;
  readonly hashtag: string;
}

/** Everything the organic world needs. */
export interface OrganicInput {
  readonly rng: Rng;
  readonly names: readonly string[];
  readonly followers: ReadonlyMap<string, number>;
  readonly vocabulary: TagVocabulary;
  readonly days: number;
  readonly startMs: number;
  /** Shocks planted by operations that ride them (in addition to the organic ones). */
  readonly extraShocks: readonly ShockPlan[];
}

/** The organic world: posts, shocks (with participant counts) and live events. */
export interface OrganicWorld {
  readonly posts: DraftPost[];
  readonly shocks: { readonly timeMs: number; readonly hashtag: string; readonly accounts: number }[];
  readonly events: { readonly hashtag: string; readonly talks: number[]; readonly attendees: string[] }[];
}

/**
 * Generate the organic world. Each part draws from its own fork of `input.rng`, so the
 * organic accounts' own posts, events and shocks do not depend on one another.
 * @param input accounts, vocabulary, period and extra shocks
 * @returns organic posts (unsorted), shocks and live events
 */
export function generateOrganicWorld(input: OrganicInput): OrganicWorld {
  const { names, followers, vocabulary, days, startMs } = input;
  const endMs = startMs + days * DAY_MS;
  const rngPosts = input.rng.fork();
  const rngEvents = input.rng.fork();
  const rngShocks = input.rng.fork();
  const rngCascades = input.rng.fork();
  const posts: DraftPost[] = [];
  const own: DraftPost[] = [];

  // Accounts' own posts.
  for (const account of names) {
    const rate = sampleLogNormal(rngPosts, RATE_MU, RATE_SIGMA);
    const f = followers.get(account) ?? 0;
    for (let d = 0; d < days; d++) {
      const n = samplePoisson(rngPosts, rate);
      for (let k = 0; k < n; k++) {
        const post: DraftPost = { account, timeMs: diurnalTime(rngPosts, startMs + d * DAY_MS), hashtags: vocabulary.organicTags(rngPosts), followers: f, kind: 'organic' };
        own.push(post);
        posts.push(post);
      }
    }
  }

  // Live events: fixed attendees post together at each talk.
  const events: OrganicWorld['events'] = [];
  for (let d = 0; d < days; d++) {
    for (let e = 0; e < EVENTS_PER_DAY; e++) {
      const hashtag = vocabulary.fresh();
      const attendees = sampleDistinct(rngEvents, names, Math.min(uniformInt(rngEvents, ATTENDEES_MIN, ATTENDEES_MAX), Math.floor(names.length / 4)));
      const talkCount = uniformInt(rngEvents, TALKS_MIN, TALKS_MAX);
      const talks: number[] = [];
      let t = startMs + d * DAY_MS + 8 * 3_600_000 + Math.floor(rngEvents.next() * 4 * 3_600_000);
      for (let k = 0; k < talkCount; k++) {
        talks.push(t);
        for (const account of attendees) {
          if (rngEvents.next() >= TALK_ATTENDANCE) continue;
          const hashtags = [hashtag];
          if (rngEvents.next() < 0.3) hashtags.push(vocabulary.zipf(rngEvents));
          posts.push({ account, timeMs: t + Math.floor(rngEvents.next() * TALK_DELAY_MAX_MS), hashtags, followers: followers.get(account) ?? 0, kind: 'event' });
        }
        t += 30 * MINUTE_MS + Math.floor(rngEvents.next() * 15 * MINUTE_MS);
      }
      events.push({ hashtag, talks, attendees });
    }
  }

  // News shocks: organic ones, then those the operations ride.
  const plans: ShockPlan[] = [];
  for (let d = 0; d < days; d++) {
    for (let s = 0; s < SHOCKS_PER_DAY; s++) {
      plans.push({ timeMs: diurnalTime(rngShocks, startMs + d * DAY_MS), hashtag: vocabulary.organic[rngShocks.int(POPULAR_RANKS)]! });
    }
  }
  plans.push(...input.extraShocks);
  const shocks: OrganicWorld['shocks'] = [];
  for (const plan of plans) {
    const accounts = sampleDistinct(rngShocks, names, Math.min(uniformInt(rngShocks, SHOCK_ACCOUNTS_MIN, SHOCK_ACCOUNTS_MAX), Math.floor(names.length / 3)));
    let joined = 0;
    for (const account of accounts) {
      const timeMs = plan.timeMs + Math.floor(sampleExponential(rngShocks, SHOCK_DECAY_MS));
      const hashtags = [plan.hashtag];
      if (rngShocks.next() < 0.3) {
        const extra = vocabulary.zipf(rngShocks);
        if (extra !== plan.hashtag) hashtags.push(extra);
      }
      if (timeMs >= endMs) continue;
      posts.push({ account, timeMs, hashtags, followers: followers.get(account) ?? 0, kind: 'shock' });
      joined++;
    }
    shocks.push({ timeMs: plan.timeMs, hashtag: plan.hashtag, accounts: joined });
  }
  shocks.sort((a, b) => a.timeMs - b.timeMs || (a.hashtag < b.hashtag ? -1 : a.hashtag > b.hashtag ? 1 : 0));

  // Repost cascades: enough that about REPOST_SHARE of the organic posts are reposts.
  const meanCascade = (CASCADE_MIN + CASCADE_MAX) / 2;
  const cascades = Math.round((posts.length * REPOST_SHARE) / (1 - REPOST_SHARE) / meanCascade);
  const candidates = own.filter((p) => p.timeMs < endMs - REPOST_DELAY_MAX_MS);
  const used = new Set<DraftPost>();
  for (let c = 0; c < cascades && used.size < candidates.length; c++) {
    let original = candidates[rngCascades.int(candidates.length)]!;
    while (used.has(original)) original = candidates[rngCascades.int(candidates.length)]!;
    used.add(original);
    const reposters = sampleDistinct(rngCascades, names, uniformInt(rngCascades, CASCADE_MIN, CASCADE_MAX), original.account);
    for (const account of reposters) {
      const delay = uniformInt(rngCascades, REPOST_DELAY_MIN_MS, REPOST_DELAY_MAX_MS);
      posts.push({ account, timeMs: original.timeMs + delay, hashtags: original.hashtags, followers: followers.get(account) ?? 0, kind: 'repost', repostOf: original });
    }
  }
  return { posts, shocks, events };
}
