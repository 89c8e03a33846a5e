/**
 * Worker-thread entry of a parallel analyze (window-workers.ts): takes a run of the sorted
 * posts as columns, cuts the same windows as the main thread would (same origin, size and
 * step), analyses windows [lo, hi) up to tracking and posts each outcome as it is ready.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAccountGraphBuilder } from '../graph/index.js';
import type { AccountGraphOptions } from '../graph/index.js';
import { windowPostsSync } from '../windows/index.js';
import { decodePosts, type PostColumns } from './post-columns.js';
import { analyzeWindow, type WindowSettings } from './window-outcome.js';

/** What the main thread hands a worker. */
export interface WorkerInput {
  readonly columns: PostColumns;
  readonly graph: AccountGraphOptions;
  readonly settings: WindowSettings;
  readonly sizeMs: number;
  readonly stepMs: number;
  readonly originMs: number;
  /** Windows to analyse: [lo, hi). */
  readonly lo: number;
  readonly hi: number;
}

/** Messages a worker posts. */
export type WorkerMessage =
  | { readonly type: 'window'; readonly outcome: ReturnType<typeof analyzeWindow> }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string; readonly stack: string | undefined };

function run(input: WorkerInput, post: (message: WorkerMessage) => void): void {
  const posts = decodePosts(input.columns);
  const build = createAccountGraphBuilder(posts, input.graph);
  const { windows } = windowPostsSync(posts, { size: input.sizeMs, step: input.stepMs, originMs: input.originMs });
  for (const w of windows) {
    if (w.index < input.lo) continue;
    if (w.index >= input.hi) break;
    post({ type: 'window', outcome: analyzeWindow(w, build(w), input.settings) });
  }
  post({ type: 'done' });
}

if (parentPort !== null) {
  const port = parentPort;
  try {
    run(workerData as WorkerInput, (m) => port.postMessage(m));
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'error', message: e.message, stack: e.stack } satisfies WorkerMessage);
  }
}
