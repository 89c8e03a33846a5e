/**
 * Individual influence per account and window (METRICS.md §2, §7.2): activity, embeddedness in
 * the kept account graph (§2.1), adoption leadership on the lead graph (§2.8) and engagement
 * (§2.6–2.7). Cost: O(posts·hashtags + adoptions·maxLeaders) plus PageRank on the lead graph.
 */
import { scratchInt32 } from '../_lib/scratch.js';
import { InvalidOptionsError } from '../errors.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Window, WindowView } from '../windows/index.js';
import { scoreEngagement } from './score-engagement.js';
import { buildLeadGraph, type LeadGraph } from './lead-graph.js';
import { computeLeadRank, type LeadRankResult } from './compute-lead-rank.js';
import { resolveInfluenceOptions, resolveSwarmOf } from './options.js';
import type { AccountScores, IndividualInfluence, ResolvedInfluenceOptions, ScoreAccountsOptions } from './types.js';
import { buildWindowContext, type WindowContext } from './window-context.js';

/** Everything the account and group scores of one window share. */
export interface PreparedWindow {
  readonly ctx: WindowContext;
  readonly lead: LeadGraph;
  readonly leadRank: LeadRankResult;
  readonly options: ResolvedInfluenceOptions;
}

/** Validate the inputs and build the shared structures of a window. */
export function prepareWindow(window: Window, graph: AccountGraphResult, options: ResolvedInfluenceOptions, view?: WindowView): PreparedWindow {
  if (window === null || typeof window !== 'object' || !Array.isArray(window.posts)) {
    throw new InvalidOptionsError('influence', 'window', window, 'a Window with a posts array');
  }
  if (graph === null || typeof graph !== 'object' || !Array.isArray(graph.edges)) {
    throw new InvalidOptionsError('influence', 'graph', graph, 'an AccountGraphResult of the same window');
  }
  const lagSource = options.maxLagMs ?? graph.maxLagMs;
  if (!(lagSource > 0) || !Number.isFinite(lagSource)) {
    throw new InvalidOptionsError('influence', 'maxLagMs', lagSource, 'a finite number > 0 (or a graph with a positive maxLagMs)');
  }
  const ctx = buildWindowContext(window, graph, options.lookbackPosts, lagSource, view);
  const lead = buildLeadGraph(ctx, options.tauMs, options.maxLeaders, options.firstMoverQuantile);
  const leadRank = computeLeadRank(ctx.accounts, lead, {
    engine: options.leadRankEngine,
    alpha: options.pageRankAlpha,
    maxIterations: options.pageRankMaxIterations,
    tolerance: options.pageRankTolerance,
  });
  return { ctx, lead, leadRank, options };
}

/** Score every window account of a prepared window. */
export function scorePreparedAccounts(prep: PreparedWindow, swarmOf: ReadonlyMap<string, string>): AccountScores {
  const { ctx, lead, leadRank } = prep;
  // swarm of each window account as a small integer, so engager tests compare ints, not names
  const swarmIds: string[] = [];
  const swarmIndex = new Int32Array(ctx.n).fill(-1);
  const indexOf = new Map<string, number>();
  for (let a = 0; a < ctx.n; a++) {
    const id = swarmOf.get(ctx.accounts[a]!);
    if (id === undefined) continue;
    let index = indexOf.get(id);
    if (index === undefined) {
      index = swarmIds.length;
      swarmIds.push(id);
      indexOf.set(id, index);
    }
    swarmIndex[a] = index;
  }
  const accounts: IndividualInfluence[] = [];
  // The h-index counts of scoreEngagement: one scratch buffer per window, sized to the busiest
  // account, zero between accounts (scoreEngagement leaves it so).
  let mostPosts = 0;
  for (let a = 0; a < ctx.n; a++) mostPosts = Math.max(mostPosts, ctx.accStart[a + 1]! - ctx.accStart[a]!);
  const atLeast = scratchInt32('influence.engagement.atLeast', mostPosts + 1).fill(0);
  for (let a = 0; a < ctx.n; a++) {
    const index = swarmIndex[a]!;
    let strength = 0;
    for (let k = ctx.adjStart[a]!; k < ctx.adjStart[a + 1]!; k++) strength += ctx.adjWeight[k]!;
    const degree = lead.hashtagDegree[a]!;
    const e = scoreEngagement(ctx, a, swarmIndex, index, atLeast);
    // one literal with every key (the order of the report's records)
    accounts.push({
      account: ctx.accounts[a]!,
      postCount: ctx.accStart[a + 1]! - ctx.accStart[a]!,
      hashtagDegree: degree,
      degree: ctx.adjStart[a + 1]! - ctx.adjStart[a]!,
      strength,
      leadFollowers: lead.leadFollowers[a]!,
      firstMoverShare: degree > 0 ? lead.firstMoverHashtags[a]! / degree : null,
      leadRank: leadRank.rank === null ? null : leadRank.rank[a]!,
      followerReach: e.followerReach,
      engagementTotal: e.engagementTotal,
      engagementRate: e.engagementRate,
      externalEngagement: e.externalEngagement,
      externalEngagementBasis: e.externalEngagementBasis,
      hIndex: e.hIndex,
      swarmId: index < 0 ? null : swarmIds[index]!,
    });
  }
  return {
    accounts,
    leadGraph: { nodes: ctx.n, edges: lead.outNode.length, creditedAdoptions: lead.creditedAdoptions },
    leadRankStatus: leadRank.status,
    leadRankReason: leadRank.reason,
  };
}

/**
 * Score the individual influence of every account that posts in a window.
 * @param window the window (posts in any order).
 * @param graph the window's account graph (`buildAccountGraph`); its kept edges give `strength`
 *   and `degree`, its `maxLagMs` is Δt unless `options.maxLagMs` is set.
 * @param options see {@link ScoreAccountsOptions}; `swarmOf` maps accounts to swarm ids.
 * @returns records sorted by account, the lead-graph size and the PageRank status.
 * @throws InvalidOptionsError on an invalid option, window or graph.
 * @example
 * const { accounts } = scoreAccounts(window, buildAccountGraph(window), { swarmOf: new Map([['a', 'S1']]) });
 * accounts[0].leadFollowers; // fractional later adopters led within τ
 */
export function scoreAccounts(window: Window, graph: AccountGraphResult, options?: ScoreAccountsOptions): AccountScores {
  const resolved = resolveInfluenceOptions(options, ['swarmOf']);
  const swarmOf = resolveSwarmOf(options?.swarmOf);
  return scorePreparedAccounts(prepareWindow(window, graph, resolved), swarmOf);
}
