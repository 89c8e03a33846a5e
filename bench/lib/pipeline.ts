/**
 * hashtag-swarms itself: end to end through `analyze()` with its defaults (24 h windows sliding
 * 6 h, Δt 60 s, seed 1), and the stage breakdown — the public stage functions one after another
 * on the same input (readRecords → ingest → sort + windowPostsSync → createAccountGraphBuilder →
 * detectSwarms → tracking → scoreWindow), each stage timed over all windows.
 */
import { analyze } from '../../src/pipeline/index.js';
import type { SwarmReport } from '../../src/report/index.js';
import { readRecords } from '../../src/sources/index.js';
import type { RawRecord } from '../../src/sources/index.js';
import { ingest } from '../../src/ingest/index.js';
import { windowPostsSync } from '../../src/windows/index.js';
import louvain from 'graphology-communities-louvain';
import { buildOccurrenceTable, createAccountGraphBuilder, enumerateClosePairs, fullView, DEFAULT_ACCOUNT_GRAPH_OPTIONS } from '../../src/graph/index.js';
import { createRng } from '../../src/_lib/rng.js';
import { detectSwarms } from '../../src/swarms/index.js';
import { createSwarmTracker } from '../../src/track/index.js';
import { scoreWindow } from '../../src/influence/index.js';
import type { ReadSpec } from './occurrences.js';

const WINDOW_MS = 24 * 3_600_000;
const STEP_MS = 6 * 3_600_000;
const MAX_LAG_MS = 60_000;
const SEED = 1;

function readOptions(spec: ReadSpec): Parameters<typeof readRecords>[1] {
  return {
    ...(spec.format === undefined ? {} : { format: spec.format }),
    ...(spec.schema === undefined ? {} : { schema: spec.schema }),
    ...(spec.map === undefined ? {} : { map: spec.map }),
  };
}

/**
 * Run `analyze()` on a file with the defaults.
 * @param spec input
 * @param workers window worker threads (`analyze`'s `workers`; default 0)
 * @returns the report
 * @example
 * const report = await runAnalyze({ path: 'posts.ndjson' });
 */
export async function runAnalyze(spec: ReadSpec, workers = 0): Promise<SwarmReport> {
  return analyze(spec.path, {
    workers,
    ...(spec.format === undefined ? {} : { format: spec.format }),
    ...(spec.schema === undefined ? {} : { schema: spec.schema }),
    ...(spec.map === undefined ? {} : { map: spec.map }),
    window: WINDOW_MS,
    step: STEP_MS,
    maxLagMs: MAX_LAG_MS,
    seed: SEED,
  });
}

/** Milliseconds per stage, plus counts. */
export interface StageTimes {
  readonly ms: Record<'read' | 'ingest' | 'windows' | 'graph' | 'swarms' | 'tracking' | 'influence', number>;
  /**
   * Parts re-measured alone, outside the stage timers (not in the sum): the close-pair sweep of
   * each window on its own interned table (`pairs`, part of graph; the rest of graph is the edge
   * null, BH and the graph build) and Louvain on each window's kept-edge graph (`louvain`, part of
   * swarms; the rest is the window index and the significance tests).
   */
  readonly parts: Record<'pairs' | 'louvain', number>;
  readonly records: number;
  readonly posts: number;
  readonly windows: number;
  readonly edges: number;
  readonly swarms: number;
}

/**
 * Time each public stage on the same input.
 * @param spec input
 * @returns per-stage times and counts
 * @example
 * (await runStages({ path: 'posts.ndjson' })).ms.graph;
 */
export async function runStages(spec: ReadSpec): Promise<StageTimes> {
  const ms = { read: 0, ingest: 0, windows: 0, graph: 0, swarms: 0, tracking: 0, influence: 0 };
  const parts = { pairs: 0, louvain: 0 };
  let t = performance.now();
  const records: RawRecord[] = [];
  for await (const r of readRecords(spec.path, readOptions(spec))) records.push(r);
  ms.read = performance.now() - t;
  t = performance.now();
  const { posts } = await ingest(records);
  ms.ingest = performance.now() - t;
  // analyze() streams its records into ingest; holding a million parsed records here through
  // the later stages would make every full garbage collection of those stages slower.
  const recordCount = records.length;
  records.length = 0;
  t = performance.now();
  const sorted = [...posts].sort((a, b) => a.timeMs - b.timeMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { windows } = windowPostsSync(sorted, { size: WINDOW_MS, step: STEP_MS });
  ms.windows = performance.now() - t;
  const tracker = createSwarmTracker();
  let edges = 0;
  let swarms = 0;
  // As analyze() does with a buffered input: intern every post once, view each window.
  t = performance.now();
  const buildGraph = createAccountGraphBuilder(sorted, { maxLagMs: MAX_LAG_MS, windowLengthMs: WINDOW_MS });
  ms.graph += performance.now() - t;
  for (const window of windows) {
    t = performance.now();
    const graph = buildGraph(window);
    ms.graph += performance.now() - t;
    edges += graph.edges.length;
    t = performance.now();
    const detected = detectSwarms(graph, window, { seed: SEED });
    ms.swarms += performance.now() - t;

    t = performance.now();
    const update = tracker.update(detected);
    const idOf = new Map<string, string>();
    for (const s of update.active) if (s.lastSeen === window.index) idOf.set(s.candidateKeys[s.candidateKeys.length - 1]!, s.id);
    const inputs = detected.candidates
      .filter((c) => c.significance.isSwarm && idOf.has(c.key))
      .map((c) => ({ id: idOf.get(c.key)!, members: c.members }));
    ms.tracking += performance.now() - t;
    swarms += inputs.length;
    if (window.posts.length === 0) continue;
    t = performance.now();
    scoreWindow(window, graph, inputs, { seed: SEED, maxLagMs: graph.maxLagMs });
    ms.influence += performance.now() - t;
  }
  t = performance.now();
  tracker.finish();
  ms.tracking += performance.now() - t;
  // The parts, in a second pass so that their extra allocations do not disturb the stage timers.
  for (const window of windows) {
    if (window.posts.length < 2) continue;
    const view = fullView(buildOccurrenceTable(window.posts));
    t = performance.now();
    enumerateClosePairs(view, { maxLagMs: MAX_LAG_MS, maxCrowdAccounts: DEFAULT_ACCOUNT_GRAPH_OPTIONS.maxCrowdAccounts });
    parts.pairs += performance.now() - t;
    const graph = buildGraph(window).graph;
    if (graph.size === 0) continue;
    t = performance.now();
    louvain.detailed(graph, { getEdgeWeight: 'weight', resolution: 1, rng: createRng(SEED).next });
    parts.louvain += performance.now() - t;
  }
  return { ms, parts, records: recordCount, posts: posts.length, windows: windows.length, edges, swarms };
}
