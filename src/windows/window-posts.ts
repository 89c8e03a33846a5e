/**
 * Tumbling and sliding windows over posts (DESIGN.md §2 "window", §8 "input is streamed").
 *
 * Window k is the half-open interval `[originMs + k·step, originMs + k·step + size)`; with
 * `step = size` windows tumble, with `step < size` they slide and a post falls in
 * `⌈size/step⌉` windows (fewer at the edges: windows start at k = 0, and the last window is
 * the last one that starts at or before the newest post). Default origin: the earliest post's
 * time floored to a multiple of `step` since the epoch — it depends on the data, not on
 * the input order. Empty windows between non-empty ones are emitted with `posts: []`.
 */
import { POST_BATCHES } from '../ingest/index.js';
import type { Post } from '../ingest/index.js';
import { resolveWindowOptions } from './resolve-window-options.js';
import type { ResolvedWindowOptions, Window, WindowOptions, WindowsResult, WindowStats, WindowStream } from './types.js';
import { checkWindowCount, type PostSpan } from './window-count.js';
import {
  comparePosts,
  emptyStats,
  ReorderBuffer,
  snapshotStats,
  WindowAssembler,
  type MutableWindowStats,
} from './window-assembler.js';

/** The batch iterator of an ingest stream ({@link POST_BATCHES}), when `value` is one. */
function postBatches(value: unknown): AsyncIterable<Post[]> | undefined {
  if (value === null || typeof value !== 'object' || !(POST_BATCHES in value)) return undefined;
  const batches = (value as { [POST_BATCHES]: unknown })[POST_BATCHES];
  return typeof batches === 'function' ? (batches as () => AsyncIterable<Post[]>).call(value) : undefined;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Post> {
  return value !== null && typeof value === 'object' && Symbol.asyncIterator in value;
}

/**
 * Check up front that posts sorted by time need at most `maxWindows` windows (the error then
 * names where most posts lie, which points at outlier timestamps).
 * @param sorted posts sorted by time.
 * @param opts resolved options.
 * @throws {InvalidOptionsError} naming `step` when they need more.
 */
export function checkSortedSpan(sorted: readonly Post[], opts: ResolvedWindowOptions): void {
  if (sorted.length === 0 || opts.maxWindows === Infinity) return;
  const first = sorted[0]!.timeMs;
  const originMs = opts.originMs ?? Math.floor(first / opts.stepMs) * opts.stepMs;
  checkWindowCount('windows', 'step', opts.stepInput, { stepMs: opts.stepMs, originMs, maxWindows: opts.maxWindows }, spanOfSorted(sorted));
}

/**
 * The span of posts sorted by time, with the central 98 % of them (what outliers stretch).
 * @param sorted posts sorted by time, at least one.
 * @returns earliest, latest, and the 1st–99th percentile times.
 */
export function spanOfSorted(sorted: readonly Post[]): PostSpan {
  const n = sorted.length;
  const at = (q: number): number => sorted[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))]!.timeMs;
  return { earliestMs: sorted[0]!.timeMs, latestMs: sorted[n - 1]!.timeMs, ...(n >= 100 ? { bulk: { share: 0.98, fromMs: at(0.01), toMs: at(0.99) } } : {}) };
}

/**
 * Cut posts into windows, all in memory. The input may be in any order; it is sorted by
 * (timeMs, id) first, so nothing is late.
 * @param posts the posts (any iterable, any order).
 * @param options window size and step (default 24 h every 6 h), origin.
 * @returns the windows in index order (empty ones included) and the counts.
 * @throws {InvalidOptionsError} for invalid options, and (naming `step`) when the posts' span
 *   needs more than `maxWindows` windows — before any window is cut.
 * @example
 * const { windows } = windowPostsSync(posts, { size: '1h', step: '1h' });
 * windows[0].posts; // posts of the first hour, sorted by (timeMs, id)
 */
export function windowPostsSync(posts: Iterable<Post>, options?: WindowOptions): WindowsResult {
  const opts = resolveWindowOptions(options);
  const stats = emptyStats();
  const sorted = Array.from(posts).sort(comparePosts);
  checkSortedSpan(sorted, opts);
  const assembler = new WindowAssembler(opts, stats);
  const windows: Window[] = [];
  for (const post of sorted) {
    stats.posts++;
    assembler.push(post, windows);
  }
  assembler.finish(windows);
  return { windows, stats: snapshotStats(stats) };
}

async function* streamWindows(
  source: Iterable<Post> | AsyncIterable<Post>,
  options: WindowOptions | undefined,
  stats: MutableWindowStats,
): AsyncGenerator<Window, void, undefined> {
  const opts = resolveWindowOptions(options);
  const assembler = new WindowAssembler(opts, stats);
  const reorder = new ReorderBuffer(opts.allowedLatenessMs);
  const released: Post[] = [];
  const ready: Window[] = [];
  const input: Iterable<Post> | AsyncIterable<Post> = Array.isArray(source)
    ? (source as readonly Post[]).slice().sort(comparePosts)
    : source;
  // One plain call per post (a generator only when a window closes); the windows a post closes
  // are yielded right after it.
  const consume = (post: Post): void => {
    stats.posts++;
    if (reorder.offer(post, released)) {
      stats.late++;
      opts.onSkippedPost?.(post, 'late');
      return;
    }
    for (let i = 0; i < released.length; i++) assembler.push(released[i]!, ready);
    released.length = 0;
  };
  const takeReady = function* (): Generator<Window> {
    yield* ready;
    ready.length = 0;
  };
  const batches = postBatches(input);
  if (batches !== undefined) {
    // An ingest stream: its batches, not an await per post.
    for await (const batch of batches) {
      for (let i = 0; i < batch.length; i++) {
        consume(batch[i]!);
        if (ready.length > 0) yield* takeReady();
      }
    }
  } else if (isAsyncIterable(input)) {
    for await (const post of input) {
      consume(post);
      if (ready.length > 0) yield* takeReady();
    }
  } else {
    for (const post of input) {
      consume(post);
      if (ready.length > 0) yield* takeReady();
    }
  }
  reorder.drain(released);
  for (const p of released) assembler.push(p, ready);
  assembler.finish(ready);
  yield* ready;
}

/**
 * Cut a stream of posts into windows, emitting each window as soon as it closes (a post at
 * or after its end arrives, or the input ends): memory holds one window plus the overlap,
 * not the whole input.
 *
 * Order: an array may be in any order (it is sorted first). Any other iterable must be in
 * nondecreasing time order up to `allowedLatenessMs` (default 0): posts are held that long
 * in a reorder buffer; a post older than the newest post seen minus `allowedLatenessMs` is
 * *late* — counted in `stats.late` and passed to `onSkippedPost`, never placed silently
 * in some of its windows.
 * @param source posts: an array (any order), or an iterable / async iterable in time order.
 * @param options window size and step (default 24 h every 6 h), origin, lateness, callback.
 * @returns an async iterable of windows in index order; its `stats` are final once the
 *   iteration has ended.
 * @throws {InvalidOptionsError} for invalid options (when iteration starts), and (naming `step`)
 *   as soon as a post would open more than `maxWindows` windows.
 * @example
 * const stream = windowPosts(readPosts(file), { size: '24h', step: '6h', allowedLatenessMs: '5m' });
 * for await (const window of stream) analyse(window);
 * stream.stats.late; // posts that arrived too late
 */
export function windowPosts(
  source: Iterable<Post> | AsyncIterable<Post>,
  options?: WindowOptions,
): WindowStream {
  resolveWindowOptions(options);
  const stats = emptyStats();
  return {
    get stats(): WindowStats {
      return snapshotStats(stats);
    },
    [Symbol.asyncIterator]: () => streamWindows(source, options, stats),
  };
}
