/**
 * Starting an analyze worker thread (analyze-worker.ts) and reading what it sends, in order.
 * The worker is the built file beside this module (`analyze-worker.js` for ESM,
 * `analyze-worker.cjs` for CommonJS), or, when running from the TypeScript sources (tests,
 * benchmarks), the source file loaded through tsx.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerInput, WorkerMessage } from './analyze-worker.js';

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

function spawn(input: WorkerInput, transferList: ArrayBuffer[]): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./analyze-worker.ts', here).href;
    const code = `import(${JSON.stringify(tsxEsmApi(here))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true, workerData: input, transferList });
  }
  return new Worker(new URL(workerFileName(here), here), { workerData: input, transferList });
}

/** A started worker and the items it has sent, read in order. */
export class WorkerQueue<T> {
  private readonly queue: (T | undefined)[] = [];
  private head = 0;
  private done = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private readonly worker: Worker;

  /**
   * Start a worker.
   * @param input what the worker does.
   * @param transferList buffers of `input` moved (not copied) to the worker.
   * @param acknowledge post `'ack'` to the worker for each item taken (its flow control).
   */
  constructor(input: WorkerInput, transferList: ArrayBuffer[] = [], private readonly acknowledge = false) {
    this.worker = spawn(input, transferList);
    this.worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'item') this.queue.push(m.item as T);
      else if (m.type === 'done') this.done = true;
      else this.fail(Object.assign(new Error(`hashtag-swarms/report: a worker thread failed: ${m.message}`), { stack: m.stack }));
      this.notify();
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => {
      if (!this.done) this.fail(new Error(`hashtag-swarms/report: a worker thread stopped (exit code ${code}) before it was done`));
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

  /** The next item, or undefined once the worker is done; rejects if the worker failed. */
  async next(): Promise<T | undefined> {
    for (;;) {
      if (this.head < this.queue.length) {
        const item = this.queue[this.head] as T;
        this.queue[this.head++] = undefined;
        // Drained: start over, so that a long streamed read does not grow the array.
        if (this.head === this.queue.length) {
          this.queue.length = 0;
          this.head = 0;
        }
        if (this.acknowledge) this.worker.postMessage('ack');
        return item;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.done) return undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  /** Items received and not yet taken. */
  get buffered(): number {
    return this.queue.length - this.head;
  }

  /** Stop the worker (when done, or when the run is abandoned). */
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
