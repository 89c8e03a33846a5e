/**
 * Defaults and validation of {@link IngestOptions}.
 */
import { InvalidOptionsError } from '../errors.js';
import { checkBoolean, checkEnum, checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import type { IngestOptions, ResolvedIngestOptions } from './types.js';
import { parseOffsetMs } from './parse-time-ms.js';

/** Defaults of the ingest functions. */
export const DEFAULT_INGEST_OPTIONS: ResolvedIngestOptions = Object.freeze({
  timeZone: 'UTC',
  offsetMs: 0,
  minTimeMs: Date.UTC(2000, 0, 1),
  maxTimeMs: Date.UTC(2100, 0, 1),
  foldDiacritics: false,
  duplicates: 'merge',
  maxMergeDistance: 100_000,
  releaseBehindMs: Number.POSITIVE_INFINITY,
  keepText: false,
  onRejection: undefined,
});

const KNOWN: readonly string[] = ['timeZone', 'minTimeMs', 'maxTimeMs', 'foldDiacritics', 'duplicates', 'maxMergeDistance', 'releaseBehindMs', 'keepText', 'onRejection'];

/**
 * Validate ingest options and apply defaults.
 * @param options - the options
 * @returns the resolved options
 * @throws InvalidOptionsError naming the option, the value and what is accepted
 * @example resolveIngestOptions({ timeZone: '+02:00' }).offsetMs // 7_200_000
 */
export function resolveIngestOptions(options?: IngestOptions): ResolvedIngestOptions {
  const raw = checkOptionsObject('ingest', options);
  checkKnownKeys('ingest', raw, KNOWN);
  const d = DEFAULT_INGEST_OPTIONS;
  const timeZone = raw.timeZone === undefined ? d.timeZone : raw.timeZone;
  const offsetMs = typeof timeZone === 'string' && /^(UTC|Z|[+-]\d{2}:\d{2})$/.test(timeZone) ? parseOffsetMs(timeZone) : undefined;
  if (offsetMs === undefined) {
    throw new InvalidOptionsError('ingest', 'timeZone', timeZone, "'UTC' or a fixed offset such as '+02:00' (IANA zone names are not supported)");
  }
  const minTimeMs = raw.minTimeMs === undefined ? d.minTimeMs : checkNumber('ingest', 'minTimeMs', raw.minTimeMs);
  const maxTimeMs = raw.maxTimeMs === undefined ? d.maxTimeMs : checkNumber('ingest', 'maxTimeMs', raw.maxTimeMs, { gt: minTimeMs });
  if (!(maxTimeMs > minTimeMs)) throw new InvalidOptionsError('ingest', 'maxTimeMs', maxTimeMs, `a finite number > minTimeMs (${minTimeMs})`);
  if (raw.onRejection !== undefined && typeof raw.onRejection !== 'function') {
    throw new InvalidOptionsError('ingest', 'onRejection', raw.onRejection, 'a function (rejection) => void');
  }
  return Object.freeze({
    timeZone: timeZone as string,
    offsetMs,
    minTimeMs,
    maxTimeMs,
    foldDiacritics: raw.foldDiacritics === undefined ? d.foldDiacritics : checkBoolean('ingest', 'foldDiacritics', raw.foldDiacritics),
    duplicates: raw.duplicates === undefined ? d.duplicates : checkEnum('ingest', 'duplicates', raw.duplicates, ['merge', 'reject'] as const),
    maxMergeDistance: raw.maxMergeDistance === undefined ? d.maxMergeDistance
      : checkNumber('ingest', 'maxMergeDistance', raw.maxMergeDistance, { integer: true, min: 0 }),
    releaseBehindMs: raw.releaseBehindMs === undefined || raw.releaseBehindMs === Number.POSITIVE_INFINITY ? d.releaseBehindMs
      : checkNumber('ingest', 'releaseBehindMs', raw.releaseBehindMs, { min: 0 }),
    keepText: raw.keepText === undefined ? d.keepText : checkBoolean('ingest', 'keepText', raw.keepText),
    onRejection: raw.onRejection as ResolvedIngestOptions['onRejection'],
  });
}
