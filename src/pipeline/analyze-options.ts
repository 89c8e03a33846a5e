/**
 * Options of {@link analyze} / {@link analyzeStream}: a few top-level shortcuts
 * (the ones the CLI exposes) plus each stage's own options. Everything is resolved
 * once, here, by each stage's own resolver: the run passes the resolved values down,
 * and the report echoes them, every default filled in, so any result can be reproduced.
 */
import { InvalidOptionsError } from '../errors.js';
import { checkBoolean, checkEnum, checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import { parseFieldMap, resolveReadRecordsOptions } from '../sources/index.js';
import type { FieldMap, RecordFormat, RecordSchema, SchemaChoice } from '../sources/index.js';
import { resolveIngestOptions } from '../ingest/index.js';
import type { IngestOptions, ResolvedIngestOptions } from '../ingest/index.js';
import { checkMaxWindows, DEFAULT_WINDOW_OPTIONS, parseDuration } from '../windows/index.js';
import type { DurationInput } from '../windows/index.js';
import { resolveAccountGraphOptions } from '../graph/index.js';
import type { AccountGraphOptions, ResolvedAccountGraphOptions } from '../graph/index.js';
import { resolveSwarmOptions } from '../swarms/index.js';
import { resolveTrackingOptions } from '../track/index.js';
import type { ResolvedSwarmOptions, SwarmOptions } from '../swarms/index.js';
import type { ResolvedTrackingOptions, TrackingOptions } from '../track/index.js';
import { DEFAULT_INFLUENCE_OPTIONS, resolveInfluenceOptions } from '../influence/index.js';
import type { InfluenceOptions, ResolvedInfluenceOptions } from '../influence/index.js';

/** Where analyze is in its run, for progress bars. */
export interface AnalyzeProgress {
  readonly stage: 'read' | 'window';
  /** Records read so far. */
  readonly records: number;
  /** Windows finished so far. */
  readonly windows: number;
  /**
   * Windows the run will cut, once known: with `order: 'any'` as soon as the whole input is read;
   * `null` while reading and with `order: 'time'` (a stream has no known end).
   */
  readonly totalWindows: number | null;
}

/** How the input is ordered. */
export type InputOrder = 'any' | 'time';

/**
 * With `order: 'time'`, what a post that arrives later than `allowedLatenessMs` behind the newest
 * post does: `'auto'` — a file is read again buffered (as with `order: 'any'`; the report says so in
 * `input.orderFallback`) when that is still possible (always in analyze; in analyzeStream before
 * its first window), and the run stops with an {@link InputError} `out-of-order` otherwise;
 * `'error'` — always stop; `'skip'` — count the post in `input.latePosts`, do not analyse it.
 */
export type LatePostPolicy = 'auto' | 'error' | 'skip';

/** Options of {@link analyze}. Every field is optional. */
export interface AnalyzeOptions {
  /** Text format of a file or stream. @default from the extension, else sniffed */
  readonly format?: RecordFormat;
  /** Platform shape of the records. @default recognised from the first record (`detectSchema`), else 'generic' */
  readonly schema?: RecordSchema;
  /** Column renames (`{ account: 'screen_name' }` or `'account=screen_name,time=created_at'`). */
  readonly map?: FieldMap | string;
  /** Throw {@link RejectedRecordError} at the first rejected record. @default false */
  readonly strict?: boolean;
  /** Window length. @default '24h' */
  readonly window?: DurationInput;
  /**
   * Distance between window starts (= window for tumbling windows).
   * @default '6h', or the window when it is shorter (`window: '1h'` alone gives tumbling 1-hour windows)
   */
  readonly step?: DurationInput;
  /**
   * Most windows the run may cut (an integer ≥ 1, or `Infinity`): checked as soon as the span of
   * the posts is known (after reading with `order: 'any'`, as posts arrive with `order: 'time'`),
   * so a stray timestamp or a tiny step throws InvalidOptionsError naming `step`, with the span,
   * the count it needs and the earliest and latest posts. @default 20000 (DEFAULT_MAX_WINDOWS)
   */
  readonly maxWindows?: number;
  /** Start of window 0, epoch ms. @default the first post's time floored to `step` */
  readonly originMs?: number;
  /** Co-occurrence tolerance Δt: ms, a duration string, or 'auto'. @default 60 s */
  readonly maxLagMs?: number | string;
  /**
   * `'any'`: the input may be in any order; posts are buffered and sorted (memory grows with the
   * input). `'time'`: the input is in time order; windows close as the input streams (memory holds
   * the open windows); a post arriving later than `allowedLatenessMs` behind the newest one is
   * handled as `onLatePost` says.
   * @default 'any' for analyze, 'time' for analyzeStream
   */
  readonly order?: InputOrder;
  /** With `order: 'time'`: how late (ms or duration) a post may arrive and still be placed. @default 0 */
  readonly allowedLatenessMs?: DurationInput;
  /** With `order: 'time'`: what a later-than-allowed post does ({@link LatePostPolicy}). @default 'auto' */
  readonly onLatePost?: LatePostPolicy;
  /** Seed of every random step (Louvain, Monte Carlo nulls, bootstraps). @default 1 */
  readonly seed?: number;
  /** Options of the ingest stage (time zone, duplicates, diacritics, …). */
  readonly ingest?: Omit<IngestOptions, 'onRejection'>;
  /** Options of the account graph (q, minEpisodes, maxCrowdAccounts, null, …). */
  readonly graph?: Omit<AccountGraphOptions, 'maxLagMs' | 'windowLengthMs' | 'filter'>;
  /** Options of swarm detection (resolution, replicates, alpha, …). */
  readonly swarms?: Omit<SwarmOptions, 'seed'>;
  /** Options of tracking (threshold, deathAge, …). */
  readonly tracking?: TrackingOptions;
  /** Options of influence scoring (tauMs, shrinkage, …). */
  readonly influence?: Omit<InfluenceOptions, 'seed' | 'maxLagMs' | 'lookbackPosts'>;
  /** Maximum rejections listed in the report (all are counted). @default 100 */
  readonly maxListedRejections?: number;
  /** Called as records are read and windows finish. */
  readonly onProgress?: (progress: AnalyzeProgress) => void;
  /** Called once, before the records are ingested: the schema used, how it was chosen, the first record's columns. */
  readonly onSchema?: (choice: SchemaChoice) => void;
  /**
   * Worker threads that analyse windows beside the main thread, with `order: 'any'` (the whole
   * input buffered): each takes a contiguous range of windows and the posts they need. The report
   * is the same for any number. It pays only on large inputs and costs memory (the workers' posts
   * are copies): on 2 cores, 3M posts −18 % time and +45 % peak RSS; 1M posts no gain (see
   * bench/README.md). `'auto'`: one per extra core (at most 3) from 2,000,000 posts on. @default 0
   */
  readonly workers?: number | 'auto';
  /**
   * A file parsed and validated by a worker thread. With `order: 'any'` and an NDJSON file (not
   * gzip) the worker reads the later part of the file while the main thread reads the first part;
   * with `order: 'time'` it reads any file (NDJSON, JSON, CSV, gzip) whole, a few batches ahead
   * of the windows the main thread analyses (memory stays bounded). Same report, same counts and
   * rejections; `'auto'`: from 32 MB of content on (a gzip file's uncompressed size), with two cores or more. @default 'auto'
   */
  readonly readWorker?: boolean | 'auto';
}

/** {@link AnalyzeOptions} after validation (JSON-able but for `onProgress`). */
export interface ResolvedAnalyzeOptions {
  readonly format: RecordFormat | null;
  /** `null`: recognised from the first record. */
  readonly schema: RecordSchema | null;
  readonly map: FieldMap;
  readonly strict: boolean;
  readonly windowMs: number;
  readonly stepMs: number;
  readonly maxWindows: number;
  readonly originMs: number | null;
  readonly maxLagMs: number | 'auto';
  readonly order: InputOrder;
  readonly allowedLatenessMs: number;
  readonly onLatePost: LatePostPolicy;
  readonly seed: number;
  /**
   * Resolved ingest options (`offsetMs` derived from `timeZone`). With `order: 'time'`,
   * `releaseBehindMs` defaults to `allowedLatenessMs`.
   */
  readonly ingest: Omit<ResolvedIngestOptions, 'onRejection'>;
  /** Resolved graph options; Δt is the top-level `maxLagMs`, the window length `windowMs`. */
  readonly graph: Omit<ResolvedAccountGraphOptions, 'maxLagMs' | 'windowLengthMs' | 'filter'>;
  /** Resolved swarm options; the seed is the top-level `seed`. */
  readonly swarms: Omit<ResolvedSwarmOptions, 'seed'>;
  readonly tracking: ResolvedTrackingOptions;
  /** Resolved influence options; the seed and Δt are the top-level ones. */
  readonly influence: Omit<ResolvedInfluenceOptions, 'seed' | 'maxLagMs' | 'lookbackPosts'>;
  readonly maxListedRejections: number;
  readonly onProgress: ((progress: AnalyzeProgress) => void) | undefined;
  readonly onSchema: ((choice: SchemaChoice) => void) | undefined;
  readonly workers: number | 'auto';
  readonly readWorker: boolean | 'auto';
}

/** Graph options a run accepts (Δt and the window length are top-level; the run filters). */
const GRAPH_KEYS: readonly string[] = ['q', 'minEpisodes', 'maxCrowdAccounts', 'permutationNull', 'null', 'profileShrinkage', 'episodes', 'reposts', 'loneGapMs', 'capEpisodes'];
/** Influence options a run accepts (the seed and Δt are top-level; look-back posts are the run's). */
const INFLUENCE_KEYS = Object.keys(DEFAULT_INFLUENCE_OPTIONS).filter((k) => k !== 'seed' && k !== 'maxLagMs' && k !== 'lookbackPosts');

const KNOWN = [
  'format', 'schema', 'map', 'strict', 'window', 'step', 'maxWindows', 'originMs', 'maxLagMs', 'order', 'allowedLatenessMs', 'onLatePost',
  'seed', 'ingest', 'graph', 'swarms', 'tracking', 'influence', 'maxListedRejections', 'onProgress', 'onSchema', 'workers', 'readWorker',
] as const;

/**
 * Validate analyze options (and, through the stages' own resolvers, every nested option).
 * @param options the user's options.
 * @param defaultOrder `'any'` for analyze, `'time'` for analyzeStream.
 * @returns the resolved options.
 * @throws {InvalidOptionsError} naming the first bad option.
 * @example
 * resolveAnalyzeOptions({ window: '12h', step: '3h' }).stepMs; // 10800000
 */
export function resolveAnalyzeOptions(options: AnalyzeOptions | undefined, defaultOrder: InputOrder = 'any'): ResolvedAnalyzeOptions {
  const o = checkOptionsObject('report', options);
  checkKnownKeys('report', o, KNOWN);
  const stage = 'report';
  const map = o.map === undefined ? {} : typeof o.map === 'string' ? parseFieldMap(o.map) : (o.map as FieldMap);
  const read = resolveReadRecordsOptions({
    ...(o.format === undefined ? {} : { format: o.format as RecordFormat }),
    ...(o.schema === undefined ? {} : { schema: o.schema as RecordSchema }),
    map,
  });
  const windowMs = duration(stage, 'window', o.window ?? DEFAULT_WINDOW_OPTIONS.size);
  if (!(windowMs > 0)) throw new InvalidOptionsError(stage, 'window', o.window, 'a positive duration');
  // Without a step: 6 h, capped at the window (a window of 6 h or less tumbles), as in resolveWindowOptions.
  // Without a step, the windows stage's default (6 h), capped at the window.
  const stepMs = o.step === undefined ? Math.min(windowMs, parseDuration(DEFAULT_WINDOW_OPTIONS.step)) : duration(stage, 'step', o.step);
  if (!(stepMs > 0) || stepMs > windowMs) throw new InvalidOptionsError(stage, 'step', o.step, `a positive duration ≤ window (${windowMs} ms)`);
  let maxLagMs: number | 'auto' = 60_000;
  if (o.maxLagMs === 'auto') maxLagMs = 'auto';
  else if (o.maxLagMs !== undefined) {
    maxLagMs = typeof o.maxLagMs === 'string' ? duration(stage, 'maxLagMs', o.maxLagMs) : checkNumber(stage, 'maxLagMs', o.maxLagMs, { gt: 0 });
    if (!(maxLagMs > 0)) throw new InvalidOptionsError(stage, 'maxLagMs', o.maxLagMs, 'a positive duration or \'auto\'');
  }
  const seed = o.seed === undefined ? 1 : checkNumber(stage, 'seed', o.seed, { integer: true, min: 0 });
  const order = o.order === undefined ? defaultOrder : checkEnum(stage, 'order', o.order, ['any', 'time'] as const);
  const allowedLatenessMs = o.allowedLatenessMs === undefined ? 0 : duration(stage, 'allowedLatenessMs', o.allowedLatenessMs);
  // Each stage's own resolver, once, at entry: bad nested options fail here, not deep in the run.
  const nested = (name: string): Record<string, unknown> => checkOptionsObject(stage, o[name] ?? {});
  const ingestRaw = nested('ingest');
  // In time order, a held post is released once the input has moved past it (a repeat, which has
  // its time, can no longer come), so repeats merge as in a buffered read without holding posts back.
  const releaseDefault = order === 'time' && ingestRaw['releaseBehindMs'] === undefined ? { releaseBehindMs: allowedLatenessMs } : {};
  const { onRejection: _perRun, ...ingest } = resolveIngestOptions({ ...(ingestRaw as IngestOptions), ...releaseDefault });
  const graphRaw = nested('graph');
  checkKnownKeys(`${stage}.graph`, graphRaw, GRAPH_KEYS);
  const { maxLagMs: _lag, windowLengthMs: _length, filter: _filter, ...graph } = resolveAccountGraphOptions({ ...(graphRaw as AccountGraphOptions), maxLagMs });
  const { seed: _swarmSeed, ...swarms } = resolveSwarmOptions({ ...(nested('swarms') as SwarmOptions), seed });
  const influenceRaw = nested('influence');
  checkKnownKeys(`${stage}.influence`, influenceRaw, INFLUENCE_KEYS);
  const { seed: _influenceSeed, maxLagMs: _influenceLag, lookbackPosts: _lookback, ...influence } = resolveInfluenceOptions({ ...influenceRaw, seed });
  const resolved: ResolvedAnalyzeOptions = {
    format: read.format ?? null,
    schema: read.schema ?? null,
    map: read.map,
    strict: o.strict === undefined ? false : checkBoolean(stage, 'strict', o.strict),
    windowMs,
    stepMs,
    maxWindows: checkMaxWindows(stage, 'maxWindows', o.maxWindows),
    originMs: o.originMs === undefined ? null : checkNumber(stage, 'originMs', o.originMs),
    maxLagMs,
    order,
    allowedLatenessMs,
    onLatePost: o.onLatePost === undefined ? 'auto' : checkEnum(stage, 'onLatePost', o.onLatePost, ['auto', 'error', 'skip'] as const),
    seed,
    ingest,
    graph,
    swarms,
    tracking: resolveTrackingOptions(nested('tracking') as TrackingOptions),
    influence,
    maxListedRejections:
      o.maxListedRejections === undefined ? 100 : checkNumber(stage, 'maxListedRejections', o.maxListedRejections, { integer: true, min: 0 }),
    onProgress: o.onProgress === undefined ? undefined : checkFunction<(progress: AnalyzeProgress) => void>(stage, 'onProgress', o.onProgress),
    onSchema: o.onSchema === undefined ? undefined : checkFunction<(choice: SchemaChoice) => void>(stage, 'onSchema', o.onSchema),
    readWorker: o.readWorker === undefined || o.readWorker === 'auto' ? 'auto' : checkBoolean(stage, 'readWorker', o.readWorker),
    workers: o.workers === undefined ? 0 : o.workers === 'auto' ? 'auto' : checkNumber(stage, 'workers', o.workers, { integer: true, min: 0, max: 64 }),
  };
  return resolved;
}

/**
 * The resolved ingest options in the form the ingest stage takes (without the derived
 * `offsetMs`), with the run's rejection callback.
 */
export function ingestOptionsOf(resolved: ResolvedAnalyzeOptions['ingest'], onRejection?: IngestOptions['onRejection']): IngestOptions {
  const { offsetMs: _derived, ...ingest } = resolved;
  return { ...ingest, ...(onRejection === undefined ? {} : { onRejection }) };
}

/** A duration option, an error naming it (`window`, not parseDuration's default `duration`). */
function duration(stage: string, option: string, value: unknown): number {
  try {
    return parseDuration(value as DurationInput, option);
  } catch (error) {
    if (error instanceof InvalidOptionsError) throw new InvalidOptionsError(stage, option, value, error.expected);
    throw error;
  }
}

function checkFunction<F>(stage: string, option: string, value: unknown): F {
  if (typeof value !== 'function') throw new InvalidOptionsError(stage, option, value, 'a function');
  return value as F;
}

/**
 * The JSON-able echo of resolved options written into the report (not the threads, nor the
 * window limit: they do not change the report — a run within the limit gives the same one).
 * JSON has no Infinity: an unbounded value (`ingest.releaseBehindMs` off, `graph.loneGapMs: ∞`)
 * is written as null.
 */
export function echoOptions(resolved: ResolvedAnalyzeOptions): Readonly<Record<string, unknown>> {
  const { onProgress: _omit, onSchema: _told, workers: _same, readWorker: _alsoSame, maxWindows: _limit, ...rest } = resolved;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}
