/**
 * Worker-thread entry of a parallel analyze. Two tasks:
 * - `windows` (window-workers.ts): take a run of the sorted posts as columns, cut the same
 *   windows as the main thread would (same origin, size and step), analyse windows [lo, hi)
 *   up to tracking and send each outcome as it is ready;
 * - `read` (split-read.ts): parse, adapt and validate the lines of an NDJSON file from a byte
 *   offset on, or the records of a whole file in any format, and send the valid posts as columns
 *   (with `maxAhead`, waiting for the main thread's acknowledgements); a record with any problem
 *   is sent as parsed, so the main thread rejects it with its own record numbering, exactly as a
 *   single-thread read.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { AccountGraphOptions } from '../../graph/index.js';
import { isRecordProblem, resolveIngestOptions, validateRecord } from '../../ingest/index.js';
import type { DraftPost, IngestOptions } from '../../ingest/index.js';
import { readFileItems, readNdjsonRange, selectAdapter } from '../../sources/index.js';
import type { FieldMap, RecordFormat, RecordSchema, TextItem } from '../../sources/index.js';
import { windowPostsSync } from '../../windows/index.js';
import { decodePosts, encodePosts, type PostColumns } from './post-columns.js';
import { StringTable } from '../../_lib/string-table.js';
import { createWindowRunner, type WindowOutcome, type WindowSettings } from '../window-outcome.js';

/** The `windows` task. */
export interface WindowsTask {
  readonly task: 'windows';
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

/** The `read` task. */
export interface ReadTask {
  readonly task: 'read';
  readonly file: string;
  /** First byte (just after a `\n`, NDJSON only), or 0: the whole file, in `format`. */
  readonly start: number;
  /** Format of the whole file (start 0); undefined: sniffed, as readRecords does. */
  readonly format?: RecordFormat;
  readonly maxLineBytes: number;
  readonly schema: RecordSchema;
  readonly map: FieldMap;
  readonly ingest: Omit<IngestOptions, 'onRejection'>;
  /**
   * Batches sent and not yet taken before the worker waits (the main thread posts `'ack'` for
   * each batch it takes): bounds the memory of a streamed read. Absent: no wait.
   */
  readonly maxAhead?: number;
}

/** What the main thread hands a worker. */
export type WorkerInput = WindowsTask | ReadTask;

/**
 * One batch of a `read` task, in input order: `kinds[i]` 0 is the next valid post (with its line
 * in `postLines`), 1 the next parsed line in `items` (a problem line, for the main thread).
 */
export interface ReadBatch {
  readonly kinds: Uint8Array;
  readonly postLines: Int32Array;
  readonly columns: PostColumns;
  readonly items: readonly TextItem[];
}

/** Messages a worker posts. */
export type WorkerMessage =
  | { readonly type: 'item'; readonly item: WindowOutcome | ReadBatch }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string; readonly stack: string | undefined };

type Send = (message: WorkerMessage, transfer?: ArrayBuffer[]) => void;

function runWindows(input: WindowsTask, send: Send): void {
  const posts = decodePosts(input.columns);
  // This thread's own window table: its posts are interned once for its range of windows.
  const analyzeNext = createWindowRunner(posts, input.graph, input.settings);
  // The main thread checked the window count against maxWindows before splitting the work.
  const { windows } = windowPostsSync(posts, { size: input.sizeMs, step: input.stepMs, originMs: input.originMs, maxWindows: Infinity });
  for (const w of windows) {
    if (w.index < input.lo) continue;
    if (w.index >= input.hi) break;
    send({ type: 'item', item: analyzeNext(w) });
  }
  send({ type: 'done' });
}

/** Lines before byte `end` of a file. */
async function countLines(file: string, end: number): Promise<number> {
  if (end === 0) return 0;
  let lines = 0;
  for await (const chunk of createReadStream(file, { start: 0, end: end - 1, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

/** Posts per batch sent to the main thread. */
const READ_BATCH_POSTS = 8192;

async function runRead(input: ReadTask, send: Send, room: () => Promise<void>): Promise<void> {
  const firstLine = 1 + await countLines(input.file, input.start);
  const adapter = selectAdapter(input.schema, input.map);
  const options = resolveIngestOptions(input.ingest);
  let kinds: number[] = [];
  let lines: number[] = [];
  let posts: DraftPost[] = [];
  let items: TextItem[] = [];
  // One name table for the whole read: each batch carries only the names new to it.
  const names = new StringTable(1024);
  const flush = (): void => {
    if (kinds.length === 0) return;
    const { columns, transfer } = encodePosts(posts, 0, posts.length, names);
    const batch: ReadBatch = { kinds: Uint8Array.from(kinds), postLines: Int32Array.from(lines), columns, items };
    send({ type: 'item', item: batch }, [...transfer, batch.kinds.buffer as ArrayBuffer, batch.postLines.buffer as ArrayBuffer]);
    kinds = [];
    lines = [];
    posts = [];
    items = [];
  };
  const valid: DraftPost[] = [];
  const source = input.start === 0
    ? readFileItems(input.file, input.format, input.maxLineBytes)
    : readNdjsonRange(input.file, input.start, undefined, input.maxLineBytes, firstLine);
  for await (const batch of source) {
    for (const item of batch) {
      valid.length = 0;
      let clean = item.ok && item.value !== null && typeof item.value === 'object' && !Array.isArray(item.value);
      if (clean) {
        for (const result of adapter((item as { value: Record<string, unknown> }).value)) {
          const post = 'rejected' in result && result.rejected === true ? undefined : validateRecord(result as Record<string, unknown>, options);
          if (post === undefined || isRecordProblem(post)) {
            clean = false;
            break;
          }
          valid.push(post);
        }
      }
      if (!clean) {
        kinds.push(1);
        items.push(item);
        continue;
      }
      for (const post of valid) {
        kinds.push(0);
        lines.push(item.line!);
        posts.push(post);
      }
    }
    if (posts.length >= READ_BATCH_POSTS || items.length >= 1024) {
      flush();
      await room();
    }
  }
  flush();
  send({ type: 'done' });
}

/**
 * Flow control of a streamed read: the returned wait resolves once fewer than `maxAhead` batches
 * are unacknowledged by the main thread.
 */
function credits(port: MessagePort, maxAhead: number): () => Promise<void> {
  let acked = 0;
  let sentSoFar = 0;
  let wake: (() => void) | undefined;
  port.on('message', (m: unknown) => {
    if (m !== 'ack') return;
    acked++;
    const w = wake;
    wake = undefined;
    w?.();
  });
  // Called after each batch sent.
  return async () => {
    sentSoFar++;
    while (sentSoFar - acked >= maxAhead) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
}

if (parentPort !== null) {
  const port = parentPort;
  const send: Send = (m, transfer) => port.postMessage(m, transfer ?? []);
  const fail = (error: unknown): void => {
    const e = error instanceof Error ? error : new Error(String(error));
    send({ type: 'error', message: e.message, stack: e.stack });
  };
  const input = workerData as WorkerInput;
  try {
    if (input.task === 'windows') runWindows(input, send);
    else runRead(input, send, input.maxAhead === undefined ? async () => {} : credits(port, input.maxAhead)).catch(fail);
  } catch (error) {
    fail(error);
  }
}
