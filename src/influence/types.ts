/**
 * Types of the influence stage: per-account individual influence (METRICS.md §2, §7.2), per-swarm
 * group influence (§3, §7.3), persistence of a tracked swarm (§3.6) and run-level aggregates.
 * Every result is a readonly plain object of `number | null`, strings, booleans and sorted arrays,
 * so it serialises to JSON unchanged; a value that needs absent data is `null`, never `NaN`.
 */
import type { Post } from '../ingest/index.js';

/** Options shared by {@link scoreAccounts}, {@link scoreSwarms} and {@link scoreWindow}. */
export interface InfluenceOptions {
  /** Co-occurrence tolerance Δt, ms. @default the graph's `maxLagMs` */
  readonly maxLagMs?: number;
  /** Response horizon τ of the lead graph and of adoption credit, ms. @default 3_600_000 */
  readonly tauMs?: number;
  /**
   * Posts before the window (any order). Only those with `timeMs < window.startMs` are used, and only
   * to date first adoptions (an account that used a hashtag before the window is not a new adopter)
   * and to fill the τ-lookback of adoption credit. @default []
   */
  readonly lookbackPosts?: readonly Post[];
  /** Quantile q of `firstMoverShare`. @default 0.1 */
  readonly firstMoverQuantile?: number;
  /** Most recent candidate leaders credited per adoption (caps mega hashtags). @default 50 */
  readonly maxLeaders?: number;
  /** PageRank engine of leadRank (same algorithm; 'graphology' builds a graphology graph). @default 'typed-arrays' */
  readonly leadRankEngine?: 'typed-arrays' | 'graphology';
  /** PageRank damping α. @default 0.85 */
  readonly pageRankAlpha?: number;
  /** PageRank iteration budget (one retry with 10× the budget on non-convergence). @default 100 */
  readonly pageRankMaxIterations?: number;
  /** PageRank tolerance (graphology: converged when Σ|Δx| < n·tolerance). @default 1e-6 */
  readonly pageRankTolerance?: number;
  /**
   * Fewest member occurrences (member posts of the hashtag, by any members) for a hashtag to be
   * in H_S: the `'member-posts'` rule of groups/ `selectGroupHashtags`. The swarms stage's H_S
   * uses the `'distinct-members'` rule instead (≥ 2 members, crowd posts skipped), because its
   * statistics pair different members; here H_S is where share of voice is measured, to which
   * one member's posts contribute too. @default 2
   */
  readonly minGroupHashtagPosts?: number;
  /** Hashtags listed in `shareOfVoice`. @default 10 */
  readonly topHashtags?: number;
  /**
   * Share of voice from which a hashtag of H_S is listed in `ownedHashtags`. Not the swarms
   * stage's `ownedShare` (default 0.5, with a repeated-episode condition), which decides whether
   * a group needs the permutation null to be a swarm; this one only labels the hashtags a group
   * dominates, so it asks for a clear majority. @default 0.8
   */
  readonly ownedShare?: number;
  /** Fewest posts in a Δt bin for `peakShareOfVoice`. @default 10 */
  readonly peakMinPosts?: number;
  /** Louvain resolution γ in `modularityContribution`. @default 1 */
  readonly resolution?: number;
  /**
   * How `swarmLift` compares coordinated with solo units: `'hashtag'` within each hashtag
   * (Mantel–Haenszel weights; only hashtags holding both kinds count), `'none'` pooled over H_S
   * exactly as METRICS.md §3.8 step 4–5 (confounded when solo posts sit on other hashtags).
   * @default 'hashtag'
   */
  readonly liftStrata?: 'hashtag' | 'none';
  /** Shrinkage b of `swarmLift`. @default 5 */
  readonly shrinkage?: number;
  /** Bootstrap resamples of the `swarmLift` interval. @default 200 */
  readonly bootstrapResamples?: number;
  /** Coverage of the `swarmLift` interval. @default 0.95 */
  readonly confidenceLevel?: number;
  /** `lowSupport` when coordinated or solo units are fewer than this. @default 5 */
  readonly minLiftSupport?: number;
  /** Circular-shift replicates R of `burstLift`. @default 199 */
  readonly shiftReplicates?: number;
  /** Level of the `burstLift` Monte Carlo test. @default 0.05 */
  readonly alpha?: number;
  /** `collectiveness` needed for the collective-influencer verdict. @default 0.5 */
  readonly collectivenessThreshold?: number;
  /** Seed of the bootstrap and of the circular shifts. @default 1 */
  readonly seed?: number;
}

/** Options of {@link scoreAccounts}. */
export interface ScoreAccountsOptions extends InfluenceOptions {
  /** Account → swarm id (for `swarmId` and `externalEngagement`). @default new Map() */
  readonly swarmOf?: ReadonlyMap<string, string>;
}

/** {@link InfluenceOptions} with every default filled in (`maxLagMs: null` = the graph's Δt). */
export type ResolvedInfluenceOptions = {
  readonly [K in Exclude<keyof InfluenceOptions, 'maxLagMs'>]-?: NonNullable<InfluenceOptions[K]>;
} & { readonly maxLagMs: number | null };

/** Where `externalEngagement` comes from (see {@link IndividualInfluence.externalEngagement}). */
export type EngagementBasis = 'counts' | 'links' | 'counts-and-links';

/** Individual influence of one account in one window (METRICS.md §2, §7.2). */
export interface IndividualInfluence {
  readonly account: string;
  /** Posts in the window. */
  readonly postCount: number;
  /** Distinct hashtags used in the window, |A_i|. */
  readonly hashtagDegree: number;
  /** Kept edges of the account graph at the account. */
  readonly degree: number;
  /** Σ excess weights of the kept edges at the account (§2.1). */
  readonly strength: number;
  /** Σ_j ℓ_ij: fractional later adopters led within τ (§2.8). */
  readonly leadFollowers: number;
  /** Share of the account's hashtags where it is among the first ⌈q·|U_h|⌉ adopters; null without hashtags. */
  readonly firstMoverShare: number | null;
  /** PageRank on the reversed lead graph; null when PageRank did not converge. */
  readonly leadRank: number | null;
  /** Largest follower count seen on the account's posts; null without follower data. */
  readonly followerReach: number | null;
  /** Σ (likes + reposts + replies) over posts with counts; null when no post has counts. */
  readonly engagementTotal: number | null;
  /** engagementTotal / (posts with counts · max(followerReach, 1)); null without counts or followers. */
  readonly engagementRate: number | null;
  /**
   * Engagement from outside the account's swarm S (S = {account} without a swarm), summed over posts:
   * a post with counts gives max(0, likes + reposts + replies − observed reposts/replies to it by S);
   * a post without counts gives the distinct observed engagers outside S (reposts/replies linking
   * to it via `repostOf`/`replyTo` inside the window). Null when no post has counts and the window
   * holds no link at all.
   */
  readonly externalEngagement: number | null;
  /** Which data `externalEngagement` used; null when it is null. */
  readonly externalEngagementBasis: EngagementBasis | null;
  /** h-index of likes + reposts + replies over posts with counts; null when no post has counts. */
  readonly hIndex: number | null;
  /** Swarm of the account in this window, or null. */
  readonly swarmId: string | null;
}

/** Outcome of PageRank on the reversed lead graph. */
export type LeadRankStatus = 'converged' | 'converged-after-retry' | 'not-converged';

/** Result of {@link scoreAccounts}. */
export interface AccountScores {
  /** Sorted by account. */
  readonly accounts: readonly IndividualInfluence[];
  /** Lead graph: nodes (window accounts), merged edges, new adoptions that credited a leader. */
  readonly leadGraph: { readonly nodes: number; readonly edges: number; readonly creditedAdoptions: number };
  readonly leadRankStatus: LeadRankStatus;
  /** Why `leadRank` is null, or null. */
  readonly leadRankReason: string | null;
}

/** A swarm as {@link scoreSwarms} needs it (structural: candidates and tracked swarms both fit). */
export interface SwarmInput {
  readonly id: string;
  readonly members: readonly string[];
}

/** One hashtag of H_S with the group's voice on it (METRICS.md §3.3, §3.8 B). */
export interface HashtagVoice {
  readonly hashtag: string;
  /** All window posts on the hashtag, N_h. */
  readonly posts: number;
  /** Member posts on the hashtag, n_Sh. */
  readonly memberPosts: number;
  /** n_Sh / N_h. */
  readonly shareOfVoice: number;
  /** Largest member share in a [t, t + Δt) bin holding ≥ peakMinPosts posts; null when no bin qualifies. */
  readonly peakShareOfVoice: number | null;
  /** Peak Δt-velocity of member posts over its circular-shift mean; null when R = 0. */
  readonly burstLift: number | null;
  /** (peak − mean) / sd under the shifts; null when the shifts have no spread. */
  readonly burstZ: number | null;
}

/** Group influence of one swarm in one window (METRICS.md §3, §7.3). */
export interface GroupInfluence {
  readonly swarmId: string;
  readonly size: number;
  /** Sorted. */
  readonly members: readonly string[];
  /** Member posts in the window. */
  readonly memberPosts: number;
  /** |H_S|: hashtags with ≥ minGroupHashtagPosts member occurrences (groups/ rule 'member-posts'). */
  readonly groupHashtags: number;
  // synchrony §3.4
  /** Share of member posts on H_S with another member's post on a shared H_S hashtag within Δt. */
  readonly syncFraction: number | null;
  /** Median |Δt| over internal matched pairs (per hashtag); null without pairs. */
  readonly medianLagMs: number | null;
  readonly meanLagMs: number | null;
  /** Goh–Barabási B of the merged member stream on H_S. */
  readonly burstiness: number | null;
  /** Kim–Jo finite-size A_n of the same stream. */
  readonly burstinessKimJo: number | null;
  // cohesion §3.5 (kept edges, excess weights)
  readonly internalDensity: number | null;
  readonly internalWeightMean: number | null;
  readonly conductance: number | null;
  readonly modularityContribution: number | null;
  // reach §3.1, §3.2
  /** |N(S) ∖ S| / (|V| − |S|) on the kept edges; V = window accounts. */
  readonly groupDegreeCentrality: number | null;
  /** Out-neighbourhood of S on the lead graph over |V| − |S|. */
  readonly groupLeadReach: number | null;
  /** (1/(|V| − |S|)) Σ_{v∉S} 1/d(v, S) (hops on the kept edges, 1/∞ = 0). */
  readonly groupHarmonicCloseness: number | null;
  /** Lower bound of the follower union (follower counts, no lists): max f_i over members with follower data. */
  readonly followerUnionLower: number | null;
  /** Upper bound of the follower union: Σ f_i over members with follower data. */
  readonly followerUnionUpper: number | null;
  /** Members with follower data. */
  readonly followerCoverage: number;
  /** max_i |A(i)|: the most distinct observed engagers of one member (lower bound of audienceUnion); null without links. */
  readonly audienceBestMember: number | null;
  /** Distinct observed engagers outside S (via repostOf/replyTo) of member posts; null without links. */
  readonly audienceUnion: number | null;
  /** Σ_i distinct observed external engagers of member i; null without links. */
  readonly audienceSum: number | null;
  /** 1 − audienceUnion / audienceSum; null when audienceSum is 0 or null. */
  readonly audienceRedundancy: number | null;
  // share of voice §3.3
  /** The top hashtags of H_S by member posts desc, then hashtag. */
  readonly shareOfVoice: readonly HashtagVoice[];
  /** Max of peakShareOfVoice over H_S. */
  readonly peakShareOfVoice: number | null;
  /** Σ_h n_Sh / Σ_h N_h over H_S. */
  readonly hashtagCapture: number | null;
  /** Hashtags of H_S with shareOfVoice ≥ ownedShare, sorted. */
  readonly ownedHashtags: readonly string[];
  // concentration §3.7
  /** Adoption credit when any was earned, else member posts on H_S. */
  readonly contributionBasis: 'adoption-credit' | 'posts' | null;
  readonly effectiveContributors: number | null;
  /** (effectiveContributors − 1)/(m − 1); null when m < 2. */
  readonly collectiveness: number | null;
  readonly topMemberShare: number | null;
  // emergence §3.8 A
  /** Yield of coordinated over solo member posts (per hashtag by default, see `liftStrata`). */
  readonly swarmLift: number | null;
  readonly swarmLiftLog2: number | null;
  /** Bootstrap percentile interval over member bursts. */
  readonly swarmLiftLower: number | null;
  readonly swarmLiftUpper: number | null;
  readonly swarmLiftLowSupport: boolean;
  /** Why swarmLift is null: 'no-member-posts' | 'no-matched-hashtags' | 'no-adoptions', or null. */
  readonly swarmLiftReason: string | null;
  /** Hashtags (strata) the lift used. */
  readonly swarmLiftHashtags: number;
  /** Coordinated / solo units on H_S (all hashtags; `lowSupport` counts only the strata used). */
  readonly coordinatedPosts: number;
  readonly soloPosts: number;
  readonly coordinatedCredit: number;
  readonly soloCredit: number;
  /** New non-member adoptions of H_S hashtags in the window. */
  readonly externalAdoptions: number;
  readonly memberBursts: number;
  // emergence §3.8 B
  /** Σ_h n_Sh·burstLift(h) / Σ_h n_Sh. */
  readonly burstLift: number | null;
  /** z of the volume-weighted peak velocity under the shifts. */
  readonly burstZ: number | null;
  /** (1 + #{V_r ≥ V_obs}) / (R + 1). */
  readonly burstPValue: number | null;
  // verdict
  /**
   * Emergence (swarmLift interval above 1, else a significant burstLift) ∧ collectiveness ≥ threshold
   * ∧ members individually weak ∧ groupLeadReach above the strongest member's alone
   * (`reachesMoreTogether`, the report's headline comparison).
   */
  readonly collectiveInfluencer: boolean;
  /** One line per criterion, `code: detail` (emergence, collectiveness, member strength, reach). */
  readonly reasons: readonly string[];
  readonly strongestMember: StrongestMember | null;
}

/** The group metrics of one member scored as a one-member group. */
export interface MemberAlone {
  /** The member's share of voice on the group's top hashtag (null when the group has none). */
  readonly shareOfVoice: number | null;
  readonly peakShareOfVoice: number | null;
  readonly burstLift: number | null;
  readonly burstZ: number | null;
  readonly groupLeadReach: number | null;
  readonly groupDegreeCentrality: number | null;
  readonly groupHarmonicCloseness: number | null;
}

/** The strongest member (max leadFollowers, then followerReach, postCount, account). */
export interface StrongestMember {
  readonly account: string;
  readonly individual: IndividualInfluence;
  readonly alone: MemberAlone;
}

/** Result of {@link scoreWindow}. */
export interface WindowInfluence {
  readonly accounts: AccountScores;
  /** Sorted by size desc, then swarm id. */
  readonly swarms: readonly GroupInfluence[];
}

/** Persistence of a tracked swarm (METRICS.md §3.6). */
export interface SwarmPersistence {
  /** Windows in which the swarm is matched (non-empty member lists). */
  readonly lifetime: number;
  /** Jaccard of consecutive matched member lists. */
  readonly memberRetention: readonly number[];
  readonly meanMemberRetention: number | null;
  /** Palla ζ: mean of memberRetention; null when lifetime < 2. */
  readonly stationarity: number | null;
  /** Accounts present in ≥ ρ of the matched windows, sorted. */
  readonly coreMembers: readonly string[];
}
