/**
 * One window through graph → swarms → influence, with nothing that depends on tracking: the
 * part of the pipeline that can run for any window, on any thread, in any order. Tracking and
 * the report's accumulation then take the outcomes in window order (analyze.ts).
 * Swarms are scored under their candidate keys; {@link relabelWindowInfluence} gives them their
 * tracked ids afterwards.
 */
import type { AccountEdge, AccountGraphDiagnostics, AccountGraphResult, AccountGraphSkipReason } from '../graph/index.js';
import { detectSwarms, resolveSwarmOptions } from '../swarms/index.js';
import type { ResolvedSwarmOptions, WindowSwarms } from '../swarms/index.js';
import { resolveInfluenceOptions, scoreWindow } from '../influence/index.js';
import type { InfluenceOptions, ResolvedInfluenceOptions, WindowInfluence } from '../influence/index.js';
import type { Window } from '../windows/index.js';

/**
 * What the window stages need besides the window, resolved once per run (structured-clonable:
 * no functions; a worker thread receives a copy).
 */
export interface WindowSettings {
  readonly swarms: ResolvedSwarmOptions;
  /** Resolved influence options but Δt, which is each window graph's. */
  readonly influence: Omit<ResolvedInfluenceOptions, 'maxLagMs' | 'lookbackPosts'>;
  readonly stepMs: number;
}

/** What the report keeps of a window's account graph. */
export interface GraphSummary {
  readonly status: AccountGraphResult['status'];
  readonly reason?: AccountGraphSkipReason;
  readonly maxLagMs: number;
  readonly diagnostics: AccountGraphDiagnostics;
  /** The kept edges. */
  readonly keptEdges: readonly AccountEdge[];
}

/** A window analysed up to (not including) tracking. */
export interface WindowOutcome {
  readonly index: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly posts: number;
  /**
   * Posts per account among the posts whose last window this is (time < start + step), in
   * order of first appearance: counted here, each post is counted once over the run.
   */
  readonly lastPostAccounts: readonly string[];
  readonly lastPostCounts: readonly number[];
  readonly graph: GraphSummary;
  readonly detected: WindowSwarms;
  /** Every significant candidate scored under its key; null for a window without posts. */
  readonly scores: WindowInfluence | null;
}

/** Detect and score the swarms of one window: (window, its account graph) → outcome. */
export type WindowAnalyzer = (window: Window, graph: AccountGraphResult) => WindowOutcome;

/**
 * The window analysis of one run (or of one worker's range): its options are the run's,
 * resolved once; the influence options are completed with each window graph's Δt, once per
 * distinct Δt (one with a fixed Δt, a few with `maxLagMs: 'auto'`), in this run's own map.
 * @param settings swarm and influence options (with the seed), and the window step.
 * @returns the analyzer of the run's windows.
 */
export function createWindowAnalyzer(settings: WindowSettings): WindowAnalyzer {
  // A worker's copy of the settings has lost the resolved marks: resolving again is the identity.
  const swarms = resolveSwarmOptions(settings.swarms);
  const influenceByLag = new Map<number, ResolvedInfluenceOptions>();
  return (window, graph) => {
    let influence = influenceByLag.get(graph.maxLagMs);
    if (influence === undefined) {
      influence = resolveInfluenceOptions({ ...settings.influence, maxLagMs: graph.maxLagMs });
      influenceByLag.set(graph.maxLagMs, influence);
    }
    return analyzeWindow(window, graph, swarms, influence, settings.stepMs);
  };
}

function analyzeWindow(window: Window, graph: AccountGraphResult, swarms: ResolvedSwarmOptions, influence: ResolvedInfluenceOptions, stepMs: number): WindowOutcome {
  const detected = detectSwarms(graph, window, swarms);
  const inputs = detected.candidates.filter((c) => c.significance.isSwarm).map((c) => ({ id: c.key, members: c.members }));
  // Resolved with the graph's numeric Δt: the InfluenceOptions shape, every field set.
  const scores = window.posts.length === 0 ? null : scoreWindow(window, graph, inputs, influence as InfluenceOptions);
  // A post at t is in the windows starting in (t − size, t]; the last of them starts within one
  // step before t, so counting here counts it once without touching every post twice.
  const lastEnd = window.startMs + stepMs;
  const slot = new Map<string, number>();
  const lastPostAccounts: string[] = [];
  const lastPostCounts: number[] = [];
  for (const p of window.posts) {
    if (p.timeMs >= lastEnd) continue;
    const k = slot.get(p.account);
    if (k === undefined) {
      slot.set(p.account, lastPostAccounts.length);
      lastPostAccounts.push(p.account);
      lastPostCounts.push(1);
    } else lastPostCounts[k]!++;
  }
  const g: GraphSummary = {
    status: graph.status,
    ...(graph.reason === undefined ? {} : { reason: graph.reason }),
    maxLagMs: graph.maxLagMs,
    diagnostics: graph.diagnostics,
    keptEdges: graph.edges.filter((e) => e.kept),
  };
  return {
    index: window.index, startMs: window.startMs, endMs: window.endMs, posts: window.posts.length,
    lastPostAccounts, lastPostCounts, graph: g, detected, scores,
  };
}
