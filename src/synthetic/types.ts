/**
 * Types of the synthetic stage: scenario options (METRICS.md §8.1–§8.3), the resolved
 * options echoed in the truth, and the ground truth itself (JSON-serialisable).
 */
import type { Post } from '../ingest/index.js';

/** Named scenarios of the difficulty ladder (METRICS.md §8.3). */
export type ScenarioName = 'null' | 'easy' | 'medium' | 'hard' | 'adversarial' | 'dynamic';

/** How a member's delay after the burst start is drawn. */
export type JitterDistribution = 'uniform' | 'exponential';

/** How burst times are laid out: a Poisson process or a fixed cron-like period. */
export type BurstSchedule = 'poisson' | 'periodic';

/**
 * Options of {@link generateScenario}. Every option is optional: the preset of `scenario`
 * fills the rest (see `SCENARIO_PRESETS`), and explicit options override the preset.
 */
export interface ScenarioOptions {
  /** Preset to start from. @default 'medium' */
  readonly scenario?: ScenarioName;
  /** Non-negative integer seed. @default 1 */
  readonly seed?: number;
  /** Simulated days. @default 3 (7 for `dynamic`) */
  readonly days?: number;
  /** Start of the simulated period, epoch ms. @default Date.UTC(2024, 0, 1) */
  readonly startMs?: number;
  /** Number of accounts. Mutually exclusive with `targetPosts`. @default 5000 */
  readonly accounts?: number;
  /** Approximate number of posts; sets `accounts` at fixed per-account rate. */
  readonly targetPosts?: number;
  /** `μ` of the log-normal posting rate (posts/day). @default ln 3 */
  readonly activityMu?: number;
  /** `σ` of the log-normal posting rate. @default 1.5 */
  readonly activitySigma?: number;
  /** Hawkes branching ratio of an account's own posts, in [0, 0.9]. @default 0.4 */
  readonly selfExcitation?: number;
  /** Mean delay of a self-excited post after its parent. @default 600000 (10 min) */
  readonly selfExcitationDelayMs?: number;
  /** Amplitude of the daily cycle, in [0, 1]. @default 0.5 */
  readonly diurnalAmplitude?: number;
  /** Organic hashtag vocabulary size (split evenly across topics). @default 2000 */
  readonly hashtags?: number;
  /** Number of topic communities. @default 20 */
  readonly topics?: number;
  /** Zipf exponent of hashtag popularity (within topic and global). @default 1 */
  readonly zipfExponent?: number;
  /** Dirichlet concentration of an account's topic preference. @default 0.3 */
  readonly topicConcentration?: number;
  /** Mean of the Poisson number of extra tags (tags per post = 1 + Poisson). @default 0.6 */
  readonly extraTagsMean?: number;
  /** Share of tags drawn from the global Zipf law (mega hashtags) instead of the own topic. @default 0.3 */
  readonly globalTagShare?: number;
  /** Share of the most active accounts that post only globally popular tags. @default 0.001 */
  readonly hyperactiveShare?: number;
  /** Exogenous news shocks per day (hard negatives). @default 2 */
  readonly shocksPerDay?: number;
  /** Fewest accounts joining a shock. @default 100 */
  readonly shockAccountsMin?: number;
  /** Most accounts joining a shock. @default 400 */
  readonly shockAccountsMax?: number;
  /** Cap on shock participants as a share of all accounts. @default 0.2 */
  readonly shockMaxShare?: number;
  /** Shortest shock duration. @default 120000 */
  readonly shockDurationMinMs?: number;
  /** Longest shock duration. @default 600000 */
  readonly shockDurationMaxMs?: number;
  /** `μ` of the log-normal follower count. @default ln 200 */
  readonly followersMu?: number;
  /** `σ` of the log-normal follower count. @default 1.8 */
  readonly followersSigma?: number;
  /** Correlation of log followers with log activity, in [−1, 1]. @default 0.5 */
  readonly followersActivityCorrelation?: number;
  /** `c` of the engagement mean `c·f^0.7`. @default 0.05 */
  readonly engagementScale?: number;
  /** Probability that a post mentions another account. @default 0.1 */
  readonly mentionProbability?: number;
  /** Number of planted swarms `K`. @default 10 */
  readonly swarms?: number;
  /** Smallest swarm size (≥ 3). @default 5 */
  readonly swarmSizeMin?: number;
  /** Largest swarm size. @default 50 */
  readonly swarmSizeMax?: number;
  /** Bursts per swarm per day. @default 4 */
  readonly burstsPerDay?: number;
  /** Burst layout. @default 'poisson' */
  readonly burstSchedule?: BurstSchedule;
  /** `π`: probability that a member joins a given burst. @default 0.7 */
  readonly participation?: number;
  /** `σ_t`: member delay scale after the burst start. @default 30000 */
  readonly jitterMs?: number;
  /** Law of the member delay (`U[0, σ_t]` or `Exp(mean σ_t)`). @default 'exponential' */
  readonly jitterDistribution?: JitterDistribution;
  /** `q_tag`: probability that each campaign tag is in a burst post. @default 0.8 */
  readonly tagInclusion?: number;
  /** `ρ_c`: share of a member's posts that are coordinated (the rest is camouflage). @default 0.5 */
  readonly coordinatedShare?: number;
  /** New, swarm-owned campaign tags per swarm. @default 2 */
  readonly ownTags?: number;
  /** Hijacked popular organic tags per swarm. @default 2 */
  readonly hijackTags?: number;
  /** Share of a swarm's members that also belong to another swarm. @default 0.05 */
  readonly overlap?: number;
  /** Share of the roster sitting out at any burst, rotating burst by burst. @default 0 */
  readonly rotation?: number;
  /** Probability that a campaign tag is written as a variant (`tag2024`, `tag_`). @default 0 */
  readonly variantShare?: number;
  /** Share of bursts timed on an exogenous shock of one of the swarm's hijacked tags. @default 0 */
  readonly shockAlignment?: number;
  /** Scheduled births, deaths, merges, splits and growth. @default false (true for `dynamic`) */
  readonly dynamics?: boolean;
  /** `A`: a burst of `n` members draws `Poisson(A·n^γ/κ^(γ−1))` organic adopters (0 = no planted influence). @default 0.5 */
  readonly adoptionScale?: number;
  /** Exponents `γ` of the adoption response, cycled over swarms. @default [1, 1.5, 2] */
  readonly adoptionGammas?: readonly number[];
  /** `κ` of the adoption response: a burst of exactly `κ` members draws `A·κ` adopters whatever `γ`. @default 10 */
  readonly adoptionKappa?: number;
  /** Time after a burst in which adopters post. @default 1800000 (30 min) */
  readonly adoptionWindowMs?: number;
}

/** Options after preset merging and validation; echoed in the truth. */
export type ResolvedScenarioOptions = {
  readonly [K in Exclude<keyof ScenarioOptions, 'targetPosts'>]-?: Exclude<ScenarioOptions[K], undefined>;
} & { readonly targetPosts: number | null };

/** One membership period of a planted swarm. */
export interface MembershipPeriod {
  readonly fromMs: number;
  readonly toMs: number;
  /** Members in that period, sorted. */
  readonly members: readonly string[];
}

/** Ground truth of one planted swarm. */
export interface SwarmTruth {
  /** `S01`, `S02`, … (ids of swarms created by merges/splits continue the sequence). */
  readonly id: string;
  /** Every account that was a member at some time, sorted. */
  readonly members: readonly string[];
  /** Campaign tags (owned first, then hijacked), as normalised hashtags. */
  readonly hashtags: readonly string[];
  readonly ownedHashtags: readonly string[];
  readonly hijackedHashtags: readonly string[];
  readonly activeFrom: number;
  readonly activeTo: number;
  /** Membership over time (one period unless the swarm grew). */
  readonly membership: readonly MembershipPeriod[];
  readonly bursts: number;
  readonly coordinatedPosts: number;
  /** Mean share of the active roster that joined a burst. */
  readonly measuredParticipation: number;
  /** Adoption exponent `γ` of this swarm's planted influence. */
  readonly adoptionGamma: number;
  /** Organic adoption posts triggered by this swarm's bursts. */
  readonly adoptions: number;
  /**
   * Expected adoptions of the actual bursts over the desynchronised counterfactual
   * (each member post alone): `Σ_b n_b^γ / Σ_b n_b`; `null` without planted influence.
   */
  readonly plantedLift: number | null;
}

/** A scheduled change of the swarm population. */
export interface ScenarioEvent {
  readonly type: 'birth' | 'death' | 'merge' | 'split' | 'growth';
  readonly timeMs: number;
  /** Every swarm involved, sorted. */
  readonly swarms: readonly string[];
  /** Swarms before the event (empty for a birth). */
  readonly from: readonly string[];
  /** Swarms after the event (empty for a death). */
  readonly to: readonly string[];
}

/** Everything the generator planted. */
export interface ScenarioTruth {
  readonly scenario: ScenarioName;
  readonly options: ResolvedScenarioOptions;
  readonly startMs: number;
  readonly endMs: number;
  readonly posts: number;
  readonly accounts: number;
  /** Sorted by id. */
  readonly swarms: readonly SwarmTruth[];
  /** Sorted by time, then type. */
  readonly events: readonly ScenarioEvent[];
  /** Ids of posts made in a swarm burst, sorted. */
  readonly coordinatedPostIds: readonly string[];
  /** Exogenous shocks (hard negatives): time, hashtag, participating accounts. */
  readonly shocks: readonly { readonly timeMs: number; readonly hashtag: string; readonly accounts: number }[];
  /**
   * Set only by `generateOperations`: the operations family that produced the scenario
   * (`scenario` then holds the closest ladder name). Absent for ladder scenarios.
   */
  readonly family?: OperationsFamily;
}

/** A generated scenario: posts in time order plus the truth. */
export interface Scenario {
  readonly posts: readonly Post[];
  readonly truth: ScenarioTruth;
}

/**
 * A lazily generated scenario. Each iteration regenerates the same posts from the seed, in
 * time order, holding about one hour of posts in memory at a time.
 */
export interface ScenarioStream extends Iterable<Post> {
  readonly options: ResolvedScenarioOptions;
  /** The truth; runs one pass over the posts first if none has completed yet. */
  truth(): ScenarioTruth;
}

/**
 * Presets of the operations family (`generateOperations`): `base` (owned tags switching daily),
 * `crowd` (half the operations ride a popular tag inside a news shock), `games` (long hashtag
 * games), `null` (organic world only).
 */
export type OperationsFamily = 'base' | 'crowd' | 'games' | 'null';

/** Options of `generateOperations`. Every option is optional. */
export interface OperationsOptions {
  /** Preset. @default 'base' */
  readonly family?: OperationsFamily;
  /** Non-negative integer seed. @default 1 */
  readonly seed?: number;
  /** Organic accounts (≥ 100). @default 3000 */
  readonly accounts?: number;
  /** Simulated days. @default 3 */
  readonly days?: number;
  /** Start of the simulated period, epoch ms. @default Date.UTC(2024, 0, 1) */
  readonly startMs?: number;
  /** Planted operations (ignored by `null`). @default 6 */
  readonly operations?: number;
}

/** {@link OperationsOptions} after defaults and validation. */
export type ResolvedOperationsOptions = { readonly [K in keyof OperationsOptions]-?: Exclude<OperationsOptions[K], undefined> };

/** One run of a planted operation. */
export interface OperationRunTruth {
  /** Id of the operation (the `SwarmTruth` id). */
  readonly operation: string;
  readonly startMs: number;
  /** End of the run (exclusive). */
  readonly endMs: number;
  /** The run's main hashtag. */
  readonly hashtag: string;
  /** Members that posted in the run, sorted. */
  readonly participants: readonly string[];
  readonly posts: number;
}

/** One live event of the organic world (a hard negative). */
export interface LiveEventTruth {
  readonly hashtag: string;
  /** Start of each talk, epoch ms, ascending. */
  readonly talks: readonly number[];
  /** The fixed attendees, sorted. */
  readonly attendees: readonly string[];
}

/** Truth of `generateOperations`: the scenario truth plus runs, live events and the options. */
export interface OperationsTruth extends ScenarioTruth {
  readonly family: OperationsFamily;
  readonly operationsOptions: ResolvedOperationsOptions;
  /** Sorted by start time, then operation id. */
  readonly runs: readonly OperationRunTruth[];
  /** Sorted by first talk. */
  readonly liveEvents: readonly LiveEventTruth[];
  /** Operations whose timestamps are rounded down to the minute (all their posts), sorted. */
  readonly minuteResolutionOperations: readonly string[];
}

/** A scenario of the operations family. */
export interface OperationsScenario extends Scenario {
  readonly truth: OperationsTruth;
}
