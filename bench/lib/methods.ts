/**
 * Every benchmarked method, as a function of one input. Each returns its phase timings and the
 * groups it found; `one.ts` runs exactly one of them in a fresh process so that peak RSS is the
 * method's own.
 */
import type { DetectedSwarm } from '../../src/evaluate/index.js';
import type { Post } from '../../src/ingest/index.js';
import { loadPosts, toOccurrences } from './occurrences.js';
import { settle } from './settle.js';
import { fastestRepeat } from './repeat.js';
import type { InputSpec } from './inputs.js';
import { parseFloor, parseRaw } from './parse-floor.js';
import { runAnalyze, runStages } from './pipeline.js';
import { coortweet } from '../baselines/coortweet.js';
import { cnt } from '../baselines/cnt.js';
import { duckdbCoortweet } from '../baselines/duckdb.js';
import { buildOccurrenceTable, createAccountGraphBuilder, enumerateClosePairs, resolveAccountGraphOptions, timeView } from '../../src/graph/index.js';
import type { PairWorkspace } from '../../src/graph/enumerate-close-pairs.js';
import { scoreEdges } from '../../src/graph/score-edges.js';

/** What a method returns (timings in ms). */
export interface MethodOutput {
  /** Named phases, e.g. `load` (read + ingest + intern) and `compute`. */
  readonly phases: Record<string, number>;
  /** Detected groups; `null` for methods that detect nothing (parse floors, stages). */
  readonly groups: readonly DetectedSwarm[] | null;
  /** Windows with posts and windows with ≥ 1 swarm (windowed methods only). */
  readonly windows?: { readonly withPosts: number; readonly withSwarm: number };
  /** Method-specific counts (pairs, edges, records…). */
  readonly counts: Record<string, number>;
}

type Method = (input: InputSpec) => Promise<MethodOutput>;

const since = (t: number): number => performance.now() - t;

/**
 * Repeats of the pair step and of DuckDB's join after the timed (cold) one, the fastest kept
 * (`computeWarm`, `joinWarm`): up to WARM_RUNS, fewer once they have taken WARM_BUDGET_MS.
 * Ten, not four: V8 compiles the pair step's kernels over its first five to eight calls
 * (German elections as one window, one process: 212, 229, 124, 56, 114, 30, 30, 37 … 18 ms),
 * so four repeats measured a step still half compiled; DuckDB's join is steady from its
 * second run.
 */
const WARM_RUNS = 10;
const WARM_BUDGET_MS = 5_000;

async function load(input: InputSpec): Promise<{ occ: ReturnType<typeof toOccurrences>; ms: number }> {
  const t = performance.now();
  const occ = toOccurrences(await loadPosts(input.read));
  return { occ, ms: since(t) };
}

function coortweetMethod(maxLagMs: number): Method {
  return async (input) => {
    const { occ, ms } = await load(input);
    const t = performance.now();
    const r = coortweet(occ, { maxLagMs, seed: 1 });
    return {
      phases: { load: ms, compute: since(t) },
      groups: r.groups,
      counts: { rows: occ.rows, pairs: r.pairs, edges: r.edges, keptEdges: r.keptEdges.length, weightSum: r.keptEdges.reduce((s, e) => s + e.weight, 0) },
    };
  };
}

/** The registry: method name → implementation. */
/** The input's posts sorted by (timeMs, id), the load time and the first and last post times. */
async function sortedInput(input: InputSpec): Promise<{ posts: Post[]; ms: number; lo: number; hi: number }> {
  const t0 = performance.now();
  const loaded = await loadPosts(input.read);
  const posts = [...loaded].sort((a, b) => a.timeMs - b.timeMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ms = since(t0);
  const lo = posts.length === 0 ? 0 : posts[0]!.timeMs;
  const hi = posts.length === 0 ? 0 : posts[posts.length - 1]!.timeMs;
  return { posts, ms, lo, hi };
}

/** `analyze()` end to end with `workers` window worker threads. */
async function analyzeRow(input: InputSpec, workers: number): Promise<MethodOutput> {
  const t = performance.now();
  const report = await runAnalyze(input.read, workers);
  // Every window with posts is a chance to raise a false alarm, including those whose graph
  // kept no edge (reported as skipped with reason 'no-edges').
  const withPosts = report.windows.filter((w) => w.posts > 0);
  return {
    phases: { compute: since(t) },
    groups: report.swarms.map((s) => ({ id: s.id, members: s.members })),
    windows: { withPosts: withPosts.length, withSwarm: withPosts.filter((w) => w.swarmIds.length > 0).length },
    counts: { records: report.input.records, accepted: report.input.accepted, windows: report.windows.length, edges: report.windows.reduce((s, w) => s + w.edges, 0) },
  };
}

export const METHODS: Readonly<Record<string, Method>> = {
  'parse-floor': async (input) => {
    const t = performance.now();
    const c = await parseFloor(input.read);
    return { phases: { compute: since(t) }, groups: null, counts: { ...c } };
  },
  'parse-raw': async (input) => {
    const t = performance.now();
    const c = await parseRaw(input.read.path);
    return { phases: { compute: since(t) }, groups: null, counts: { ...c } };
  },
  'coortweet-10s': coortweetMethod(10_000),
  'coortweet-60s': coortweetMethod(60_000),
  'cnt-60s': async (input) => {
    const { occ, ms } = await load(input);
    const t = performance.now();
    const r = cnt(occ, { maxLagMs: 60_000 });
    return { phases: { load: ms, compute: since(t) }, groups: r.groups, counts: { rows: occ.rows, edges: r.edges, keptEdges: r.keptEdges } };
  },
  'duckdb-60s': async (input) => {
    const { occ, ms } = await load(input);
    const r = await duckdbCoortweet(occ, { maxLagMs: 60_000, threads: 1, seed: 1, warmRuns: WARM_RUNS, warmBudgetMs: WARM_BUDGET_MS });
    return {
      phases: { load: ms, duckdbLoad: r.loadMs, compute: r.joinMs + r.louvainMs, join: r.joinMs, ...(r.joinWarmMs === undefined ? {} : { joinWarm: r.joinWarmMs, warmRepeats: r.warmRepeatsMs }), louvain: r.louvainMs },
      groups: r.groups,
      counts: { rows: occ.rows, edges: r.edges, keptEdges: r.keptEdges.length, weightSum: r.keptEdges.reduce((s, e) => s + e.weight, 0) },
    };
  },
  'hashtag-swarms': async (input) => analyzeRow(input, 0),
  // The same with one window worker thread beside the main thread (`workers: 1`): shown either way.
  'hashtag-swarms-workers': async (input) => analyzeRow(input, 1),
  // The library's pair enumeration + edge null + BH filter on the whole input as ONE window (no
  // sliding windows): the same posts and the same Δt join as duckdb-60s's `join` phase, so the
  // two compute columns compare the engines' pair steps directly. Interning the posts (sort +
  // integer ids, the graph builder's one-off step) is timed apart as `intern`, the counterpart
  // of duckdb-60s's `duckdbLoad` (rows into DuckDB's columns).
  'hashtag-swarms-pairs': async (input) => {
    const { posts, ms, lo, hi } = await sortedInput(input);
    settle();
    const t1 = performance.now();
    const build = createAccountGraphBuilder(posts, { maxLagMs: 60_000 });
    const intern = since(t1);
    settle();
    const t = performance.now();
    const r = build({ index: 0, startMs: lo, endMs: hi + 1, posts });
    const compute = since(t);
    // The same call again, the fastest kept: the kernels compiled, as in every window of
    // analyze() after its first. duckdb-60s re-runs its join the same way.
    const warm = await fastestRepeat(() => build({ index: 0, startMs: lo, endMs: hi + 1, posts }), WARM_RUNS, WARM_BUDGET_MS);
    const d = r.diagnostics;
    return {
      phases: { load: ms, intern, compute, ...(warm.fastestMs === undefined ? {} : { computeWarm: warm.fastestMs }), warmRepeats: warm.spentMs },
      groups: null,
      counts: { posts: d.posts, closePairs: d.closePairs, testedEdges: d.testedEdges, keptEdges: d.keptEdges },
    };
  },
  // Exactly what the issue compares with DuckDB's join: the pair enumeration and the edge null
  // (+ BH), on the same whole-input window, without the rest of the graph step (the window's
  // view and counts, matched posts, edge records and the graphology graph). In its own process,
  // so that its cold call compiles its own kernels.
  'hashtag-swarms-pairs-null': async (input) => {
    const { posts, ms, lo, hi } = await sortedInput(input);
    settle();
    const t1 = performance.now();
    const table = buildOccurrenceTable(posts);
    const intern = since(t1);
    const opts = { ...resolveAccountGraphOptions({ maxLagMs: 60_000 }), maxLagMs: 60_000 };
    const workspace: PairWorkspace = { edges: undefined, crowd: undefined };
    const step = (): { closePairs: number; testedEdges: number; kept: number } => {
      const view = timeView(table, lo, hi + 1);
      const pairs = enumerateClosePairs(view, { maxLagMs: 60_000, maxCrowdAccounts: opts.maxCrowdAccounts, minEpisodes: opts.minEpisodes }, workspace);
      const scores = scoreEdges(view, pairs, opts, { startMs: lo, lengthMs: Math.max(1, hi + 1 - lo) });
      return { closePairs: pairs.closePairs, testedEdges: pairs.testedEdges, kept: scores.keptCount };
    };
    settle();
    const t = performance.now();
    const r = step();
    const compute = since(t);
    const warm = await fastestRepeat(step, WARM_RUNS, WARM_BUDGET_MS);
    return {
      phases: { load: ms, intern, compute, ...(warm.fastestMs === undefined ? {} : { computeWarm: warm.fastestMs }), warmRepeats: warm.spentMs },
      groups: null,
      counts: { posts: posts.length, closePairs: r.closePairs, testedEdges: r.testedEdges, keptEdges: r.kept },
    };
  },
  'hashtag-swarms-stages': async (input) => {
    const s = await runStages(input.read);
    const total = Object.values(s.ms).reduce((a, b) => a + b, 0);
    return { phases: { ...s.ms, compute: total, pairsAlone: s.parts.pairs, louvainAlone: s.parts.louvain }, groups: null, counts: { records: s.records, posts: s.posts, windows: s.windows, edges: s.edges, swarms: s.swarms } };
  },
};
