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
  /** 1 where the window's post (same index as `window.posts`) was a crowd post. */
  readonly crowdPost: Uint8Array;
  readonly diagnostics: AccountGraphDiagnostics;
}
