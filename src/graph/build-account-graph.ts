/**
 * The account co-occurrence graph of a window (DESIGN.md §5, METRICS.md §1, §6.1):
 *
 *   1. the window's occurrences grouped by hashtag, from the rows of the run's window table
 *      (posts interned once per run: windows/window-table.ts; occurrence-table.ts);
 *   2. enumerate the close pairs per hashtag (sort + two pointers, crowd cap) and
 *      aggregate them per account pair (enumerate-close-pairs.ts);
 *   3. expected episodes under the time-shift null (expect-edges.ts), excess =
 *      episodes − expected, Poisson p-value, Benjamini–Hochberg over every candidate
 *      pair (score-edges.ts);
 *   4. the graphology graph, built once from the output edges (account-graph-of-view.ts).
 *
 * {@link createAccountGraphBuilder} (and {@link buildAccountGraphs}) does the same for a
 * sequence of (sliding) windows over one window table: each post is interned and sorted once
 * instead of once per window that holds it (four times with 24 h windows every 6 h), and the
 * large pair buffers are reused across windows. Pairs are still enumerated per window, because
 * crowd flags and bursts depend on the window's edges; the results equal the per-window ones.
 */
import type { Post } from '../ingest/index.js';
import { comparePosts, createWindowTable, WindowTable, type Window, type WindowView } from '../windows/index.js';
import { accountGraphOfView } from './account-graph-of-view.js';
import type { PairWorkspace } from './enumerate-close-pairs.js';
import { estimateMaxLagFromView } from './estimate-max-lag.js';
import {
  buildOccurrenceTable, fullView, occurrenceTableOfRows, sortedPostOrder, timeView, type OccurrenceTable, type TableView,
} from './occurrence-table.js';
import { resolveAccountGraphOptions } from './resolve-account-graph-options.js';
import type { AccountGraphOptions, AccountGraphResult, ResolvedAccountGraphOptions } from './types.js';

function graphOfView(
  view: TableView, window: Window, opts: ResolvedAccountGraphOptions, started: number, workspace?: PairWorkspace,
): AccountGraphResult {
  const maxLagMs = opts.maxLagMs === 'auto' ? estimateMaxLagFromView(view).maxLagMs : opts.maxLagMs;
  const lengthMs = opts.windowLengthMs ?? Math.max(1, window.endMs - window.startMs);
  return accountGraphOfView(view, { startMs: window.startMs, lengthMs }, { ...opts, maxLagMs }, started, workspace);
}

/**
 * Build the account co-occurrence graph of one window.
 * @param window a window (its posts in any order; `startMs`/`endMs` give the null's L).
 * @param options Δt, FDR q, minimum episodes, crowd cap, filter, nulls (DESIGN.md §5 defaults).
 * @returns the graph of kept edges (weight = excess episodes), the edge list sorted by
 *   (source, target), the Δt used, crowd flags per post (same index as `window.posts`) and
 *   diagnostics; `status: 'skipped'` with a reason when the window has no posts, one
 *   account, no close pairs or no kept edge.
 * @throws {InvalidOptionsError} for invalid options.
 * @example
 * const result = buildAccountGraph(window, { maxLagMs: '60s' });
 * if (result.status === 'analyzed') result.graph.forEachEdge((e, attrs) => attrs.episodes);
 */
export function buildAccountGraph(window: Window, options?: AccountGraphOptions): AccountGraphResult {
  const started = performance.now();
  const opts = resolveAccountGraphOptions(options);
  return graphOfView(fullView(buildOccurrenceTable(window.posts, true)), window, opts, started);
}


/**
 * Build the account graphs of a sequence of windows (such as `windowPostsSync(...).windows`)
 * with one shared interned table. Same results as `windows.map(w => buildAccountGraph(w, options))`.
 * Windows whose posts are not exactly the shared table's posts of `[startMs, endMs)` in
 * (timeMs, id) order (hand-made windows) fall back to {@link buildAccountGraph}.
 * @param windows windows in index order, posts sorted by (timeMs, id) as windowPosts emits them.
 * @param options as {@link buildAccountGraph}.
 * @returns one result per window, in the same order.
 * @throws {InvalidOptionsError} for invalid options.
 * @example
 * const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
 * const graphs = buildAccountGraphs(windows);
 */
export function buildAccountGraphs(windows: readonly Window[], options?: AccountGraphOptions): AccountGraphResult[] {
  const merged: Post[] = [];
  let last: Post | undefined;
  for (const w of windows) {
    for (const p of w.posts) {
      if (last === undefined || comparePosts(p, last) > 0) {
        merged.push(p);
        last = p;
      }
    }
  }
  const build = createAccountGraphBuilder(merged, options);
  return windows.map((w) => build(w));
}

/**
 * A window-by-window graph builder over one run's window table (windows/window-table.ts):
 * the posts are interned once, and each window's occurrence lists come from the table's rows.
 * - Called with a window only (a table holding every post, or an array of posts): the whole
 *   table's occurrences are grouped once and each window is a view of them (a binary search per
 *   hashtag), instead of interning every post again in each window that holds it (four times
 *   with 24 h windows every 6 h). A window whose posts are not exactly the table's posts of
 *   `[startMs, endMs)` in (timeMs, id) order falls back to {@link buildAccountGraph}.
 * - Called with the window's rows (`view`, a streamed run: `table.sync(window)`): the
 *   occurrences of those rows only, in buffers reused from window to window.
 * The pair buffers are reused across the builder's windows (reallocating tens of megabytes per
 * window made the garbage collector run full-heap passes over every post held by the caller);
 * they belong to the builder, so they go when the run drops it. Same results as
 * {@link buildAccountGraph}.
 * @param source every post the windows will hold (any order; sorted by (timeMs, id) here), or
 *   the run's window table.
 * @param options as {@link buildAccountGraph}.
 * @returns `(window, view?) => result`, to call once per window.
 * @throws {InvalidOptionsError} for invalid options.
 * @example
 * const build = createAccountGraphBuilder(sortedPosts, { maxLagMs: '60s' });
 * for (const w of windowPostsSync(sortedPosts, { size: '24h', step: '6h' }).windows) build(w);
 */
export function createAccountGraphBuilder(
  source: readonly Post[] | WindowTable, options?: AccountGraphOptions,
): (window: Window, view?: WindowView) => AccountGraphResult {
  const opts = resolveAccountGraphOptions(options);
  const workspace: PairWorkspace = { edges: undefined, crowd: undefined };
  let table: WindowTable;
  if (source instanceof WindowTable) table = source;
  else {
    // Interned from the (timeMs, id)-sorted posts, so that a window is a run of rows.
    const order = sortedPostOrder(source);
    let identity = true;
    for (let i = 0; i < order.length && identity; i++) identity = order[i] === i;
    table = createWindowTable();
    table.appendAll(identity ? source : Array.from(order, (i) => source[i]!));
  }
  let whole: OccurrenceTable | undefined;
  return (window, view) => {
    const started = performance.now();
    if (view !== undefined) return graphOfView(fullView(occurrenceTableOfRows(view, true)), window, opts, started, workspace);
    const rows = table.viewOf(window);
    if (rows === undefined) return graphOfView(fullView(buildOccurrenceTable(window.posts, true)), window, opts, started, workspace);
    whole ??= occurrenceTableOfRows({ table, lo: 0, hi: table.rows });
    return graphOfView(timeView(whole, window.startMs, window.endMs), window, opts, started, workspace);
  }
}
