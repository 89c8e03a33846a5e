/**
 * The account co-occurrence graph of one window (DESIGN.md §5, METRICS.md §1, §6.1).
 *
 *   1. intern posts (integer ids, typed arrays);
 *   2. enumerate the close pairs per hashtag (sort + two pointers, crowd cap) and
 *      aggregate them per account pair: coCount, episodes, sharedHashtags, lags, leads;
 *   3. expected episodes under the time-shift null (see edge-expectation.ts), excess =
 *      episodes − expected, pValue = P(Poisson(expected) ≥ episodes);
 *   4. kept ⇔ Benjamini–Hochberg at q over m = Σ_h C(U_h, 2) candidate pairs (pairs that
 *      never co-occurred count as p = 1) ∧ episodes ≥ minEpisodes ∧ excess > 0;
 *   5. the graphology graph is built once, from the output edges only (kept edges, or all
 *      tested edges with `filter: false`), nodes and edges inserted in code-unit order of
 *      the account names, so the graph does not depend on the input order. Only accounts
 *      with an output edge become nodes; `diagnostics.accounts` counts every account.
 */
import { UndirectedGraph } from 'graphology';
import { compareStrings } from '../_lib/compare.js';
import { benjaminiHochbergThreshold, poissonUpperTail } from '../_lib/stats.js';
import type { Window } from '../windows/index.js';
import { enumerateClosePairs, type ClosePairs } from './enumerate-close-pairs.js';
import { expectEdges } from './edge-expectation.js';
import { estimateMaxLagFromTable } from './estimate-max-lag.js';
import { countMatchedPosts } from './matched-posts.js';
import { buildOccurrenceTable, type OccurrenceTable } from './occurrence-table.js';
import { resolveAccountGraphOptions } from './resolve-account-graph-options.js';
import type {
  AccountEdge,
  AccountEdgeStats,
  AccountGraphDiagnostics,
  AccountGraphOptions,
  AccountGraphResult,
  AccountGraphSkipReason,
  AccountNodeAttributes,
  CrowdDiagnostic,
} from './types.js';

type AccountGraph = UndirectedGraph<AccountNodeAttributes, AccountEdgeStats>;

function crowdSummary(table: OccurrenceTable, pairs: ClosePairs | undefined, nPosts: number) {
  const crowdPost = new Uint8Array(nPosts);
  const byHashtag: CrowdDiagnostic[] = [];
  if (pairs !== undefined) {
    for (let i = 0; i < pairs.crowd.length; i++) if (pairs.crowd[i] === 1) crowdPost[table.occPost[i]!] = 1;
    for (let h = 0; h < table.hashtags.length; h++) {
      if (pairs.crowdPosts[h]! > 0) byHashtag.push({ hashtag: table.hashtags[h]!, posts: pairs.crowdPosts[h]! });
    }
    byHashtag.sort((x, y) => y.posts - x.posts || compareStrings(x.hashtag, y.hashtag));
  }
  let crowdPosts = 0;
  for (let p = 0; p < nPosts; p++) crowdPosts += crowdPost[p]!;
  return { crowdPost, byHashtag, crowdPosts };
}

/** P(Poisson(λ) ≥ k), with the common k = 1 case in closed form. */
function upperTail(k: number, lambda: number): number {
  return k === 1 ? -Math.expm1(-lambda) : poissonUpperTail(k, lambda);
}

/**
 * Build the account co-occurrence graph of one window.
 * @param window a window (its posts in any order; `startMs`/`endMs` give the null's L).
 * @param options Δt, FDR q, minimum episodes, crowd cap, filter, nulls (DESIGN.md §5 defaults).
 * @returns the graph of kept edges, the edge list sorted by (source, target), the Δt used,
 *   crowd flags per post and diagnostics; `status: 'skipped'` with a reason when the
 *   window has no posts, one account, no close pairs or no kept edge.
 * @throws {InvalidOptionsError} for invalid options.
 * @example
 * const result = buildAccountGraph(window, { maxLagMs: '60s' });
 * if (result.status === 'analyzed') result.graph.forEachEdge((e, attrs) => attrs.episodes);
 */
export function buildAccountGraph(window: Window, options?: AccountGraphOptions): AccountGraphResult {
  const started = performance.now();
  const opts = resolveAccountGraphOptions(options);
  const posts = window.posts;
  const table = buildOccurrenceTable(posts);
  const L = opts.windowLengthMs ?? Math.max(1, window.endMs - window.startMs);
  const maxLagMs = opts.maxLagMs === 'auto' ? estimateMaxLagFromTable(table).maxLagMs : opts.maxLagMs;
  const graph: AccountGraph = new UndirectedGraph<AccountNodeAttributes, AccountEdgeStats>();
  const base = {
    posts: posts.length,
    accounts: table.accounts.length,
    hashtags: table.hashtags.length,
  };
  const finish = (
    reason: AccountGraphSkipReason | undefined,
    pairs: ClosePairs | undefined,
    edges: readonly AccountEdge[],
    tested: number,
    kept: number,
  ): AccountGraphResult => {
    const crowd = crowdSummary(table, pairs, posts.length);
    const diagnostics: AccountGraphDiagnostics = {
      ...base,
      candidatePairs: pairs?.candidatePairs ?? 0,
      closePairs: pairs?.closePairs ?? 0,
      testedEdges: tested,
      keptEdges: kept,
      crowdPosts: crowd.crowdPosts,
      crowdByHashtag: crowd.byHashtag,
      elapsedMs: performance.now() - started,
    };
    const common = { graph, edges, maxLagMs, crowdPost: crowd.crowdPost, diagnostics };
    return reason === undefined ? { status: 'analyzed', ...common } : { status: 'skipped', reason, ...common };
  };
  if (posts.length === 0) return finish('no-posts', undefined, [], 0, 0);
  if (table.accounts.length < 2) return finish('one-account', undefined, [], 0, 0);
  const pairs = enumerateClosePairs(table, { maxLagMs, maxCrowdAccounts: opts.maxCrowdAccounts });
  const et = pairs.edges;
  const n = et.size;
  if (n === 0) return finish('no-pairs', pairs, [], 0, 0);
  // Edges with fewer than minEpisodes episodes can never be kept: they enter BH as p = 1
  // (counted in m, never in the list), which can only make BH more conservative.
  let eligible = 0;
  for (let e = 0; e < n; e++) if (et.episodes[e]! >= opts.minEpisodes) eligible++;
  const list = new Int32Array(opts.filter ? eligible : n);
  for (let e = 0, r = 0; e < n; e++) if (!opts.filter || et.episodes[e]! >= opts.minEpisodes) list[r++] = e;
  const { expected, expectedPermutation } = expectEdges(table, pairs, {
    maxLagMs,
    windowStartMs: window.startMs,
    windowLengthMs: L,
    null: opts.null,
    permutationNull: opts.permutationNull,
  }, list);
  const pValue = new Float64Array(list.length);
  const tested = new Float64Array(eligible);
  for (let r = 0, t = 0; r < list.length; r++) {
    const ep = et.episodes[list[r]!]!;
    pValue[r] = upperTail(ep, expected[r]!);
    if (ep >= opts.minEpisodes) tested[t++] = pValue[r]!;
  }
  const threshold = benjaminiHochbergThreshold(tested, opts.q, Math.max(pairs.candidatePairs, n));
  const kept = new Uint8Array(list.length);
  let keptCount = 0;
  const outRows: number[] = [];
  for (let r = 0; r < list.length; r++) {
    const ep = et.episodes[list[r]!]!;
    if (ep >= opts.minEpisodes && pValue[r]! <= threshold && ep - expected[r]! > 0) {
      kept[r] = 1;
      keptCount++;
    }
    if (kept[r] === 1 || !opts.filter) outRows.push(r);
  }
  if (outRows.length === 0) return finish('no-edges', pairs, [], n, 0);
  const { ids, rank } = rankAccounts(table, list, outRows, et.a, et.b);
  const width = ids.length;
  const sortKey = new Float64Array(outRows.length);
  outRows.forEach((r, k) => {
    const x = rank[et.a[list[r]!]!]!;
    const y = rank[et.b[list[r]!]!]!;
    sortKey[k] = x < y ? x * width + y : y * width + x;
  });
  const order = Array.from(outRows.keys()).sort((x, y) => sortKey[x]! - sortKey[y]!);
  const rows = order.map((k) => outRows[k]!);
  const outA = Int32Array.from(rows, (r) => et.a[list[r]!]!);
  const outB = Int32Array.from(rows, (r) => et.b[list[r]!]!);
  const matched = countMatchedPosts(table, pairs, maxLagMs, outA, outB);
  addNodes(graph, table, ids);
  const edges: AccountEdge[] = new Array<AccountEdge>(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const e = list[r]!;
    const aFirst = rank[et.a[e]!]! < rank[et.b[e]!]!;
    const cA = matched.sideA[k]!;
    const cB = matched.sideB[k]!;
    const excess = et.episodes[e]! - expected[r]!;
    const leadA = et.leadA2[e]! / 2;
    const leadB = et.leadB2[e]! / 2;
    const permutation =
      expectedPermutation === undefined
        ? {}
        : {
            expectedPermutation: expectedPermutation[r]!,
            pValuePermutation: poissonUpperTail(et.coCount[e]!, expectedPermutation[r]!),
          };
    const stats: AccountEdgeStats = {
      weight: excess,
      coCount: et.coCount[e]!,
      episodes: et.episodes[e]!,
      sharedHashtags: et.sharedHashtags[e]!,
      edgeSymmetry: Math.max(cA, cB) === 0 ? 0 : Math.min(cA, cB) / Math.max(cA, cB),
      meanLagMs: et.lagSum[e]! / et.coCount[e]!,
      leadSourceToTarget: aFirst ? leadA : leadB,
      leadTargetToSource: aFirst ? leadB : leadA,
      expected: expected[r]!,
      ...permutation,
      excess,
      pValue: pValue[r]!,
      kept: kept[r] === 1,
    };
    const source = table.accounts[aFirst ? et.a[e]! : et.b[e]!]!;
    const target = table.accounts[aFirst ? et.b[e]! : et.a[e]!]!;
    graph.addEdgeWithKey(String(k), source, target, stats);
    edges[k] = { source, target, ...stats };
  }
  return finish(undefined, pairs, edges, n, keptCount);
}

/** Accounts of the output edges in code-unit order of their names, and their ranks. */
function rankAccounts(
  table: OccurrenceTable, list: Int32Array, rows: readonly number[], a: Int32Array, b: Int32Array,
): { ids: number[]; rank: Int32Array } {
  const rank = new Int32Array(table.accounts.length).fill(-1);
  const ids: number[] = [];
  for (const r of rows) {
    for (const id of [a[list[r]!]!, b[list[r]!]!]) {
      if (rank[id] === -1) {
        rank[id] = 0;
        ids.push(id);
      }
    }
  }
  ids.sort((x, y) => compareStrings(table.accounts[x]!, table.accounts[y]!));
  ids.forEach((id, k) => (rank[id] = k));
  return { ids, rank };
}

/** Add the accounts `ids` (already in name order) with their posts and distinct hashtags. */
function addNodes(graph: AccountGraph, table: OccurrenceTable, ids: readonly number[]): void {
  const nA = table.accounts.length;
  const postCount = new Int32Array(nA);
  for (let p = 0; p < table.postAccount.length; p++) postCount[table.postAccount[p]!]!++;
  const hashtagCount = new Int32Array(nA);
  const stamp = new Int32Array(nA).fill(-1);
  for (let h = 0; h < table.hashtags.length; h++) {
    for (let i = table.hashtagStart[h]!; i < table.hashtagStart[h + 1]!; i++) {
      const a = table.occAccount[i]!;
      if (stamp[a] !== h) {
        stamp[a] = h;
        hashtagCount[a]!++;
      }
    }
  }
  for (const id of ids) graph.addNode(table.accounts[id]!, { posts: postCount[id]!, hashtags: hashtagCount[id]! });
}
