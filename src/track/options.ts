/**
 * Defaults and validation of the tracking options (METRICS.md §4.1–§4.3).
 */
import { checkEnum, checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import type { ResolvedTrackingOptions, TrackingOptions } from './types.js';

const STAGE = 'tracking';

/** Default options of {@link trackSwarms} (frozen). */
export const DEFAULT_TRACKING_OPTIONS: ResolvedTrackingOptions = Object.freeze({
  threshold: 0.3,
  similarity: 'jaccard',
  deathAge: 3,
  sizeChange: 0.1,
  coreShare: 0.5,
  rejoinShare: 0.8,
});

/**
 * Validate {@link TrackingOptions} and fill in defaults.
 * @param options user options (or undefined).
 * @returns the resolved options.
 * @throws {InvalidOptionsError} naming the first bad option, its value and what is accepted.
 * @example
 * resolveTrackingOptions({ threshold: 0.5 }).deathAge; // 3
 */
export function resolveTrackingOptions(options?: TrackingOptions): ResolvedTrackingOptions {
  const o = checkOptionsObject(STAGE, options);
  checkKnownKeys(STAGE, o, Object.keys(DEFAULT_TRACKING_OPTIONS));
  const d = DEFAULT_TRACKING_OPTIONS;
  const pick = (key: keyof TrackingOptions): unknown => (o[key] === undefined ? d[key] : o[key]);
  return Object.freeze({
    threshold: checkNumber(STAGE, 'threshold', pick('threshold'), { min: 0, max: 1 }),
    similarity: checkEnum(STAGE, 'similarity', pick('similarity'), ['jaccard', 'overlap'] as const),
    deathAge: checkNumber(STAGE, 'deathAge', pick('deathAge'), { integer: true, min: 1 }),
    sizeChange: checkNumber(STAGE, 'sizeChange', pick('sizeChange'), { min: 0, max: 1 }),
    coreShare: checkNumber(STAGE, 'coreShare', pick('coreShare'), { gt: 0, max: 1 }),
    rejoinShare: checkNumber(STAGE, 'rejoinShare', pick('rejoinShare'), { min: 0, max: 1 }),
  });
}
