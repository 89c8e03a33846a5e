/**
 * Defaults and validation of the windowing options (DESIGN.md §5: 24 h windows every 6 h).
 */
import { InvalidOptionsError } from '../errors.js';
import { checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import { parseDuration } from './parse-duration.js';
import { checkMaxWindows, compactDuration } from './window-count.js';
import type { DurationInput, ResolvedWindowOptions, WindowOptions } from './types.js';

const STAGE = 'windows';
const KNOWN = ['size', 'step', 'originMs', 'allowedLatenessMs', 'onSkippedPost', 'maxWindows'] as const;

/** Default windowing: sliding 24-hour windows every 6 hours, no lateness. */
export const DEFAULT_WINDOW_OPTIONS: Readonly<{
  size: DurationInput;
  step: DurationInput;
  allowedLatenessMs: DurationInput;
}> = Object.freeze({ size: '24h', step: '6h', allowedLatenessMs: 0 });

/**
 * Validate windowing options and fill in the defaults.
 * @param options the user's options (may be undefined).
 * @returns durations in milliseconds.
 * @throws {InvalidOptionsError} for unknown keys, unparsable or non-positive durations,
 *   `step > size`, a non-finite `originMs`, an `onSkippedPost` that is not a function, or a
 *   `maxWindows` that is not an integer ≥ 1 (or Infinity).
 * @example
 * resolveWindowOptions({ size: '1h' }).stepMs; // 3600000 (the 6 h default step is capped at the size)
 */
export function resolveWindowOptions(options?: WindowOptions): ResolvedWindowOptions {
  const o = checkOptionsObject(STAGE, options);
  checkKnownKeys(STAGE, o, KNOWN);
  const sizeMs = parseDuration((o['size'] ?? DEFAULT_WINDOW_OPTIONS.size) as DurationInput, 'size');
  if (!(sizeMs > 0)) throw new InvalidOptionsError(STAGE, 'size', o['size'], 'a duration > 0');
  // Default step: 6 h, capped at the size (a 1-hour window then tumbles).
  const stepMs =
    o['step'] === undefined
      ? Math.min(sizeMs, parseDuration(DEFAULT_WINDOW_OPTIONS.step, 'step'))
      : parseDuration(o['step'] as DurationInput, 'step');
  if (!(stepMs > 0) || stepMs > sizeMs) {
    throw new InvalidOptionsError(STAGE, 'step', o['step'], `a duration > 0 and ≤ size (${sizeMs} ms)`);
  }
  const originMs = o['originMs'] === undefined ? undefined : checkNumber(STAGE, 'originMs', o['originMs']);
  const allowedLatenessMs = parseDuration(
    (o['allowedLatenessMs'] ?? DEFAULT_WINDOW_OPTIONS.allowedLatenessMs) as DurationInput,
    'allowedLatenessMs',
  );
  const cb = o['onSkippedPost'];
  if (cb !== undefined && typeof cb !== 'function') {
    throw new InvalidOptionsError(STAGE, 'onSkippedPost', cb, 'a function (post, reason) => void');
  }
  const maxWindows = checkMaxWindows(STAGE, 'maxWindows', o['maxWindows']);
  return {
    sizeMs,
    stepMs,
    originMs,
    allowedLatenessMs,
    onSkippedPost: cb as ResolvedWindowOptions['onSkippedPost'],
    maxWindows,
    stepInput: o['step'] === undefined ? compactDuration(stepMs) : o['step'],
  };
}
