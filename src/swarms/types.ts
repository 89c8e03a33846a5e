/**
 * Types of the swarms stage: candidate swarms of one window with their cohesion,
 * synchrony and significance (METRICS.md §3.3–§3.5, §6.2), and swarms tracked
 * across windows with their events (METRICS.md §3.6, §4). Every result is a
 * readonly plain object that serialises to JSON unchanged.
 */

/** Group statistic of the significance test (METRICS.md §6.2). */
export type SwarmStatistic = 'sync-fraction' | 'owned-sync' | 'matched-pairs';

/** The nulls of the group test that decide (see {@link SwarmOptions.groupNulls}). */
export type GroupNulls = 'time-shift' | 'both';

/** Multiple-testing correction across the candidates of one window. */
export type SwarmCorrection = 'bh' | 'sidak' | 'none';

/** Options of {@link detectSwarms}. Every field is optional; defaults in `DEFAULT_SWARM_OPTIONS`. */
export interface SwarmOptions {
  /** Louvain resolution γ (below 1: fewer, larger communities, so an operation comes out whole rather than in pieces that each look smaller). @default 0.5 */
  readonly resolution?: number;
  /** Smallest candidate size m (connected component of a community). @default 3 */
  readonly minSwarmSize?: number;
  /** Maximum Monte Carlo replicates R per null. @default 199 */
  readonly replicates?: number;
  /**
   * Sequential Monte Carlo (Besag & Clifford 1991): stop a null once this many
   * replicates reach the observed statistic; p = h / draws. `replicates + 1` or
   * more disables early stopping. @default 10
   */
  readonly stopAfterExceedances?: number;
  /**
   * Stop a null early as clearly significant once `minReplicates` draws have produced no
   * exceedance and T_obs lies more than this many null standard deviations above the null mean:
   * the p-value is then the full run's `1/(R + 1)` (a further exceedance would need a
   * > zStop-sigma draw). `Infinity` disables it. @default 6
   */
  readonly zStop?: number;
  /** Draws before the clearly-significant stop may apply. @default 49 */
  readonly minReplicates?: number;
  /**
   * Width of the time bins inside which the permutation null permutes account
   * labels (per hashtag); 0 permutes over the whole window (METRICS.md §6.1 exactly). @default 0
   */
  readonly permutationBinMs?: number;
  /**
   * Test statistic T(S): `'sync-fraction'` (§3.4), `'owned-sync'` (synced member
   * posts inside episodes where members hold ≥ burstShare of the hashtag's posts,
   * divided by member posts on H_S) or `'matched-pairs'` (internal coCount). @default 'owned-sync'
   */
  readonly statistic?: SwarmStatistic;
  /** Share of an episode's posts (± Δt, same hashtag) the members must hold for `'owned-sync'`. @default 0.5 */
  readonly burstShare?: number;
  /** Family-wise / false-discovery level α of the isSwarm rule. @default 0.05 */
  readonly alpha?: number;
  /** Correction across the window's candidates. @default 'bh' */
  readonly correction?: SwarmCorrection;
  /**
   * Which nulls a swarm must beat. `'time-shift'`: the members' co-timing beyond their own
   * rhythms (the hashtag's own timing is already the edge stage's null); `'both'`: also the
   * within-hashtag permutation null unless the group owns a hashtag (§6.2; it explains an
   * operation that makes most of a crowded hashtag's posts by its own posts). @default 'time-shift'
   */
  readonly groupNulls?: GroupNulls;
  /**
   * Share of a hashtag's window posts (crowd posts included) the members must hold for it to
   * count as owned — together with ≥ minRepeatedBursts episodes of the members on it. Not the
   * influence stage's `ownedShare` (default 0.8): here an owned hashtag lets a group be a
   * swarm on the time-shift null alone (isSwarm asks p̃Permutation ≤ α ∨ ownedHashtags ≥ 1,
   * §6.2), since an operation that makes half of a hashtag's posts has no crowd to be
   * permuted against; influence's is a descriptive label. @default 0.5
   */
  readonly ownedShare?: number;
  /**
   * Effect-size floor: the smallest observed T(S) (a share of member posts for the
   * share statistics) a swarm needs besides significance, 0 to disable. @default 0
   */
  readonly minStatistic?: number;
  /** Minimum (hashtag, burst) episodes with ≥ 2 members. @default 2 */
  readonly minRepeatedBursts?: number;
  /**
   * Kept edges each member of a community needs inside it: the community is peeled to its k-core
   * before it is tested, so an account hanging on one chance edge (a news-crowd poster who met
   * one member twice) does not ride into a swarm, and a group of three must be a triangle, not
   * a path of two chance edges through one account. 1 = off. @default 2
   */
  readonly minInternalEdges?: number;
  /**
   * Split a significant swarm at a cut account: when removing one account leaves two or more
   * parts of `minSwarmSize` and at least one is significant on its own, the significant parts are
   * separate swarms (Louvain at resolution 0.5 joins two swarms that share a member) and the
   * others are reported as failed candidates (an organic crowd tied to the swarm through one
   * member); the account joins the part it is most tied to, with any smaller leftover hanging on
   * it. Pieces of one operation, tied by many edges, have no such account.
   * @default true
   */
  readonly splitAtCutVertex?: boolean;
  /**
   * Split a significant swarm at a sparse cut: Louvain at `sparseCutResolution` on the swarm's
   * own edges finds two or more parts of `minSwarmSize` whose ties are sparse (see
   * `sparseCutRatio`), which act on different hashtags (`sparseCutHashtagOverlap`) and which are
   * each significant on their own — two swarms that share a few members, not pieces of one
   * operation (those share its hashtags). @default true
   */
  readonly splitAtSparseCut?: boolean;
  /** Louvain resolution of the sparse-cut split's inner run. @default 1 */
  readonly sparseCutResolution?: number;
  /**
   * Largest cut density between two parts, as a share of the sparser part's own edge density
   * (edges per pair), for the split to be proposed. @default 0.2
   */
  readonly sparseCutRatio?: number;
  /**
   * Largest overlap of two parts' hashtag mixes (Σ_h of the smaller share of each part's posts on
   * its listed hashtags; 0 = different hashtags, 1 = the same mix) for the sparse-cut split to be
   * kept. @default 0.25
   */
  readonly sparseCutHashtagOverlap?: number;
  /** Grow significant swarms by accounts whose synchrony with the swarm is significant. @default true */
  readonly grow?: boolean;
  /** BH level of the growth test: the edge filter's level, one FDR level for every account-level decision. @default 0.05 */
  readonly growAlpha?: number;
  /** Minimum posts of an account synchronised with the swarm for it to join. @default 2 */
  readonly growMinSynced?: number;
  /**
   * Rounds of growth: a grown swarm owns more of its bursts, so accounts its core alone did not
   * own enough of may join in the next round; growth stops at the first round where nobody
   * joins, or after this many. 1 = the core's evidence only. @default 10
   */
  readonly growRounds?: number;
  /** Number of characteristic hashtags kept per candidate. @default 10 */
  readonly maxHashtags?: number;
  /** Seed of Louvain and of the Monte Carlo nulls. @default 1 */
  readonly seed?: number;
}

/** {@link SwarmOptions} with every default filled in. */
export type ResolvedSwarmOptions = { readonly [K in keyof SwarmOptions]-?: NonNullable<SwarmOptions[K]> };

/** A characteristic hashtag of a candidate (METRICS.md §3.3). */
export interface SwarmHashtag {
  readonly hashtag: string;
  /** Member posts on the hashtag in the window. */
  readonly posts: number;
  /** Member posts / all posts on the hashtag in the window. */
  readonly shareOfVoice: number;
}

/** Why a candidate is not a swarm (stable kebab-case codes). */
export type SwarmRejectReason =
  | 'time-shift-not-significant'
  | 'permutation-not-significant'
  | 'too-few-bursts'
  | 'sparse-core'
  | 'weak-synchrony';

/** Significance of a candidate (METRICS.md §6.2). */
export interface SwarmSignificance {
  /** Observed statistic T(S) (a share of member posts on H_S, or a pair count for `'matched-pairs'`). */
  readonly statistic: number;
  /** Corrected p-value of the isSwarm conjunction: max of the corrected time-shift p and, without an owned hashtag, the corrected permutation p. */
  readonly pValue: number;
  /** Monte Carlo p-value under the time-shift null (uncorrected). */
  readonly pTimeShift: number;
  /** Monte Carlo p-value under the within-hashtag permutation null (uncorrected). */
  readonly pPermutation: number;
  /** (T − mean) / sd under the time-shift null; null when the null has no spread. */
  readonly zTimeShift: number | null;
  /** (T − mean) / sd under the permutation null; null when the null has no spread. */
  readonly zPermutation: number | null;
  /** Replicates drawn under each null (fewer than R when stopped early). */
  readonly replicatesTimeShift: number;
  readonly replicatesPermutation: number;
  /** Distinct (hashtag, burst) episodes with ≥ 2 members co-occurring. */
  readonly repeatedBursts: number;
  /** Hashtags on which the members hold ≥ ownedShare of the window's posts. */
  readonly ownedHashtags: number;
  readonly isSwarm: boolean;
  /** Empty when isSwarm. */
  readonly reasons: readonly SwarmRejectReason[];
  /** Kept edges between members: the pair evidence under the graph stage's edge null. */
  readonly edges: number;
  /** Σ episodes (Δt slots by default) over those edges. */
  readonly episodes: number;
  /** Σ expected episodes of those edges under the edge null. */
  readonly expectedEpisodes: number;
}

/** One candidate swarm of a window. */
export interface SwarmCandidate {
  /** Window-local key `w<window>-c<n>` (n by size desc, then first member). */
  readonly key: string;
  readonly windowIndex: number;
  /** Sorted account names. */
  readonly members: readonly string[];
  /** Members added by the growth step (sorted; a subset of members). */
  readonly grownMembers: readonly string[];
  readonly size: number;
  /** Member posts in the window (crowd posts included). */
  readonly posts: number;
  /** Top hashtags by member posts desc, then hashtag. */
  readonly hashtags: readonly SwarmHashtag[];
  /** 2·|E(S)| / (m(m − 1)) on the kept edges. */
  readonly internalDensity: number;
  /** cut(S) / min(vol(S), vol(V∖S)) on excess weights; 0 when cut(S) = 0. */
  readonly conductance: number;
  /** w(S)/M − γ·(vol(S)/2M)². */
  readonly modularityContribution: number;
  /** Share of member posts on shared hashtags that co-occur with another member within Δt. */
  readonly syncFraction: number;
  /** Median |Δt| over internal matched pairs; null when there is none. */
  readonly medianLagMs: number | null;
  readonly significance: SwarmSignificance;
}

/** Why a window was not analysed. */
export type WindowSwarmsSkipReason = 'no-posts' | 'one-account' | 'no-pairs' | 'no-edges';

/** Result of {@link detectSwarms} for one window. */
export interface WindowSwarms {
  readonly windowIndex: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly status: 'analyzed' | 'skipped';
  readonly reason?: WindowSwarmsSkipReason;
  /** Sorted by size desc, then first member. */
  readonly candidates: readonly SwarmCandidate[];
  /** Modularity of the component partition of the kept-edge graph; null when skipped. */
  readonly modularity: number | null;
}
