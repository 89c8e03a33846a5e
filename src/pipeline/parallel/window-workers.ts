/**
 * Windows analysed on worker threads. With the whole input buffered and sorted, the windows are
 * cut into contiguous ranges of about equal work (posts summed over the windows); the main
 * thread keeps the first range, each worker gets the posts of its range as columns (and the
 * main thread drops the posts only workers need). Every window goes through the same
 * {@link analyzeWindow}, and tracking takes the outcomes in window order on the main thread,
 * so the report is the same for any number of workers.
 */
import { availableParallelism } from 'node:os';
import type { AccountGraphOptions } from '../../graph/index.js';
import type { Post } from '../../ingest/index.js';
import { encodePosts } from './post-columns.js';
import type { WindowOutcome, WindowSettings } from '../window-outcome.js';
import { WorkerQueue } from './worker-queue.js';

/**
 * Below this many posts, `workers: 'auto'` stays on the main thread: each thread pays its own
 * start-up (decoding its posts, interning them, the first windows without warm caches), which
 * a million posts on two cores does not earn back (bench/README.md).
 */
export const AUTO_WORKERS_MIN_POSTS = 2_000_000;

/** A contiguous range of windows and the posts they need. */
export interface WindowRange {
  /** Windows [lo, hi). */
  readonly lo: number;
  readonly hi: number;
  /** Posts [postLo, postHi) of the sorted input. */
  readonly postLo: number;
  readonly postHi: number;
}

/** First index whose post time is ≥ t (posts sorted by time). */
function lowerBound(posts: readonly Post[], t: number): number {
  let lo = 0;
  let hi = posts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (posts[mid]!.timeMs < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many workers `workers` means for an input of `posts` posts. */
export function workerCount(workers: number | 'auto', posts: number): number {
  if (workers !== 'auto') return workers;
  if (posts < AUTO_WORKERS_MIN_POSTS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

/**
 * Split the windows of sorted posts into `parts` ranges of about equal work, each ending with a
 * window that has posts.
 * @param posts posts sorted by time.
 * @param originMs start of window 0.
 * @param sizeMs window length.
 * @param stepMs window step.
 * @param parts ranges wanted (fewer when there are fewer windows).
 * @returns the ranges, in window order (empty without windows).
 */
export function splitWindows(posts: readonly Post[], originMs: number, sizeMs: number, stepMs: number, parts: number): WindowRange[] {
  if (posts.length === 0 || posts[posts.length - 1]!.timeMs < originMs) return [];
  const windows = Math.floor((posts[posts.length - 1]!.timeMs - originMs) / stepMs) + 1;
  const work = new Float64Array(windows + 1);
  for (let k = 0; k < windows; k++) {
    const start = originMs + k * stepMs;
    work[k + 1] = work[k]! + lowerBound(posts, start + sizeMs) - lowerBound(posts, start);
  }
  // A range must end with a window that has posts: cut from its posts alone, a range's trailing
  // empty windows (after its last post) would not be cut at all. Cut points: after a window with posts.
  const cutPoints: number[] = [];
  for (let c = 1; c < windows; c++) if (work[c]! > work[c - 1]!) cutPoints.push(c);
  const n = Math.min(parts, cutPoints.length + 1);
  const total = work[windows]!;
  const ranges: WindowRange[] = [];
  let lo = 0;
  let next = 0;
  for (let i = 0; i < n; i++) {
    let hi = windows;
    if (i < n - 1) {
      // the first cut point at or past this range's share of the work, leaving one for each later range
      const target = (total * (i + 1)) / n;
      const last = cutPoints.length - (n - 1 - i);
      while (next < last && work[cutPoints[next]!]! < target) next++;
      hi = cutPoints[next++]!;
    }
    const startLo = originMs + lo * stepMs;
    const endHi = originMs + (hi - 1) * stepMs + sizeMs;
    ranges.push({ lo, hi, postLo: lowerBound(posts, startLo), postHi: lowerBound(posts, endHi) });
    lo = hi;
  }
  return ranges;
}

/** Workers for every range but the first, read in window order. */
export class WindowWorkers {
  private readonly workers: WorkerQueue<WindowOutcome>[] = [];
  private current = 0;

  /**
   * Start one worker per range after the first.
   * @param posts the sorted posts.
   * @param ranges from {@link splitWindows}.
   * @param graph account graph options.
   * @param settings window settings.
   * @param window size, step and origin of the windows.
   */
  constructor(
    posts: readonly Post[], ranges: readonly WindowRange[], graph: AccountGraphOptions, settings: WindowSettings,
    window: { sizeMs: number; stepMs: number; originMs: number },
  ) {
    for (const r of ranges.slice(1)) {
      const { columns, transfer } = encodePosts(posts, r.postLo, r.postHi);
      this.workers.push(new WorkerQueue<WindowOutcome>({ task: 'windows', columns, graph, settings, ...window, lo: r.lo, hi: r.hi }, transfer));
    }
  }

  /** The next window's outcome (window order), or undefined after the last. */
  async next(): Promise<WindowOutcome | undefined> {
    while (this.current < this.workers.length) {
      const outcome = await this.workers[this.current]!.next();
      if (outcome !== undefined) return outcome;
      this.current++;
    }
    return undefined;
  }

  /** Stop every worker (after the last outcome, or when the run is abandoned). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
