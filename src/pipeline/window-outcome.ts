/**
 * One window through graph → swarms → influence, with nothing that depends on tracking: the
 * part of the pipeline that can run for any window, on any thread, in any order. Tracking and
 * the report's accumulation then take the outcomes in window order (analyze.ts).
 * Swarms are scored under their candidate keys; {@link relabelWindowInfluence} gives them their
 * tracked ids afterwards.
 */
import { createAccountGraphBuilder } from '../graph/index.js';
import type { AccountEdge, AccountGraphDiagnostics, AccountGraphOptions, AccountGraphResult, AccountGraphSkipReason } from '../graph/index.js';
import type { Post } from '../ingest/index.js';
import { detectSwarms, resolveSwarmOptions } from '../swarms/index.js';
import type { ResolvedSwarmOptions, WindowSwarms } from '../swarms/index.js';
import { resolveInfluenceOptions, scoreWindow } from '../influence/index.js';
import type { InfluenceOptions, ResolvedInfluenceOptions, WindowInfluence } from '../influence/index.js';
import { createWindowTable, type Window, type WindowView } from '../windows/index.js';

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

/** The stages' options resolved for one window graph's Δt. */
interface ResolvedSettings {
  readonly swarms: ResolvedSwarmOptions;
  readonly influence: ResolvedInfluenceOptions;
}

/**
 * One run's window analysis: the run's window table (windows/window-table.ts), the graph
 * builder over it, and the stages' options resolved once per run (influence's completed with
 * each window graph's Δt, once per distinct Δt). Everything belongs to the returned function:
 * the run drops it when it ends. A worker's copy of the settings has lost the resolved marks:
 * resolving them again is the identity.
 * @param all every post of the run (or of a worker thread's range), sorted by (timeMs, id), all
 *   interned up front; null for a stream, whose windows are appended to the table one by one
 *   (each interning only the posts new to it) and whose older rows are released.
 * @param graphOptions the account graph's options.
 * @param settings swarm and influence options (with the seed), and the window step.
 * @returns `(window) => outcome`, to call once per window in index order.
 */
export function createWindowRunner(
  all: readonly Post[] | null, graphOptions: AccountGraphOptions, settings: WindowSettings,
): (window: Window) => WindowOutcome {
  const table = createWindowTable();
  if (all !== null) table.appendAll(all);
  const buildGraph = createAccountGraphBuilder(table, graphOptions);
  const swarms = resolveSwarmOptions(settings.swarms);
  const influence = new Map<number, ResolvedInfluenceOptions>();
  const resolved = (maxLagMs: number): ResolvedSettings => {
    let i = influence.get(maxLagMs);
    if (i === undefined) {
      i = resolveInfluenceOptions({ ...settings.influence, maxLagMs });
      influence.set(maxLagMs, i);
    }
    return { swarms, influence: i };
  };
  return (window) => {
    const view = all === null ? table.sync(window) : table.viewOf(window);
    const graph = buildGraph(window, view);
    return analyzeWindow(window, graph, resolved(graph.maxLagMs), settings.stepMs, view);
  };
}

/**
 * Detect and score the swarms of one window.
 * @param window the window.
 * @param graph its account graph.
 * @param options swarm and influence options (with the seed), resolved.
 * @param stepMs the window step.
 * @param view the window's rows in the run's window table (the stages read its interned posts).
 * @returns the window's outcome, ready for tracking.
 */
function analyzeWindow(window: Window, graph: AccountGraphResult, options: ResolvedSettings, stepMs: number, view: WindowView | undefined): WindowOutcome {
  const detected = detectSwarms(graph, window, options.swarms, view);
  const inputs = detected.candidates.filter((c) => c.significance.isSwarm).map((c) => ({ id: c.key, members: c.members }));
  const scores = window.posts.length === 0 ? null : scoreWindow(window, graph, inputs, options.influence as InfluenceOptions, view); // resolved with a numeric maxLagMs
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
