/**
 * The account graph of one window, given its interned view (shared by
 * {@link buildAccountGraph} and {@link buildAccountGraphs}).
 *
 * The graphology graph is built once, from the output edges only (kept edges, or every
 * tested edge with `filter: false`), nodes and edges inserted in code-unit order of the
 * account names, so the graph does not depend on the input order. Only accounts with an
 * output edge become nodes; `diagnostics.accounts` counts every account of the window.
 */
import { scratchInt32 } from '../_lib/scratch.js';
import { UndirectedGraph } from 'graphology';
import { compareStrings } from '../_lib/compare.js';
import { poissonUpperTail } from '../_lib/stats.js';
import {
  EDGE_STRIDE, F_CO, F_EPISODES, F_LAG, F_LEAD_A2, F_LEAD_B2, F_SHARED,
} from './edge-table.js';
import { enumerateClosePairs, type ClosePairs, type PairWorkspace } from './enumerate-close-pairs.js';
import { countMatchedPosts } from './count-matched-posts.js';
import type { TableView } from './occurrence-table.js';
import { scoreEdges } from './score-edges.js';
import type {
  AccountEdge, AccountEdgeStats, AccountGraphResult, AccountGraphSkipReason, AccountNodeAttributes,
  CrowdDiagnostic, ResolvedAccountGraphOptions,
} from './types.js';

type AccountGraph = UndirectedGraph<AccountNodeAttributes, AccountEdgeStats>;

/** Distinct accounts and hashtags of a view, posts and distinct hashtags per account. */
function viewCounts(view: TableView) {
  const t = view.table;
  const nA = t.accounts.length;
  const postCount = scratchInt32('graph.view.postCount', nA).fill(0);
  let accounts = 0;
  for (let p = view.postLo; p < view.postHi; p++) if (postCount[t.postAccount[p]!]!++ === 0) accounts++;
  const hashtagCount = scratchInt32('graph.view.hashtagCount', nA).fill(0);
  const stamp = scratchInt32('graph.view.stamp', nA).fill(-1);
  let hashtags = 0;
  for (let h = 0; h < t.hashtags.length; h++) {
    if (view.hi[h]! > view.lo[h]!) hashtags++;
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      const a = t.occAccount[i]!;
      if (stamp[a] !== h) {
        stamp[a] = h;
        hashtagCount[a]!++;
      }
    }
  }
  return { accounts, hashtags, postCount, hashtagCount };
}

/** The counts of an empty view (read only: its per-account arrays are never indexed). */
const NO_COUNTS = Object.freeze({ accounts: 0, hashtags: 0, postCount: new Int32Array(0), hashtagCount: new Int32Array(0) });

function crowdSummary(view: TableView, pairs: ClosePairs | undefined) {
  const t = view.table;
  const crowdPost = new Uint8Array(view.postHi - view.postLo);
  const byHashtag: CrowdDiagnostic[] = [];
  let crowdPosts = 0;
  let repostPosts = 0;
  if (pairs !== undefined) {
    for (let h = 0; h < t.hashtags.length; h++) {
      if (pairs.crowdPosts[h] !== 0) byHashtag.push({ hashtag: t.hashtags[h]!, posts: pairs.crowdPosts[h]! });
      for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
        const flag = pairs.crowd[i]!;
        if (flag === 0) continue;
        const k = t.postOrder[t.occPost[i]!]! - view.postBase;
        // A crowd post stays one even where one of its hashtags only excluded it as a repost.
        if (crowdPost[k] === 0) {
          if (flag === 1) crowdPosts++;
          else repostPosts++;
          crowdPost[k] = flag;
        } else if (flag === 1 && crowdPost[k] === 2) {
          crowdPosts++;
          repostPosts--;
          crowdPost[k] = 1;
        }
      }
    }
    byHashtag.sort((x, y) => y.posts - x.posts || compareStrings(x.hashtag, y.hashtag));
  }
  return { crowdPost, byHashtag, crowdPosts, repostPosts };
}

/** Accounts of the given edges in code-unit order of their names, and their ranks. */
function rankAccounts(view: TableView, a: Int32Array, b: Int32Array): { ids: number[]; rank: Int32Array } {
  const rank = scratchInt32('graph.view.rank', view.table.accounts.length).fill(-1);
  const ids: number[] = [];
  for (let k = 0; k < a.length; k++) {
    for (const id of [a[k]!, b[k]!]) {
      if (rank[id] === -1) {
        rank[id] = 0;
        ids.push(id);
      }
    }
  }
  const names = view.table.accounts;
  ids.sort((x, y) => compareStrings(names[x]!, names[y]!));
  ids.forEach((id, k) => (rank[id] = k));
  return { ids, rank };
}

/**
 * Build the account graph of one interned window.
 * @param view the window's view of the interned table.
 * @param window start and length (L of the null) of the window.
 * @param opts resolved options, Δt in ms.
 * @param started `performance.now()` at the start of the call (for `elapsedMs`).
 * @param workspace buffers shared with the other windows of the same table (optional).
 * @returns the result (analyzed, or skipped with a reason).
 */
export function accountGraphOfView(
  view: TableView,
  window: { readonly startMs: number; readonly lengthMs: number },
  opts: ResolvedAccountGraphOptions & { readonly maxLagMs: number },
  started: number,
  workspace?: PairWorkspace,
): AccountGraphResult {
  const maxLagMs = opts.maxLagMs;
  const graph: AccountGraph = new UndirectedGraph<AccountNodeAttributes, AccountEdgeStats>();
  // An empty view has no account and no hashtag: its counts need no pass over the table's names.
  const counts = view.postHi === view.postLo ? NO_COUNTS : viewCounts(view);
  const finish = (
    reason: AccountGraphSkipReason | undefined, pairs: ClosePairs | undefined, edges: readonly AccountEdge[], kept: number,
  ): AccountGraphResult => {
    const crowd = crowdSummary(view, pairs);
    const diagnostics = {
      posts: view.postHi - view.postLo,
      accounts: counts.accounts,
      hashtags: counts.hashtags,
      candidatePairs: pairs?.candidatePairs ?? 0,
      closePairs: pairs?.closePairs ?? 0,
      testedEdges: pairs?.testedEdges ?? 0,
      keptEdges: kept,
      crowdPosts: crowd.crowdPosts,
      repostPosts: crowd.repostPosts,
      crowdByHashtag: crowd.byHashtag,
      elapsedMs: performance.now() - started,
    };
    const common = { graph, edges, maxLagMs, crowdPost: crowd.crowdPost, diagnostics };
    return reason === undefined ? { status: 'analyzed', ...common } : { status: 'skipped', reason, ...common };
  };
  if (view.postHi === view.postLo) return finish('no-posts', undefined, [], 0);
  if (counts.accounts < 2) return finish('one-account', undefined, [], 0);
  // With the filter on, pairs below minEpisodes are counted (BH's m) but get no record.
  const minEpisodes = opts.filter ? opts.minEpisodes : 0;
  const pairs = enumerateClosePairs(view, {
    maxLagMs, maxCrowdAccounts: opts.maxCrowdAccounts, minEpisodes,
    maxEpisodeSpanMs: opts.episodes === 'slots' ? maxLagMs : Number.POSITIVE_INFINITY,
    excludeReposts: opts.reposts === 'exclude',
    capEpisodes: opts.capEpisodes,
  }, workspace);
  const et = pairs.edges;
  if (pairs.testedEdges === 0) return finish('no-pairs', pairs, [], 0);
  const scores = scoreEdges(view, pairs, opts, window);
  const outRows: number[] = [];
  for (let r = 0; r < scores.list.length; r++) if (scores.kept[r] === 1 || !opts.filter) outRows.push(r);
  if (outRows.length === 0) return finish('no-edges', pairs, [], 0);
  const rowA = Int32Array.from(outRows, (r) => et.a[scores.list[r]!]!);
  const rowB = Int32Array.from(outRows, (r) => et.b[scores.list[r]!]!);
  const { ids, rank } = rankAccounts(view, rowA, rowB);
  const width = ids.length;
  const sortKey = Float64Array.from(outRows, (_, k) => {
    const x = rank[rowA[k]!]!;
    const y = rank[rowB[k]!]!;
    return x < y ? x * width + y : y * width + x;
  });
  const order = Array.from(outRows.keys()).sort((x, y) => sortKey[x]! - sortKey[y]!);
  const outA = Int32Array.from(order, (k) => rowA[k]!);
  const outB = Int32Array.from(order, (k) => rowB[k]!);
  const matched = countMatchedPosts(view, pairs, maxLagMs, outA, outB);
  const names = view.table.accounts;
  for (const id of ids) graph.addNode(names[id]!, { posts: counts.postCount[id]!, hashtags: counts.hashtagCount[id]! });
  const rec = et.rec;
  const edges: AccountEdge[] = new Array<AccountEdge>(order.length);
  for (let k = 0; k < order.length; k++) {
    const r = outRows[order[k]!]!;
    const o = scores.list[r]! * EDGE_STRIDE;
    const aFirst = rank[outA[k]!]! < rank[outB[k]!]!;
    const cA = matched.sideA[k]!;
    const cB = matched.sideB[k]!;
    const coCount = rec[o + F_CO]!;
    const expected = scores.expected[r]!;
    const excess = rec[o + F_EPISODES]! - expected;
    const leadA = rec[o + F_LEAD_A2]! / 2;
    const leadB = rec[o + F_LEAD_B2]! / 2;
    const ePerm = scores.expectedPermutation?.[r];
    const source = names[aFirst ? outA[k]! : outB[k]!]!;
    const target = names[aFirst ? outB[k]! : outA[k]!]!;
    const episodes = rec[o + F_EPISODES]!;
    const sharedHashtags = rec[o + F_SHARED]!;
    const edgeSymmetry = Math.max(cA, cB) === 0 ? 0 : Math.min(cA, cB) / Math.max(cA, cB);
    const meanLagMs = rec[o + F_LAG]! / coCount;
    const leadSourceToTarget = aFirst ? leadA : leadB;
    const leadTargetToSource = aFirst ? leadB : leadA;
    const pValue = scores.pValue[r]!;
    const kept = scores.kept[r] === 1;
    // Plain literals with a fixed shape (no spreads): fast to build and to read back.
    let stats: AccountEdgeStats;
    let edge: AccountEdge;
    if (ePerm === undefined) {
      stats = { weight: excess, coCount, episodes, sharedHashtags, edgeSymmetry, meanLagMs, leadSourceToTarget, leadTargetToSource, expected, excess, pValue, kept };
      edge = { source, target, weight: excess, coCount, episodes, sharedHashtags, edgeSymmetry, meanLagMs, leadSourceToTarget, leadTargetToSource, expected, excess, pValue, kept };
    } else {
      const pValuePermutation = poissonUpperTail(coCount, ePerm);
      stats = { weight: excess, coCount, episodes, sharedHashtags, edgeSymmetry, meanLagMs, leadSourceToTarget, leadTargetToSource, expected, expectedPermutation: ePerm, pValuePermutation, excess, pValue, kept };
      edge = { source, target, weight: excess, coCount, episodes, sharedHashtags, edgeSymmetry, meanLagMs, leadSourceToTarget, leadTargetToSource, expected, expectedPermutation: ePerm, pValuePermutation, excess, pValue, kept };
    }
    graph.addEdgeWithKey(String(k), source, target, stats);
    edges[k] = edge;
  }
  return finish(undefined, pairs, edges, scores.keptCount);
}
