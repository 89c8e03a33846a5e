/**
 * The organic world of METRICS.md §8.1: accounts with log-normal posting rates
 * (heavy tail, hyperactive top), log-normal followers correlated with activity,
 * Dirichlet topic preferences, and a Zipf-popular hashtag vocabulary split into topics,
 * plus a global Zipf law over the whole vocabulary (the mega hashtags).
 * Account names `u<number>` are assigned through a shuffled permutation so that no name
 * reveals its role.
 */
import type { Rng } from '../_lib/rng.js';
import { shuffleInPlace } from '../_lib/rng.js';
import { pickCumulative, sampleDirichletCumulative, sampleNormal, zipfCumulative } from './random.js';
import type { ResolvedScenarioOptions } from './types.js';

/** The organic world, in typed arrays indexed by account or hashtag number. */
export interface World {
  readonly names: readonly string[];
  /** Posts per day (organic, all self-excited generations included). */
  readonly rates: Float64Array;
  readonly followers: Int32Array;
  /** 1 for hyperactive accounts (top `hyperactiveShare` by rate). */
  readonly hyperactive: Uint8Array;
  /** Cumulative topic preference, `topics` entries per account. */
  readonly topicCdf: Float64Array;
  /** Hashtag names; topic `t` owns `[t·perTopic, (t+1)·perTopic)` (the last topic takes the rest). */
  readonly vocabulary: readonly string[];
  readonly topicStart: Int32Array;
  readonly topicSize: Int32Array;
  /** Zipf cumulative table of the largest topic (prefix used for smaller ones). */
  readonly topicZipf: Float64Array;
  /** Global Zipf cumulative table over `globalOrder`. */
  readonly globalZipf: Float64Array;
  /** Vocabulary indices by global popularity rank. */
  readonly globalOrder: Int32Array;
  /** Cumulative follower weights, for mention targets. */
  readonly mentionCdf: Float64Array;
  readonly nameFactory: NameFactory;
}

/** Unique, pronounceable hashtag names (no name tells organic from campaign tags). */
export interface NameFactory {
  next(): string;
}

const ONSETS: readonly string[] = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'kr', 'st', 'tr', 'ch', 'sh'];
const VOWELS: readonly string[] = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];

function createNameFactory(rng: Rng): NameFactory {
  const used = new Set<string>();
  return {
    next(): string {
      for (;;) {
        const syllables = 2 + rng.int(3);
        let name = '';
        for (let i = 0; i < syllables; i++) name += ONSETS[rng.int(ONSETS.length)]! + VOWELS[rng.int(VOWELS.length)]!;
        if (rng.next() < 0.25) name += String(rng.int(100));
        if (!used.has(name)) {
          used.add(name);
          return name;
        }
      }
    },
  };
}

/**
 * Build the organic world.
 * @param options resolved scenario options
 * @param rng the world's generator (consumed in a fixed order)
 * @returns the world arrays
 */
export function buildWorld(options: ResolvedScenarioOptions, rng: Rng): World {
  const n = options.accounts;
  const rates = new Float64Array(n);
  const followers = new Int32Array(n);
  const rho = options.followersActivityCorrelation;
  for (let i = 0; i < n; i++) {
    const z = sampleNormal(rng);
    rates[i] = Math.exp(options.activityMu + options.activitySigma * z);
    const zf = rho * z + Math.sqrt(1 - rho * rho) * sampleNormal(rng);
    followers[i] = Math.min(2e9, Math.floor(Math.exp(options.followersMu + options.followersSigma * zf)));
  }
  const byRate = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => rates[b]! - rates[a]! || a - b);
  const hyperactive = new Uint8Array(n);
  const hyperCount = Math.floor(n * options.hyperactiveShare);
  for (let r = 0; r < hyperCount; r++) hyperactive[byRate[r]!] = 1;

  const topics = Math.min(options.topics, options.hashtags);
  const topicCdf = new Float64Array(n * topics);
  for (let i = 0; i < n; i++) sampleDirichletCumulative(rng, options.topicConcentration, topicCdf, i * topics, topics);

  const nameFactory = createNameFactory(rng.fork());
  const vocabulary = Array.from({ length: options.hashtags }, () => nameFactory.next());
  const perTopic = Math.floor(options.hashtags / topics);
  const topicStart = new Int32Array(topics);
  const topicSize = new Int32Array(topics);
  for (let t = 0; t < topics; t++) {
    topicStart[t] = t * perTopic;
    topicSize[t] = t === topics - 1 ? options.hashtags - t * perTopic : perTopic;
  }
  const globalOrder = Int32Array.from({ length: options.hashtags }, (_, i) => i);
  shuffleInPlace(globalOrder, rng);

  const permutation = Int32Array.from({ length: n }, (_, i) => i);
  shuffleInPlace(permutation, rng);
  const width = Math.max(6, String(n - 1).length);
  const names = Array.from(permutation, (p) => `u${String(p).padStart(width, '0')}`);

  const mentionCdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += Math.sqrt(followers[i]! + 1);
    mentionCdf[i] = total;
  }
  return {
    names, rates, followers, hyperactive, topicCdf, vocabulary, topicStart, topicSize,
    topicZipf: zipfCumulative(Math.max(...topicSize), options.zipfExponent),
    globalZipf: zipfCumulative(options.hashtags, options.zipfExponent),
    globalOrder, mentionCdf, nameFactory,
  };
}

/** A hashtag drawn from the global Zipf law. */
export function pickGlobalTag(world: World, rng: Rng): string {
  return world.vocabulary[world.globalOrder[pickCumulative(rng, world.globalZipf)]!]!;
}

/** A hashtag of topic `t` drawn from the within-topic Zipf law. */
export function pickTopicTag(world: World, rng: Rng, t: number): string {
  const r = pickCumulative(rng, world.topicZipf, 0, world.topicSize[t]!);
  return world.vocabulary[world.topicStart[t]! + r]!;
}

/** A topic drawn from account `i`'s preference. */
export function pickTopic(world: World, rng: Rng, i: number): number {
  const k = world.topicStart.length;
  return pickCumulative(rng, world.topicCdf, i * k, k);
}

/** Organic tags of one post: `1 + Poisson(extraTagsMean)` distinct tags, own topic or global. */
export function pickOrganicTags(world: World, rng: Rng, i: number, extraTags: number, globalShare: number): string[] {
  const count = 1 + extraTags;
  const tags: string[] = [];
  for (let k = 0; k < count; k++) {
    const tag = world.hyperactive[i] === 1 || rng.next() < globalShare
      ? pickGlobalTag(world, rng)
      : pickTopicTag(world, rng, pickTopic(world, rng, i));
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
