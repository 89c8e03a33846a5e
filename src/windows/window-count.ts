/**
 * The guard on the number of windows. A window costs memory whether it holds posts or not: the
 * report keeps a row per window (≈ 430 bytes of JSON), and an analysed window takes ≈ 1–4 KB of
 * heap on the way. So the count is checked as soon as the span of the posts is known — before the windows
 * are cut — and not discovered at 3.5 GB: one stray timestamp from 2000 in three days of 2016 data
 * asks for 35,000 windows of 6 h, and `--window 1ms --step 1ms` over three days for 259 million.
 *
 * The default, {@link DEFAULT_MAX_WINDOWS} = 20,000 windows, keeps that bookkeeping under
 * ≈ 100 MB and the JSON report under ≈ 10 MB; it covers 13 years at the default 6 h step,
 * 2 years at 1 h, 2 weeks at 1 min. A longer run raises `maxWindows`.
 */
import { InvalidOptionsError } from '../errors.js';

/** Default most windows a run may cut (see the file comment for the memory behind it). */
export const DEFAULT_MAX_WINDOWS = 20_000;

/** Where the posts lie, to tell the user which timestamps stretch the span. */
export interface PostSpan {
  /** Time of the earliest post (ms). */
  readonly earliestMs: number;
  /** Time of the latest post (ms). */
  readonly latestMs: number;
  /** Times between which most posts lie, when the posts are known in advance (ms). */
  readonly bulk?: { readonly share: number; readonly fromMs: number; readonly toMs: number };
}

/** Validate a `maxWindows` option: an integer ≥ 1, or `Infinity` for no limit. */
export function checkMaxWindows(stage: string, option: string, value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_WINDOWS;
  if (value === Infinity || (typeof value === 'number' && Number.isInteger(value) && value >= 1)) return value;
  throw new InvalidOptionsError(stage, option, value, 'an integer ≥ 1 (most windows a run may cut), or Infinity for no limit');
}

/** Windows from `originMs` up to the last one that starts at or before `latestMs`. */
export function windowCount(originMs: number, latestMs: number, stepMs: number): number {
  return latestMs < originMs ? 0 : Math.floor((latestMs - originMs) / stepMs) + 1;
}

const UNITS: readonly [string, number][] = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]];

/**
 * A duration as a compact string (`'6h'`, `'1h30m'`, `'1ms'`; days are the largest unit).
 * @param ms a duration ≥ 0 in milliseconds.
 * @returns the text, at most two units (rounded down).
 */
export function compactDuration(ms: number): string {
  if (!(ms >= 1)) return `${ms}ms`;
  const parts: string[] = [];
  let rest = Math.floor(ms);
  for (const [unit, size] of UNITS) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size).toLocaleString('en-US')}${unit}`);
      rest %= size;
    } else if (parts.length > 0) break;
  }
  return parts.join('');
}

/** A span: days past two days (`'2.9 days'`, `'5,901 days'`), else compact (`'1d22h'`). */
function spanText(ms: number): string {
  const days = ms / 86_400_000;
  if (days < 2) return compactDuration(ms);
  return days < 10 ? `${(Math.floor(days * 10) / 10).toFixed(1)} days` : `${Math.floor(days).toLocaleString('en-US')} days`;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Throw when cutting `span` into windows of `stepMs` from `originMs` needs more than `maxWindows`.
 * @param stage the stage named in the error.
 * @param option the option named (the step, which sets the count).
 * @param received the step the user gave.
 * @param window `{ stepMs, originMs, maxWindows }`.
 * @param span the earliest and latest post times, and where most posts lie when known.
 * @throws {InvalidOptionsError} naming the step, with the span, the count it needs, the earliest
 *   and latest times, and what to do (a wider step, a higher maxWindows, outlier timestamps).
 */
export function checkWindowCount(
  stage: string,
  option: string,
  received: unknown,
  window: { readonly stepMs: number; readonly originMs: number; readonly maxWindows: number },
  span: PostSpan,
): void {
  const { stepMs, originMs, maxWindows } = window;
  const needed = windowCount(originMs, span.latestMs, stepMs);
  if (needed <= maxWindows) return;
  const from = Math.min(originMs, span.earliestMs);
  // The origin floors to the new step too: one window of margin.
  const minStep = Math.ceil((span.latestMs - from + 1) / Math.max(1, maxWindows - 1));
  const bulk = span.bulk === undefined
    ? ''
    : ` ${Math.round(span.bulk.share * 100)} % of the posts lie between ${iso(span.bulk.fromMs)} and ${iso(span.bulk.toMs)}` +
      ` (${spanText(span.bulk.toMs - span.bulk.fromMs)}, ${windowCount(Math.floor(span.bulk.fromMs / stepMs) * stepMs, span.bulk.toMs, stepMs).toLocaleString('en-US')} windows).`;
  throw new InvalidOptionsError(stage, option, received,
    `at most ${maxWindows.toLocaleString('en-US')} windows (maxWindows): the posts run from ${iso(span.earliestMs)} to ` +
    `${iso(span.latestMs)}${originMs < span.earliestMs ? ` (windows from ${iso(originMs)})` : ''}, ${spanText(span.latestMs - from)}, ` +
    `which a step of ${compactDuration(stepMs)} cuts into ${needed.toLocaleString('en-US')} windows.${bulk} ` +
    `Use a wider step (≥ ${compactDuration(minStep)}, with a window at least as long), raise maxWindows (--max-windows), or look for outlier timestamps ` +
    `(the earliest and latest posts above) and drop or fix them`);
}
