/**
 * Timestamps → epoch milliseconds. Accepted forms:
 * - ISO 8601 date-times `YYYY-MM-DDTHH:MM[:SS[.fff…]]` with `Z` or an offset
 *   (`+02:00`, `+0200`, `+02`); a space instead of `T` is accepted; a date alone
 *   (`YYYY-MM-DD`) means midnight;
 * - Twitter API v1.1 `Wed Oct 10 20:19:24 +0000 2018`;
 * - epoch numbers and numeric strings: |value| < 1e11 is seconds, otherwise
 *   milliseconds (1e11 s is the year 5138, 1e11 ms is March 1973, so the rule
 *   is unambiguous for any date from 1973 to 5138); fractions allowed.
 * Offset-less date-times are read in `timeZone`: `'UTC'` or a fixed offset
 * such as `'+02:00'`. IANA zone names (`Europe/Berlin`) are not supported: a
 * fixed offset cannot follow daylight saving time, so convert such data first.
 */

/** Epoch rule threshold: below this absolute value a number is seconds. */
export const EPOCH_SECONDS_LIMIT = 1e11;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const TWITTER = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;
const NUMERIC = /^\s*-?\d+(?:\.\d+)?\s*$/;
const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

/**
 * Parse an offset `Z`, `±HH`, `±HHMM`, `±HH:MM` into milliseconds east of UTC.
 * @param text - the offset
 * @returns the offset in ms, or `undefined` when malformed or beyond ±18 h
 */
export function parseOffsetMs(text: string): number | undefined {
  if (text === 'Z' || text === 'z' || text === 'UTC') return 0;
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(text);
  if (m === null) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 18 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 1 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month] as number;
}

function utc(year: number, month: number, day: number, h: number, mi: number, s: number, ms: number): number | undefined {
  // Date.UTC would roll 31 February over into March: reject impossible dates instead.
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month) || h > 23 || mi > 59 || s > 59) return undefined;
  return Date.UTC(year, month, day, h, mi, s, ms);
}

function fromEpoch(value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  return Math.round(Math.abs(value) < EPOCH_SECONDS_LIMIT ? value * 1000 : value);
}

const digit = (v: string, i: number): number => {
  const c = v.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/**
 * Fast path for the commonest form, `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.fffZ`
 * (what `toISOString()` and most APIs write): character codes instead of a regular
 * expression and seven `Number()` calls. Returns NaN for any other shape, and the caller then
 * takes the general path, so the accepted forms and the results are the same.
 */
function parseIsoUtcFast(v: string): number | undefined {
  const n = v.length;
  if ((n !== 20 && n !== 24) || v.charCodeAt(n - 1) !== 90 /* Z */) return NaN;
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58) return NaN;
  if (n === 24 && v.charCodeAt(19) !== 46) return NaN;
  const year = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const month = digit(v, 5) * 10 + digit(v, 6);
  const day = digit(v, 8) * 10 + digit(v, 9);
  const h = digit(v, 11) * 10 + digit(v, 12);
  const mi = digit(v, 14) * 10 + digit(v, 15);
  const s = digit(v, 17) * 10 + digit(v, 18);
  const ms = n === 24 ? digit(v, 20) * 100 + digit(v, 21) * 10 + digit(v, 22) : 0;
  if (Number.isNaN(year + month + day + h + mi + s + ms)) return NaN;
  return utc(year, month - 1, day, h, mi, s, ms);
}

/**
 * Parse one timestamp value to epoch ms (no range check).
 * @param value - a string or a number
 * @param defaultOffsetMs - offset applied to date-times without one
 * @returns epoch ms, or `undefined` when the value is not a timestamp
 */
export function parseTimeMs(value: unknown, defaultOffsetMs: number): number | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const fast = parseIsoUtcFast(value);
  if (!Number.isNaN(fast)) return fast;
  const iso = ISO.exec(value);
  if (iso !== null) {
    const fraction = iso[7] === undefined ? 0 : Math.round(Number(`0.${iso[7]}`) * 1000);
    const offset = iso[8] === undefined ? defaultOffsetMs : parseOffsetMs(iso[8]);
    if (offset === undefined) return undefined;
    const time = utc(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0), fraction);
    return time === undefined ? undefined : time - offset;
  }
  if (NUMERIC.test(value)) return fromEpoch(Number(value));
  const tw = TWITTER.exec(value);
  if (tw !== null) {
    const offset = parseOffsetMs(tw[6] as string);
    const time = utc(Number(tw[7]), MONTHS[tw[1] as string] as number, Number(tw[2]), Number(tw[3]), Number(tw[4]), Number(tw[5]), 0);
    return time === undefined || offset === undefined ? undefined : time - offset;
  }
  return undefined;
}
