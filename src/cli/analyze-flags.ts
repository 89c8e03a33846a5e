/**
 * The flags of `hashtag-swarms analyze`, checked and turned into analyze
 * options. A bad value is a usage error naming the flag and what it accepts.
 */
import { InvalidOptionsError } from '../errors.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import { parseFieldMap, type RecordFormat, type RecordSchema } from '../sources/index.js';
import { DEFAULT_WINDOW_OPTIONS, parseDuration } from '../windows/index.js';

/** Accepted `--format` values. */
export const FORMATS: readonly RecordFormat[] = ['ndjson', 'json', 'csv'];
/** Accepted `--order` values. */
export const ORDERS = ['any', 'time'] as const;
/** Accepted `--on-late` values. */
export const LATE_POLICIES = ['auto', 'error', 'skip'] as const;
/** Accepted `--schema` values. */
export const SCHEMAS: readonly RecordSchema[] = ['generic', 'twitter-v1', 'twitter-v2', 'rtweet', 'ira', 'mastodon', 'bluesky'];

/** Raw flags as commander hands them over. */
export interface AnalyzeFlags {
  readonly format?: RecordFormat;
  readonly schema?: RecordSchema;
  readonly map?: string;
  readonly window?: string;
  readonly step?: string;
  readonly maxWindows?: string;
  readonly lag?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly order?: (typeof ORDERS)[number];
  readonly allowedLateness?: string;
  readonly onLate?: (typeof LATE_POLICIES)[number];
  readonly json?: string;
  readonly csv?: string;
  readonly gexf?: string;
  readonly html?: string;
  readonly strict?: boolean;
  readonly allowRejected?: boolean;
  readonly quiet?: boolean;
  readonly follow?: boolean;
  readonly debug?: boolean;
}

const DURATION = 'a duration such as 90s, 5m, 24h, 7d or PT1H';

function duration(flag: string, value: string, expected = DURATION): number {
  let ms: number;
  try {
    ms = parseDuration(value, flag);
  } catch (error) {
    if (error instanceof InvalidOptionsError) throw new InvalidOptionsError('cli', flag, value, expected);
    throw error;
  }
  if (!(ms > 0)) throw new InvalidOptionsError('cli', flag, value, `${expected}, longer than 0`);
  return ms;
}

/**
 * Check the flags and build the options of analyze / analyzeStream.
 * @param flags the parsed flags.
 * @returns analyze options (without onProgress).
 * @throws InvalidOptionsError naming the flag (`--window`, `--lag`, …) and its accepted values.
 */
export function analyzeOptionsFromFlags(flags: AnalyzeFlags): AnalyzeOptions {
  const out: { -readonly [K in keyof AnalyzeOptions]: AnalyzeOptions[K] } = {};
  if (flags.format !== undefined) out.format = flags.format;
  if (flags.schema !== undefined) out.schema = flags.schema;
  if (flags.map !== undefined) {
    try {
      out.map = parseFieldMap(flags.map);
    } catch (error) {
      if (error instanceof InvalidOptionsError) {
        throw new InvalidOptionsError('cli', '--map', flags.map, 'field=column pairs separated by commas, fields among id, account, time, hashtags, text, followers, likes, reposts, replies, repostOf, replyTo, mentions');
      }
      throw error;
    }
  }
  const windowMs = flags.window === undefined ? parseDuration(DEFAULT_WINDOW_OPTIONS.size) : duration('--window', flags.window);
  if (flags.window !== undefined) out.window = windowMs;
  if (flags.step !== undefined) {
    const stepMs = duration('--step', flags.step);
    out.step = stepMs;
    // Checked here so the error names the flag and the text given, not analyze's `step` in ms.
    if (stepMs > windowMs) {
      throw new InvalidOptionsError('cli', '--step', flags.step, `a duration no longer than --window (${flags.window ?? '24h, the default'})`);
    }
  }
  if (flags.maxWindows !== undefined) {
    const n = Number(flags.maxWindows);
    if (!/^\d+$/.test(flags.maxWindows.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidOptionsError('cli', '--max-windows', flags.maxWindows, 'a whole number of windows ≥ 1');
    out.maxWindows = n;
  }
  if (flags.lag !== undefined) out.maxLagMs = flags.lag === 'auto' ? 'auto' : duration('--lag', flags.lag, `${DURATION}, or auto`);
  if (flags.seed !== undefined) {
    const seed = Number(flags.seed);
    if (!/^-?\d+$/.test(flags.seed.trim()) || !Number.isSafeInteger(seed)) throw new InvalidOptionsError('cli', '--seed', flags.seed, 'an integer');
    out.seed = seed;
  }
  if (flags.workers !== undefined) {
    const text = flags.workers.trim();
    if (text === 'auto') out.workers = 'auto';
    else {
      const n = Number(text);
      if (!/^\d+$/.test(text) || n > 64) throw new InvalidOptionsError('cli', '--workers', flags.workers, 'a whole number of worker threads from 0 to 64, or auto');
      out.workers = n;
    }
  }
  if (flags.order !== undefined) {
    if (flags.follow === true && flags.order !== 'time') throw new InvalidOptionsError('cli', '--order', flags.order, 'time (or no --order) with --follow, which reads in time order');
    out.order = flags.order;
  }
  if (flags.allowedLateness !== undefined) out.allowedLatenessMs = duration('--allowed-lateness', flags.allowedLateness);
  if (flags.onLate !== undefined) out.onLatePost = flags.onLate;
  if (flags.strict === true) out.strict = true;
  return out;
}
