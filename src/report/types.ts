/**
 * The report (DESIGN.md §6, JSON schema version 1) and the options of
 * {@link analyze}. Times in the report are ISO 8601 UTC strings; inside the
 * library they are epoch ms.
 */
import type { Rejection, RejectionCode } from '../ingest/index.js';
import type { AccountAggregate, GroupInfluence, SwarmPersistence } from '../influence/index.js';

/** One analysed (or skipped) window. */
export interface WindowReport {
  readonly index: number;
  readonly start: string;
  readonly end: string;
  readonly posts: number;
  readonly accounts: number;
  readonly status: 'analyzed' | 'skipped';
  readonly reason?: string;
  /** Δt used in this window, ms. */
  readonly maxLagMs: number;
  readonly candidatePairs: number;
  /** Kept edges of the window's account graph. */
  readonly edges: number;
  readonly crowdPosts: number;
  readonly crowdByHashtag: readonly { readonly hashtag: string; readonly posts: number }[];
  /** Reposts left out of the evidence (graph option `reposts: 'exclude'`). */
  readonly repostPosts: number;
  /** Louvain candidates tested in the window. */
  readonly candidates: number;
  /** Candidates that are not swarms, each with its members and the rules it failed. */
  readonly rejectedCandidates: readonly { readonly members: readonly string[]; readonly reasons: readonly string[] }[];
  /** Tracked ids of the swarms (isSwarm) present in the window. */
  readonly swarmIds: readonly string[];
}

/** A tracking event, with the window it happened in. */
export interface SwarmEventReport {
  readonly type: 'birth' | 'death' | 'continuation' | 'growth' | 'contraction' | 'merge' | 'split' | 'resurgence';
  readonly window: number;
  readonly time: string;
  /** Other swarm ids involved (merged from, split into, merged into). */
  readonly related: readonly string[];
}

/** A characteristic hashtag of a swarm. */
export interface SwarmHashtagReport {
  readonly hashtag: string;
  /** Member posts on the hashtag (summed over the swarm's windows). */
  readonly posts: number;
  /** Member posts / all posts on the hashtag in the swarm's windows. */
  readonly shareOfVoice: number;
}

/** Significance summary of a tracked swarm (its strongest window). */
export interface SwarmSignificanceReport {
  readonly pValue: number;
  /** null when the null distribution had no spread. */
  readonly zTimeShift: number | null;
  readonly zPermutation: number | null;
  readonly isSwarm: boolean;
  /** Why it is a swarm, in the window of its smallest p-value: the group statistic T(S)… */
  readonly statistic: number;
  /** …its Monte Carlo p-values under the time-shift and permutation nulls (uncorrected)… */
  readonly pTimeShift: number;
  readonly pPermutation: number;
  /** …the (hashtag, burst) episodes with ≥ 2 members, the hashtags the members own… */
  readonly repeatedBursts: number;
  readonly ownedHashtags: number;
  /** …and the pair evidence: kept edges between members, their episodes and the episodes the edge null expects. */
  readonly edges: number;
  readonly episodes: number;
  readonly expectedEpisodes: number;
}

/** One tracked swarm. */
export interface SwarmReportEntry {
  readonly id: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Window indexes where the swarm was matched. */
  readonly windows: readonly number[];
  readonly events: readonly SwarmEventReport[];
  /** Union of members over the swarm's windows, sorted. */
  readonly members: readonly string[];
  readonly coreMembers: readonly string[];
  readonly hashtags: readonly SwarmHashtagReport[];
  /** Set when the swarm split off another one. */
  readonly parentId?: string;
  readonly significance: SwarmSignificanceReport;
  /** Group influence in the swarm's representative window (most member posts, then earliest). */
  readonly group: GroupInfluence | null;
  /** Windows in which the swarm was judged a collective influencer. */
  readonly collectiveInfluencerWindows: number;
  /** Lifetime, member retention, stationarity, core members (METRICS.md §3.6). */
  readonly persistence: SwarmPersistence;
}

/** One account that posted in the analysed period. */
export interface AccountReport {
  readonly account: string;
  /** Posts of the account in the input, each counted once. */
  readonly posts: number;
  /** The swarm the account was last in, or null. */
  readonly swarmId: string | null;
  /**
   * Individual influence aggregated over the windows: sums of counts (with sliding windows a post
   * counts once per window it falls in), max of reach, mean of rates.
   */
  readonly individual: AccountAggregate;
}

/** A kept edge of the account graph, aggregated over windows (for GEXF and edges.csv). */
export interface EdgeReport {
  readonly source: string;
  readonly target: string;
  /** Windows in which the edge was kept. */
  readonly windows: readonly number[];
  readonly episodes: number;
  readonly coCount: number;
  /** Σ excess over the windows. */
  readonly weight: number;
  /** Smallest edge p-value over the windows. */
  readonly pValue: number;
}

/** What was read. Counts reconcile: records = accepted + rejected. */
export interface InputReport {
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Accepted records that were repeats of an earlier post (same id, account and time) and merged into it. */
  readonly merged: number;
  /** Distinct posts: accepted − merged (each analysed, or counted as late or before the origin). */
  readonly posts: number;
  readonly rejectedByCode: Readonly<Partial<Record<RejectionCode, number>>>;
  /** The first rejections (at most 100). */
  readonly firstRejected: readonly Rejection[];
  /**
   * Posts that arrived later than `allowedLatenessMs` behind the newest one (`order: 'time'` with
   * `onLatePost: 'skip'`); they are counted, not analysed.
   */
  readonly latePosts: number;
  /** Posts earlier than `originMs`, placed in no window; counted, not analysed. */
  readonly beforeOriginPosts: number;
  /** Posts placed in windows: posts − latePosts − beforeOriginPosts. */
  readonly analysedPosts: number;
  /**
   * True when the input, read in time order (`order: 'time'`), turned out not to be and was read
   * again buffered and sorted (`onLatePost: 'auto'`).
   */
  readonly orderFallback: boolean;
}

/** The report of one run of {@link analyze}. */
export interface SwarmReport {
  readonly schemaVersion: 1;
  readonly generator: { readonly name: 'hashtag-swarms'; readonly version: string };
  /** The resolved options, so the run can be reproduced. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly input: InputReport;
  readonly windows: readonly WindowReport[];
  readonly swarms: readonly SwarmReportEntry[];
  readonly accounts: readonly AccountReport[];
  readonly edges: readonly EdgeReport[];
}
