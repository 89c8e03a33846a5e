/**
 * Public timestamp parser: the rules of {@link parseTimeMs} plus the range check.
 */
import { InvalidOptionsError } from '../errors.js';
import type { IngestOptions } from './types.js';
import { parseTimeMs } from './parse-time-ms.js';
import { resolveIngestOptions } from './resolve-ingest-options.js';

/** Options of {@link parseTimestamp}: the time options of ingest. */
export type ParseTimestampOptions = Pick<IngestOptions, 'timeZone' | 'minTimeMs' | 'maxTimeMs'>;

/** Outcome of {@link parseTimestamp}. */
export type TimestampResult =
  | { readonly status: 'ok'; readonly timeMs: number }
  | { readonly status: 'rejected'; readonly code: 'invalid-timestamp' | 'timestamp-out-of-range' };

/**
 * Parse a timestamp to epoch milliseconds: ISO 8601 with `Z` or offset (offset-less ones in
 * `timeZone`), epoch numbers or numeric strings (|value| < 1e11 → seconds, else milliseconds),
 * or Twitter's `Wed Oct 10 20:19:24 +0000 2018`.
 * @param value - the raw value
 * @param options - `timeZone` ('UTC' or '+HH:MM'), `minTimeMs`, `maxTimeMs`
 * @returns `{ status: 'ok', timeMs }` or `{ status: 'rejected', code }`
 * @throws InvalidOptionsError for a bad option
 * @example parseTimestamp('Wed Oct 10 20:19:24 +0000 2018') // { status: 'ok', timeMs: 1539202764000 }
 * @example parseTimestamp('2021-09-26 18:00', { timeZone: '+02:00' }) // { status: 'ok', timeMs: 1632672000000 }
 */
export function parseTimestamp(value: unknown, options?: ParseTimestampOptions): TimestampResult {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidOptionsError('ingest', 'options', options, 'an options object');
  }
  const resolved = resolveIngestOptions(options);
  const timeMs = parseTimeMs(value, resolved.offsetMs);
  if (timeMs === undefined) return { status: 'rejected', code: 'invalid-timestamp' };
  if (timeMs < resolved.minTimeMs || timeMs >= resolved.maxTimeMs) return { status: 'rejected', code: 'timestamp-out-of-range' };
  return { status: 'ok', timeMs };
}
