/**
 * Types of the graph stage: the account co-occurrence graph of one window, its
 * edge statistics and null-model scores (METRICS.md §1, §6.1; DESIGN.md §5).
 */
import type { UndirectedGraph } from 'graphology';

/** Node attributes of the account graph. */
export interface AccountNodeAttributes {
  /** Posts of the account in the window. */
  readonly posts: number;
  /** Distinct hashtags the account used in the window. */
  readonly hashtags: number;
}

/** Statistics of one account pair (an edge), METRICS.md §1.2 and §6.1. */
export interface AccountEdgeStats {
  /** Louvain weight: the excess episodes (observed − expected), finite and > 0 on kept edges. */
  readonly weight: number;
  /** Σ_h |M_ij^h|: matched post pairs within Δt, summed over hashtags. */
  readonly coCount: number;
  /** Distinct co-occurrence episodes: (hashtag, burst) runs in which the pair co-occurred. */
  readonly episodes: number;
  /** Distinct hashtags on which the pair co-occurred. */
  readonly sharedHashtags: number;
  /** min(c_i, c_j) / max(c_i, c_j), c = distinct posts of each side in matched pairs. */
  readonly edgeSymmetry: number;
  /** Mean |Δt| over matched pairs, ms. */
  readonly meanLagMs: number;
  /** Matched pairs in which the edge's `source` posted first (ties count ½). */
  readonly leadSourceToTarget: number;
  /** Matched pairs in which the edge's `target` posted first (ties count ½). */
  readonly leadTargetToSource: number;
  /** Expected episodes under the time-shift null (DESIGN.md §5). */
  readonly expected: number;
  /** Expected co-occurrences under the within-hashtag permutation null (§6.1), when requested. */
  readonly expectedPermutation?: number;
  /** P(Poisson(expectedPermutation) ≥ coCount), when the permutation null is requested. */
  readonly pValuePermutation?: number;
  /** episodes − expected. */
  readonly excess: number;
  /** P(Poisson(expected) ≥ episodes). */
  readonly pValue: number;
  /** Passed Benjamini–Hochberg over every candidate pair and the minimum-episode rule. */
  readonly kept: boolean;
}

/** An edge with its endpoints (source < target in code-unit order). */
export interface AccountEdge extends AccountEdgeStats {
  readonly source: string;
  readonly target: string;
}

/** Crowd posts of one hashtag (METRICS.md §1.4): counted, never dropped silently. */
export interface CrowdDiagnostic {
  readonly hashtag: string;
  readonly posts: number;
}

/** What building one window's graph saw and did. */
export interface AccountGraphDiagnostics {
  readonly posts: number;
  readonly accounts: number;
  readonly hashtags: number;
  /** Candidate pairs: Σ_h C(U_h, 2), the BH test count (an upper bound on distinct pairs). */
  readonly candidatePairs: number;
  /** Matched post pairs (all hashtags) within Δt. */
  readonly closePairs: number;
  /** Account pairs with at least one co-occurrence (tested edges). */
  readonly testedEdges: number;
  readonly keptEdges: number;
  readonly crowdPosts: number;
  /** Reposts left out of the evidence (`reposts: 'exclude'`; a repost that is also a crowd post counts as crowd). */
  readonly repostPosts: number;
  /** Per hashtag, sorted by posts desc then hashtag. */
  readonly crowdByHashtag: readonly CrowdDiagnostic[];
  readonly elapsedMs: number;
}

/** Why a window's graph is empty. */
export type AccountGraphSkipReason = 'no-posts' | 'one-account' | 'no-pairs' | 'no-edges';

/** Result of {@link buildAccountGraph}. */
export interface AccountGraphResult {
  readonly status: 'analyzed' | 'skipped';
  readonly reason?: AccountGraphSkipReason;
  /** Kept edges only (or every tested edge with `filter: false`); weight attribute = excess. */
  readonly graph: UndirectedGraph<AccountNodeAttributes, AccountEdgeStats>;
  /** The edges of `graph`, sorted by (source, target). */
  readonly edges: readonly AccountEdge[];
  /** The Δt used, ms (the estimate when `maxLagMs: 'auto'`). */
  readonly maxLagMs: number;
  /** Per post of the window (same index as `window.posts`): 1 crowd post, 2 repost left out of the evidence, 0 evidence. */
  readonly crowdPost: Uint8Array;
  readonly diagnostics: AccountGraphDiagnostics;
}

/** Null model of the edge expectation (DESIGN.md §5). */
export type EdgeNullModel = 'uniform' | 'profile' | 'rhythm';

/** Options of {@link buildAccountGraph}. */
export interface AccountGraphOptions {
  /**
   * Δt: two posts co-occur when they share a hashtag and are at most this far apart.
   * Milliseconds, a duration string (`'60s'`, `'PT1M'`), or `'auto'` (CooRnet estimator,
   * {@link estimateMaxLag}). @default 60000
   */
  readonly maxLagMs?: number | string | 'auto';
  /** Benjamini–Hochberg false-discovery rate, in (0, 1). @default 0.05 */
  readonly q?: number;
  /** Minimum distinct episodes for an edge to be kept (integer ≥ 1). @default 2 */
  readonly minEpisodes?: number;
  /** A post whose Δt-neighbourhood on a hashtag holds more distinct accounts is a crowd post (integer ≥ 2). @default 200 */
  readonly maxCrowdAccounts?: number;
  /**
   * `true`: the graph holds kept edges only; `false`: every tested edge, with its statistics
   * and `kept` flag (then weights of edges that are not kept may be ≤ 0: filter on `kept`
   * before community detection). @default true
   */
  readonly filter?: boolean;
  /** Also compute the within-hashtag permutation null (§6.1) → `expectedPermutation`. @default false */
  readonly permutationNull?: boolean;
  /** `'uniform'`: each account's timeline shifted uniformly; `'profile'`: posts redrawn from the hashtag's own time profile (robust to diurnal rhythm and news shocks, chosen on the synthetic ladder). @default 'profile' */
  readonly null?: EdgeNullModel;
  /**
   * With `null: 'profile'`: the hashtag's profile is shrunk toward the window's overall activity
   * profile, `f = (U_h·f_h + k·f_all)/(U_h + k)` with U_h the hashtag's distinct accounts, so a
   * hashtag used by a few accounts (a swarm's own tag) is judged mostly against the window's
   * rhythm, and a hashtag used by many (a news shock) against its own burst. 0 = no shrinkage.
   * @default 10
   */
  readonly profileShrinkage?: number;
  /** Window length L of the null, ms. @default window.endMs − window.startMs */
  readonly windowLengthMs?: number;
  /**
   * What one piece of evidence is. `'slots'`: a burst is cut into episodes at most Δt long
   * (from each episode's first post), so a pair that keeps co-posting through a run of hours
   * gains one episode per Δt slot it shares; `'bursts'`: an episode is a whole burst (a run
   * with gaps ≤ Δt), however long. @default 'slots'
   */
  readonly episodes?: EpisodeUnit;
  /**
   * `'exclude'`: a repost (`repostOf` set) did not choose its hashtags, so it is neither paired
   * nor counted in the nulls' volumes, here and in the group test (organic repost cascades of one
   * original land within seconds); `'include'`: reposts are evidence like any post. @default 'exclude'
   */
  readonly reposts?: RepostPolicy;
  /**
   * With `null: 'rhythm'`: τ, ms. A hashtag's activity is cut into stretches (runs of its posts
   * with gaps ≤ τ); an account's Δt slot on it is *lone* when it is the account's only slot in its
   * stretch. The hashtag's own timing is taken from its lone posts (a news crowd, a talk's
   * audience: accounts that post it once in a stretch of its activity), weighted by their share of
   * its slots times U_lone/(U_lone + k), and from the rest of the window otherwise: accounts that
   * keep posting it through a run (an operation's members) never make the profile they are tested
   * against. Infinity: one stretch per window. @default 1800000
   */
  readonly loneGapMs?: number;
  /**
   * With `episodes: 'slots'`: cap a pair's episodes on each hashtag at min(n'_i, n'_j), the two
   * accounts' posts there thinned to one per Δt, so one account's flurry across a slot boundary
   * is one episode. On the 1M-post `medium` world it takes account precision from 0.885 to 0.975;
   * it also thins the evidence of operations posting at minute resolution inside a crowd
   * (semi-synthetic F1 0.91 → 0.79, bench/README.md), hence off by default. @default false
   */
  readonly capEpisodes?: boolean;
}

/** Whether reposts count as co-occurrence evidence. */
export type RepostPolicy = 'exclude' | 'include';

/** Unit of edge evidence: Δt slots inside bursts, or whole bursts. */
export type EpisodeUnit = 'slots' | 'bursts';

/** {@link AccountGraphOptions} after validation (Δt still `'auto'` until the window is seen). */
export interface ResolvedAccountGraphOptions {
  readonly maxLagMs: number | 'auto';
  readonly q: number;
  readonly minEpisodes: number;
  readonly maxCrowdAccounts: number;
  readonly filter: boolean;
  readonly permutationNull: boolean;
  readonly null: EdgeNullModel;
  readonly profileShrinkage: number;
  readonly windowLengthMs: number | undefined;
  readonly episodes: EpisodeUnit;
  readonly reposts: RepostPolicy;
  readonly loneGapMs: number;
  readonly capEpisodes: boolean;
}

/** Node attributes of the hashtag co-occurrence graph. */
export interface HashtagNodeAttributes {
  /** Posts using the hashtag, c_h. */
  readonly posts: number;
}

/** Edge attributes of the hashtag co-occurrence graph (METRICS.md §1.2.9). */
export interface HashtagEdgeStats {
  /** = count. */
  readonly weight: number;
  /** c_hh': posts holding both hashtags. */
  readonly count: number;
  /** ln(c_hh'·N_P / (c_h·c_h')) / (−ln(c_hh'/N_P)); 1 when c_hh' = N_P. */
  readonly npmi: number;
}

/** A hashtag co-occurrence edge (source < target in code-unit order). */
export interface HashtagEdge extends HashtagEdgeStats {
  readonly source: string;
  readonly target: string;
}

/** Options of {@link buildHashtagGraph}. */
export interface HashtagGraphOptions {
  /** Keep pairs co-occurring in at least this many posts (integer ≥ 1). @default 1 */
  readonly minCount?: number;
}

/** Result of {@link buildHashtagGraph}. */
export interface HashtagGraphResult {
  readonly graph: UndirectedGraph<HashtagNodeAttributes, HashtagEdgeStats>;
  /** Sorted by (source, target). */
  readonly edges: readonly HashtagEdge[];
  /** N_P: posts with at least one hashtag. */
  readonly postsWithHashtags: number;
}

/** Node attributes of the account–hashtag graph; keys are `a:<account>` and `h:<hashtag>`. */
export interface BipartiteNodeAttributes {
  readonly kind: 'account' | 'hashtag';
  /** The account name or the hashtag, without the prefix. */
  readonly label: string;
  /** Posts of the account, or posts using the hashtag. */
  readonly posts: number;
}

/** Edge attributes of the account–hashtag graph. */
export interface BipartiteEdgeAttributes {
  /** n_ih: posts of the account using the hashtag. */
  readonly weight: number;
}

/** Result of {@link buildBipartiteGraph}. */
export interface BipartiteGraphResult {
  readonly graph: UndirectedGraph<BipartiteNodeAttributes, BipartiteEdgeAttributes>;
  readonly accounts: number;
  readonly hashtags: number;
}
