/**
 * Windows analysed on worker threads. With the whole input buffered and sorted, the windows are
 * cut into contiguous ranges of about equal work (posts summed over the windows); the main
 * thread keeps the first range, each worker gets the posts of its range as columns (and the
 * main thread drops the posts only workers need). Every window goes through the same
 * {@link analyzeWindow}, and tracking takes the outcomes in window order on the main thread,
 * so the report is the same for any number of workers.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AccountGraphOptions } from '../graph/index.js';
import type { Post } from '../ingest/index.js';
import { encodePosts } from './post-columns.js';
import type { WorkerInput, WorkerMessage } from './analyze-worker.js';
import type { WindowOutcome, WindowSettings } from './window-outcome.js';

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
 * Split the windows of sorted posts into `parts` ranges of about equal work.
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
  const n = Math.min(parts, windows);
  const total = work[windows]!;
  const ranges: WindowRange[] = [];
  let lo = 0;
  for (let i = 0; i < n; i++) {
    const target = (total * (i + 1)) / n;
    let hi = i === n - 1 ? windows : lo + 1;
    // leave at least one window for each later range
    while (i < n - 1 && hi < windows - (n - 1 - i) && work[hi]! < target) hi++;
    const startLo = originMs + lo * stepMs;
    const endHi = originMs + (hi - 1) * stepMs + sizeMs;
    ranges.push({ lo, hi, postLo: lowerBound(posts, startLo), postHi: lowerBound(posts, endHi) });
    lo = hi;
  }
  return ranges;
}

/** How to start the worker: the built file beside this module, or the TypeScript source through tsx. */
function spawn(input: WorkerInput, transferList: ArrayBuffer[]): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Running from the sources (tests, benchmarks): register tsx in the worker, then load it.
    const api = tsxEsmApi(here);
    const entry = new URL('./analyze-worker.ts', here).href;
    const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true, workerData: input, transferList });
  }
  return new Worker(new URL(workerFileName(here), here), { workerData: input, transferList });
}

/** File URL of tsx's ESM register API (its CommonJS twin does not register ESM hooks in a worker). */
function tsxEsmApi(here: string): string {
  const packageJson = createRequire(here).resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(packageJson, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
  return pathToFileURL(join(dirname(packageJson), exported.import.default)).href;
}

function workerFileName(here: string): string {
  return here.endsWith('.cjs') ? './analyze-worker.cjs' : './analyze-worker.js';
}

/** Whether a worker can be started from here (false when bundled without the worker file). */
export function workersAvailable(): boolean {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return true;
  try {
    return existsSync(fileURLToPath(new URL(workerFileName(here), here)));
  } catch {
    return false;
  }
}

/** One worker and the outcomes it has sent, in order. */
class WindowWorker {
  private readonly queue: WindowOutcome[] = [];
  private head = 0;
  private done = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  readonly worker: Worker;

  constructor(input: WorkerInput, transferList: ArrayBuffer[]) {
    this.worker = spawn(input, transferList);
    this.worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'window') this.queue.push(m.outcome);
      else if (m.type === 'done') this.done = true;
      else this.fail(Object.assign(new Error(`hashtag-swarms/report: a window worker failed: ${m.message}`), { stack: m.stack }));
      this.notify();
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => {
      if (!this.done) this.fail(new Error(`hashtag-swarms/report: a window worker stopped (exit code ${code}) before its last window`));
    });
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** The next outcome, or undefined once the worker is done. */
  async next(): Promise<WindowOutcome | undefined> {
    for (;;) {
      if (this.head < this.queue.length) {
        const outcome = this.queue[this.head]!;
        this.queue[this.head++] = undefined as unknown as WindowOutcome;
        return outcome;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.done) return undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }
}

/** Workers for every range but the first, read in window order. */
export class WindowWorkers {
  private readonly workers: WindowWorker[] = [];
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
      this.workers.push(new WindowWorker({ columns, graph, settings, ...window, lo: r.lo, hi: r.hi }, transfer));
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
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
