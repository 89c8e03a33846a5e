/**
 * Accumulates what the report needs while windows stream past: window rows,
 * account scores aggregated as they arrive, group scores per swarm window,
 * swarm candidates by key, and kept edges aggregated over windows. Memory:
 * O(windows + accounts + swarm windows + edges); posts are not retained.
 */
import { compareStrings } from '../_lib/compare.js';
import type { SwarmCandidate } from '../swarms/index.js';
import type { SwarmEvent } from '../track/index.js';
import { createAccountAggregator } from '../influence/index.js';
import type { GroupInfluence, IndividualInfluence } from '../influence/index.js';
import type { EdgeReport, SwarmEventReport, WindowReport } from '../report/index.js';
import type { WindowOutcome } from './window-outcome.js';

interface EdgeAccumulator {
  source: string;
  target: string;
  windows: number[];
  episodes: number;
  coCount: number;
  weight: number;
  pValue: number;
}

/** Mutable state of one analyze run. */
export class RunState {
  readonly windows: WindowReport[] = [];
  readonly windowStartMs = new Map<number, number>();
  /** Individual influence aggregated over the windows so far (O(accounts) memory). */
  readonly accounts = createAccountAggregator();
  /** Group scores by tracked id, one per window the swarm was in. */
  readonly groupScores = new Map<string, { window: number; group: GroupInfluence }[]>();
  /** Candidates by window-local key. */
  readonly candidates = new Map<string, SwarmCandidate>();
  readonly events: SwarmEvent[] = [];
  /** Posts per account, each post counted once: in the last window that holds it. */
  readonly postsByAccount = new Map<string, number>();
  private readonly edges = new Map<string, EdgeAccumulator>();

  /** Record one analysed window (and count the posts whose last window it is). */
  addWindow(outcome: WindowOutcome, swarmIds: readonly string[]): WindowReport {
    const { lastPostAccounts, lastPostCounts } = outcome;
    for (let i = 0; i < lastPostAccounts.length; i++) {
      const account = lastPostAccounts[i]!;
      this.postsByAccount.set(account, (this.postsByAccount.get(account) ?? 0) + lastPostCounts[i]!);
    }
    const graph = outcome.graph;
    const swarms = outcome.detected;
    const d = graph.diagnostics;
    const row: WindowReport = {
      index: outcome.index,
      start: new Date(outcome.startMs).toISOString(),
      end: new Date(outcome.endMs).toISOString(),
      posts: outcome.posts,
      accounts: d.accounts,
      status: swarms.status,
      ...(swarms.reason === undefined ? {} : { reason: swarms.reason }),
      maxLagMs: graph.maxLagMs,
      candidatePairs: d.candidatePairs,
      edges: d.keptEdges,
      crowdPosts: d.crowdPosts,
      crowdByHashtag: d.crowdByHashtag,
      repostPosts: d.repostPosts,
      candidates: swarms.candidates.length,
      rejectedCandidates: swarms.candidates
        .filter((c) => !c.significance.isSwarm)
        .map((c) => ({ members: c.members, reasons: c.significance.reasons })),
      swarmIds: [...swarmIds].sort(compareStrings),
    };
    this.windows.push(row);
    this.windowStartMs.set(outcome.index, outcome.startMs);
    for (const c of swarms.candidates) if (c.significance.isSwarm) this.candidates.set(c.key, c);
    for (const e of graph.keptEdges) {
      const key = `${e.source}\u0000${e.target}`;
      const acc = this.edges.get(key);
      if (acc === undefined) {
        this.edges.set(key, {
          source: e.source, target: e.target, windows: [outcome.index], episodes: e.episodes,
          coCount: e.coCount, weight: e.weight, pValue: e.pValue,
        });
      } else {
        acc.windows.push(outcome.index);
        acc.episodes += e.episodes;
        acc.coCount += e.coCount;
        acc.weight += e.weight;
        acc.pValue = Math.min(acc.pValue, e.pValue);
      }
    }
    return row;
  }

  /** Record one window's influence scores (groups keyed by tracked id). */
  addScores(windowIndex: number, accounts: readonly IndividualInfluence[], groups: readonly GroupInfluence[]): void {
    this.accounts.add(accounts);
    for (const g of groups) {
      const list = this.groupScores.get(g.swarmId);
      if (list) list.push({ window: windowIndex, group: g });
      else this.groupScores.set(g.swarmId, [{ window: windowIndex, group: g }]);
    }
  }

  /** Edges aggregated over windows, sorted by (source, target). */
  edgeReports(): EdgeReport[] {
    return [...this.edges.values()]
      .sort((a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target))
      .map((e) => ({ ...e, windows: e.windows.slice() }));
  }

  /** A tracking event as the report shows it. */
  eventReport(e: SwarmEvent, self: string): SwarmEventReport {
    const related = [...e.swarmIds, ...(e.fromIds ?? [])].filter((id) => id !== self);
    return {
      type: e.type,
      window: e.windowIndex,
      time: new Date(this.windowStartMs.get(e.windowIndex) ?? 0).toISOString(),
      related: [...new Set(related)].sort(compareStrings),
    };
  }
}
