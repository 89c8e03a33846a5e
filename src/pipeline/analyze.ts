/**
 * The pipeline, window by window: read → ingest → windows → graph → swarms →
 * tracking → influence. `analyzeStream` yields each window's result as soon as
 * the window closes (what a monitoring "command center" needs) and returns the
 * full {@link SwarmReport} at the end; `analyze` drains it.
 */
import { releaseScratch } from '../_lib/scratch.js';
import { InputError, RejectedRecordError } from '../errors.js';
import { resolveReadRecordsOptions } from '../sources/index.js';
import type { RecordFormat, RecordSchema, SchemaChoice } from '../sources/index.js';
import { ingestPostBatches, POST_BATCHES } from '../ingest/index.js';
import type { Post, PostBatchStream, Rejection } from '../ingest/index.js';
import { checkSortedSpan, comparePosts, compactDuration, resolveWindowOptions, windowCount, windowPosts } from '../windows/index.js';
import { resolveSwarmOptions } from '../swarms/index.js';
import { createSwarmTracker } from '../track/index.js';
import { echoOptions, ingestOptionsOf, resolveAnalyzeOptions } from './analyze-options.js';
import type { AnalyzeOptions, ResolvedAnalyzeOptions } from './analyze-options.js';
import { assembleReport } from './assemble-report.js';
import { RunState } from './run-state.js';
import { createWindowRunner, type WindowOutcome, type WindowSettings } from './window-outcome.js';
import { splitWindows, WindowWorkers, workerCount } from './parallel/window-workers.js';
import { workersAvailable } from './parallel/worker-queue.js';
import { ingestSplitFile, planSplitRead, planWholeRead } from './parallel/split-read.js';
import { checkAnalyzeInput, chooseFileSchema, openRecords, type AnalyzeInput } from './analyze-input.js';
import { trackWindow, type AnalyzeUpdate } from './track-window.js';
import type { SwarmReport } from '../report/index.js';

/** Buffer the whole input, batch by batch, and sort it by (timeMs, id) (analyze's default `order: 'any'`). */
async function collectSorted(posts: PostBatchStream, onRead: (() => void) | undefined): Promise<Post[]> {
  const all: Post[] = [];
  let nextReport = 0x10000;
  for await (const batch of posts[POST_BATCHES]()) {
    for (let i = 0; i < batch.length; i++) all.push(batch[i]!);
    if (onRead !== undefined && all.length >= nextReport) {
      nextReport += 0x10000;
      onRead();
    }
  }
  all.sort(comparePosts);
  return all;
}

/** Thrown inside the windows' loop at a later-than-allowed post (unless `onLatePost: 'skip'`); never leaves this module. */
class LatePostSignal extends Error {
  constructor(readonly post: Post) {
    super('late post');
  }
}

function outOfOrderError(post: Post, o: ResolvedAnalyzeOptions): InputError {
  const at = Number.isFinite(post.timeMs) ? new Date(post.timeMs).toISOString() : String(post.timeMs);
  return new InputError(
    'out-of-order',
    `hashtag-swarms/windows: the input is not in time order: post ${JSON.stringify(post.id)} at ${at} came after a post more than ` +
      `${o.allowedLatenessMs} ms later (allowedLatenessMs). Read it with order: 'any' (buffers and sorts the input; the CLI's default ` +
      `without --order time), allow lateness with allowedLatenessMs (--allowed-lateness), or skip late posts with onLatePost: 'skip'.`,
  );
}

/**
 * One run, and, under `onLatePost: 'auto'`, a second one reading a file again buffered when the
 * first finds it out of time order — in analyze always, in analyzeStream only before its first
 * window (a caller that has seen windows cannot be given them again).
 */
async function* run(input: AnalyzeInput, given: ResolvedAnalyzeOptions, restartAfterYield: boolean): AsyncGenerator<AnalyzeUpdate, SwarmReport, undefined> {
  let o = given;
  // Without a schema, a file's is recognised before the read (worker threads read with it); a
  // stream's at its first record. Once per run: a second read of a file reuses it.
  const chosen: SchemaUsed = { schema: o.schema };
  let onSchema: ((choice: SchemaChoice) => void) | undefined;
  if (typeof input === 'string' && (o.schema === null || o.onSchema !== undefined)) {
    chosen.schema = await chooseFileSchema(input, o);
    o = { ...o, schema: chosen.schema };
  } else if (o.schema === null || o.onSchema !== undefined) {
    onSchema = (choice) => {
      chosen.schema = choice.schema;
      given.onSchema?.(choice);
    };
  }
  let yielded = 0;
  let finished = false;
  const first = runOnce(input, o, given, false, onSchema, chosen);
  try {
    for (;;) {
      const step = await first.next();
      if (step.done) {
        finished = true;
        return step.value;
      }
      yielded++;
      yield step.value;
    }
  } catch (error) {
    finished = true;
    if (!(error instanceof LatePostSignal)) throw error;
    const again = o.onLatePost === 'auto' && typeof input === 'string' && (restartAfterYield || yielded === 0);
    if (!again) throw outOfOrderError(error.post, o);
    // Buffered, repeats may come in any order: none is released early.
    return yield* runOnce(input, { ...o, order: 'any', ingest: { ...o.ingest, releaseBehindMs: Number.POSITIVE_INFINITY } }, given, true, undefined, chosen);
  } finally {
    // The caller stopped early (return() on this generator): the run releases its buffers.
    if (!finished) await first.return(undefined as never);
  }
}

/** The schema a run reads with, once known (null until a stream's first record). */
interface SchemaUsed {
  schema: RecordSchema | null;
}

async function* runOnce(
  input: AnalyzeInput, o: ResolvedAnalyzeOptions, asked: ResolvedAnalyzeOptions, orderFallback: boolean,
  onSchema: ((choice: SchemaChoice) => void) | undefined, chosen: SchemaUsed,
): AsyncGenerator<AnalyzeUpdate, SwarmReport, undefined> {
  let windowsDone = 0;
  let totalWindows: number | null = null;
  const progress = o.onProgress;
  const onRejection = o.strict
    ? (r: Rejection): void => {
        throw new RejectedRecordError(r);
      }
    : undefined;
  const ingestOptions = ingestOptionsOf(o.ingest, onRejection);
  // A large file (split-read.ts): buffered whole, an NDJSON file is read by two threads, a worker
  // taking its later part; read in time order, any file is parsed by a worker a few batches ahead
  // of the windows.
  let split: number | undefined;
  let format: RecordFormat = 'ndjson';
  if (typeof input === 'string') {
    if (o.order === 'any') split = planSplitRead(input, o.format, o.readWorker);
    else {
      const whole = planWholeRead(input, o.format, o.readWorker);
      if (whole !== undefined) {
        split = 0;
        format = whole;
      }
    }
  }
  const posts = split === undefined
    ? ingestPostBatches(openRecords(input, o, onSchema), ingestOptions)
    : ingestSplitFile(input as string, resolveReadRecordsOptions({ format, schema: o.schema ?? 'generic', map: o.map }), ingestOptions, split);
  let late = 0;
  let beforeOrigin = 0;
  const onRead = progress === undefined ? undefined : (): void => progress({ stage: 'read', records: posts.stats.read, windows: 0, totalWindows: null });
  // The run's window table (windows/window-table.ts, in createWindowRunner): every post is
  // interned once for the run. With the whole input buffered (order 'any') it holds every post and
  // each window is a run of its rows; a streamed input is appended window by window and the rows
  // no later window needs are released. The run drops it when it ends.
  let buffered: readonly Post[] | null = null;
  const graphOptions = { ...o.graph, maxLagMs: o.maxLagMs, windowLengthMs: o.windowMs };
  const settings: WindowSettings = {
    swarms: resolveSwarmOptions({ ...o.swarms, seed: o.seed }),
    influence: { ...o.influence, seed: o.seed },
    stepMs: o.stepMs,
  };
  let source: AsyncIterable<Post> | Iterable<Post> = posts;
  let pool: WindowWorkers | undefined;
  let localEnd = Infinity;
  const windowOptions = {
    size: o.windowMs,
    step: o.stepMs,
    ...(o.originMs === null ? {} : { originMs: o.originMs }),
    allowedLatenessMs: o.allowedLatenessMs,
    maxWindows: o.maxWindows,
  };
  if (o.order === 'any') {
    let all = await collectSorted(posts, onRead);
    // The span is known now: check the window count before cutting a window (window-count.ts).
    // (The step named as a duration, as the user would write it.)
    checkSortedSpan(all, { ...resolveWindowOptions(windowOptions), stepInput: compactDuration(o.stepMs) });
    const originMs = all.length === 0 ? 0 : o.originMs ?? Math.floor(all[0]!.timeMs / o.stepMs) * o.stepMs;
    totalWindows = all.length === 0 ? 0 : windowCount(originMs, all[all.length - 1]!.timeMs, o.stepMs);
    const parts = 1 + workerCount(o.workers, all.length);
    if (parts > 1 && all.length > 0 && workersAvailable()) {
      const ranges = splitWindows(all, originMs, o.windowMs, o.stepMs, parts);
      if (ranges.length > 1) {
        pool = new WindowWorkers(all, ranges, graphOptions, settings, { sizeMs: o.windowMs, stepMs: o.stepMs, originMs });
        // The main thread keeps only the posts of its own windows.
        localEnd = ranges[0]!.hi;
        all = all.slice(0, ranges[0]!.postHi);
      }
    }
    buffered = all;
    // A plain iterator over the sorted array (not the array, which windowPosts would copy and
    // sort again): the windows are cut synchronously, without an await per post.
    source = all.values();
  }
  const windows = windowPosts(source, {
    ...windowOptions,
    onSkippedPost: (post, reason) => {
      if (reason === 'before-origin') {
        beforeOrigin++;
        return;
      }
      late++;
      if (o.onLatePost !== 'skip') throw new LatePostSignal(post);
    },
  });
  let analyzeNext = createWindowRunner(buffered, graphOptions, settings);
  buffered = null;
  const tracker = createSwarmTracker(o.tracking);
  const state = new RunState();
  const finishWindow = (outcome: WindowOutcome): AnalyzeUpdate => {
    const update = trackWindow(outcome, tracker, state);
    windowsDone++;
    progress?.({ stage: 'window', records: posts.stats.read, windows: windowsDone, totalWindows });
    return update;
  };
  try {
    for await (const window of windows) {
      // With workers, the windows past the main thread's range are cut from its posts only partly.
      if (window.index >= localEnd) break;
      yield finishWindow(analyzeNext(window));
    }
    if (pool !== undefined) {
      for (let outcome = await pool.next(); outcome !== undefined; outcome = await pool.next()) yield finishWindow(outcome);
    }
  } finally {
    // The run's window table and the graph builder's buffers go with the run.
    analyzeNext = runEnded;
    releaseScratch();
    await pool?.close();
  }
  const tracking = tracker.finish();
  return assembleReport({
    options: echoOptions({ ...asked, schema: chosen.schema ?? 'generic' }),
    stats: posts.stats,
    firstRejected: posts.firstRejected.slice(0, o.maxListedRejections),
    latePosts: late,
    beforeOriginPosts: beforeOrigin,
    orderFallback,
    state,
    tracking,
    coreShare: o.tracking.coreShare,
    maxHashtags: settings.swarms.maxHashtags,
    postsByAccount: state.postsByAccount,
  });
}

/** What a finished run analyses with: nothing (its window table is dropped). */
function runEnded(): never {
  throw new Error('hashtag-swarms/pipeline: the run has ended');
}

/**
 * Analyse posts window by window, yielding each window's swarms, events and scores as soon as the
 * window closes. Memory is bounded by the open windows when `order: 'time'` (the default here).
 * @param input a file path, a Node stream, an (async) iterable of records, NDJSON lines or posts,
 *   or the output of readRecords (analysed as read).
 * @param options see {@link AnalyzeOptions}.
 * @returns an async generator of {@link AnalyzeUpdate}; its return value is the final report.
 * @throws {InvalidOptionsError} for bad options or an input that is none of these (at the call); {@link RejectedRecordError} under `strict`.
 * @example
 * for await (const update of analyzeStream('posts.ndjson', { window: '1h', step: '1h' })) {
 *   console.log(update.window.start, update.swarms.map((s) => s.id));
 * }
 */
export function analyzeStream(input: AnalyzeInput, options?: AnalyzeOptions): AsyncGenerator<AnalyzeUpdate, SwarmReport, undefined> {
  const resolved = resolveAnalyzeOptions(options, 'time');
  checkAnalyzeInput(input, resolved);
  return run(input, resolved, false);
}

/**
 * Analyse posts end to end and return the report (DESIGN.md §6).
 * @param input a file path, a Node stream, an (async) iterable of records, NDJSON lines or posts,
 *   or the output of readRecords (analysed as read).
 * @param options see {@link AnalyzeOptions}; input may be in any order unless `order: 'time'`.
 * @returns the {@link SwarmReport}; the same input and seed give a byte-identical report.
 * @throws {InvalidOptionsError} for bad options or an input that is none of these; {@link RejectedRecordError} under `strict`;
 *   {@link InputError} when a file cannot be read.
 * @example
 * const report = await analyze('examples/data/sample.ndjson');
 * report.swarms[0]?.members;
 */
export async function analyze(input: AnalyzeInput, options?: AnalyzeOptions): Promise<SwarmReport> {
  const resolved = resolveAnalyzeOptions(options, 'any');
  checkAnalyzeInput(input, resolved);
  const gen = run(input, resolved, true);
  for (;;) {
    const step = await gen.next();
    if (step.done) return step.value;
  }
}
