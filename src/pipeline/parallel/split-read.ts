/**
 * A large file read with a worker thread.
 * - Split (NDJSON, `order: 'any'`): the main thread reads, parses and validates the first part of
 *   the file as usual; a worker does the same for the rest (from the first line start after the
 *   split byte) and sends its valid posts as columns.
 * - Whole (any format, `order: 'time'`): the worker reads the whole file and the main thread only
 *   takes its posts, a few batches behind, while it analyses the windows.
 * Either way the main thread's ingest engine takes the worker's posts in file order: record
 * indexes, line numbers, duplicates, merges, rejections (a problem line is re-read on the main
 * thread) and counts are exactly those of a single-thread read.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { availableParallelism } from 'node:os';
import { Counters, IngestEngine, POST_BATCHES, resolveIngestOptions } from '../../ingest/index.js';
import type { IngestOptions, IngestStats, Post, PostBatchStream, Rejection } from '../../ingest/index.js';
import { adaptItems, formatFromPath, RECORD_BATCHES, readRecordsHead, selectAdapter } from '../../sources/index.js';
import type { RawRecord, RecordFormat, ResolvedReadRecordsOptions } from '../../sources/index.js';
import type { ReadBatch } from './analyze-worker.js';
import { decodePosts } from './post-columns.js';
import { WorkerQueue, workersAvailable } from './worker-queue.js';

/** Below this size, `readWorker: 'auto'` reads on the main thread alone. */
export const AUTO_SPLIT_READ_BYTES = 32 * 1024 * 1024;

/**
 * Share of the file the main thread parses: besides its part it decodes and de-duplicates the
 * worker's posts. Set where both threads end together at 1M posts (bench/README.md,
 * "Measurements behind implementation choices").
 */
const MAIN_SHARE = 0.45;

/**
 * Where to split a file for a two-thread read, or undefined when it is not split: not NDJSON,
 * gzip, too small for `'auto'`, one core, or no line start after the split point.
 * @param file the path.
 * @param format the format option (null: from the extension).
 * @param mode the readWorker option.
 * @returns the first byte the worker reads.
 */
export function planSplitRead(file: string, format: string | null, mode: boolean | 'auto'): number | undefined {
  if (mode === false || (format ?? formatFromPath(file)) !== 'ndjson' || !workersAvailable()) return undefined;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return undefined;
  }
  if (mode === 'auto' && (size < AUTO_SPLIT_READ_BYTES || availableParallelism() < 2)) return undefined;
  if (isGzip(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    for (let at = Math.floor(size * MAIN_SHARE); at < size; at += buf.length) {
      const n = readSync(fd, buf, 0, buf.length, at);
      if (n <= 0) return undefined;
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl !== -1) return at + nl + 1 < size ? at + nl + 1 : undefined;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Batches of 8,192 posts a streamed read worker may have sent ahead of the main thread (with
 * `order: 'time'` memory stays bounded by the open windows, not by the file).
 */
export const READ_AHEAD_BATCHES = 8;

/**
 * Whether a file read in time order (`order: 'time'`) is parsed whole by a worker thread (split
 * 0), at most {@link READ_AHEAD_BATCHES} batches ahead of the windows the main thread analyses:
 * any known format, gzip included. Conditions as for the split: `readWorker` not false, a
 * worker file to start, and on `'auto'` 32 MB of content or more (for gzip, uncompressed) and two cores.
 * (With `order: 'any'`, a whole-file worker read of CSV or gzip does not pay: the main thread's
 * decoding, ingest and post objects cost what the parse did; only the time-ordered run, which
 * analyses windows meanwhile, gains.)
 * @param file the path.
 * @param format the format option (null: from the extension).
 * @param mode the readWorker option.
 * @returns the file's format (the option, else from the extension) to read it in a worker, or
 *   undefined to read it on the main thread.
 */
export function planWholeRead(file: string, format: RecordFormat | null, mode: boolean | 'auto'): RecordFormat | undefined {
  const known = format ?? formatFromPath(file);
  if (mode === false || known === undefined || !workersAvailable()) return undefined;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return undefined;
  }
  return size > 0 && (mode === true || (contentBytes(file, size) >= AUTO_SPLIT_READ_BYTES && availableParallelism() >= 2)) ? known : undefined;
}

/**
 * Bytes of the file's content: its size, or for gzip the larger of that and the uncompressed
 * size its trailer records (ISIZE, modulo 2³² — a file of 4 GB or more is large compressed too).
 * A 27 MB gzip of 1M posts holds 163 MB of NDJSON, and reading it beside the windows pays as
 * much as for the plain file (bench/README.md, "Measurements behind implementation choices").
 */
function contentBytes(file: string, size: number): number {
  if (size < 18 || !isGzip(file)) return size;
  const fd = openSync(file, 'r');
  try {
    const tail = Buffer.alloc(4);
    return readSync(fd, tail, 0, 4, size - 4) === 4 ? Math.max(size, tail.readUInt32LE(0)) : size;
  } finally {
    closeSync(fd);
  }
}

function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** The worker's next batch; a failure of the worker's read is the InputError a single-thread read would throw. */
async function nextBatch(worker: WorkerQueue<ReadBatch>, file: string): Promise<ReadBatch | undefined> {
  try {
    return await worker.next();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError('unreadable-input', `hashtag-swarms/sources: ${JSON.stringify(file)} could not be read to the end (${why}). Check the file.`, { cause: error });
  }
}

/**
 * Ingest an NDJSON file read by the main thread up to `split` and by a worker from there.
 * @param file the path.
 * @param read resolved read options (schema, map, maxLineBytes).
 * @param options ingest options (with `onRejection`).
 * @param split the first byte of the worker's part, from {@link planSplitRead}; 0: the worker
 *   reads the whole file (see {@link planWholeRead}), in `read.format` (undefined: sniffed),
 *   at most {@link READ_AHEAD_BATCHES} batches ahead of the reader.
 * @returns the same stream of posts, stats and rejections as `ingestStream(readRecords(file))`.
 */
export function ingestSplitFile(file: string, read: ResolvedReadRecordsOptions, options: IngestOptions, split: number): PostBatchStream {
  const resolved = resolveIngestOptions(options);
  // The stream keeps only the counters: the engine (with every id seen) is dropped with the read.
  const holder = { counters: new Counters() };
  const { onRejection: _main, ...ingest } = options;
  async function* batches(): AsyncGenerator<Post[]> {
    const engine = new IngestEngine(resolved);
    holder.counters = engine.counters;
    const whole = split === 0;
    const worker = new WorkerQueue<ReadBatch>({
      task: 'read', file, start: split, maxLineBytes: read.maxLineBytes, schema: read.schema ?? 'generic', map: read.map, ingest,
      ...(whole ? { maxAhead: READ_AHEAD_BATCHES, ...(read.format === undefined ? {} : { format: read.format }) } : {}),
    }, [], whole);
    try {
      let out: Post[] = [];
      if (!whole) {
        for await (const batch of readRecordsHead(file, read, split)[RECORD_BATCHES]()) {
          for (let i = 0; i < batch.length; i++) engine.push(batch[i], out);
          if (out.length > 0) yield out;
          out = [];
        }
      }
      const adapter = selectAdapter(read.schema ?? 'generic', read.map);
      const next = { index: engine.counters.read };
      // The worker's names so far, as canonical strings: each batch appends the ones new to it.
      const names: string[] = [];
      for (let batch = await nextBatch(worker, file); batch !== undefined; batch = await nextBatch(worker, file)) {
        if (batch.columns.namesBase !== names.length) throw new Error(`hashtag-swarms: read worker batch names start at ${batch.columns.namesBase}, expected ${names.length}`);
        for (const n of batch.columns.names) names.push(engine.canonical(n));
        const posts = decodePosts(batch.columns, names);
        let p = 0;
        let item = 0;
        for (let k = 0; k < batch.kinds.length; k++) {
          if (batch.kinds[k] === 0) {
            engine.pushValidated(posts[p]!, next.index++, batch.postLines[p], out);
            p++;
          } else {
            const records: RawRecord[] = adaptItems([batch.items[item++]!], adapter, next);
            for (const r of records) engine.push(r, out);
          }
        }
        if (out.length > 0) yield out;
        out = [];
      }
      engine.flush(out);
      if (out.length > 0) yield out;
    } finally {
      await worker.terminate();
    }
  }
  return {
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
    [POST_BATCHES]: batches,
    get stats(): IngestStats {
      return holder.counters.snapshot();
    },
    get firstRejected(): readonly Rejection[] {
      return holder.counters.firstRejected.slice();
    },
  };
}
