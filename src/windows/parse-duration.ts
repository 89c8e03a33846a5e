/**
 * Duration parsing: every duration option of the library (window size and step, Δt,
 * lateness) goes through {@link parseDuration}, so `'90s'`, `'PT90S'`, `{ seconds: 90 }`
 * and `90000` mean the same everywhere.
 *
 * Months and years have no fixed length (28–31 days, 365–366 days) and are rejected rather
 * than silently averaged; write `'30d'` or `'P365D'` instead.
 */
import { milliseconds } from 'date-fns/milliseconds';
import { InvalidOptionsError } from '../errors.js';
import type { DurationInput, DurationObject } from './types.js';

const STAGE = 'windows';
const EXPECTED =
  "a duration: milliseconds ≥ 0, a string such as '500ms', '90s', '5m', '24h', '7d', '1w' or '1h30m', " +
  "an ISO 8601 duration such as 'PT1H' or 'P1DT2H', or a date-fns Duration object such as { hours: 1 } " +
  '(months and years are not accepted: they have no fixed length)';

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const SHORT_PART = /(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m|h|d|w)/gy;
const ISO = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const OBJECT_KEYS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

function fail(option: string, value: unknown): never {
  throw new InvalidOptionsError(STAGE, option, value, EXPECTED);
}

function checkResult(ms: number, option: string, value: unknown): number {
  if (!Number.isFinite(ms) || ms < 0) fail(option, value);
  return ms;
}

function parseShort(text: string, option: string, value: unknown): number | undefined {
  const compact = text.trim();
  if (compact === '') return undefined;
  SHORT_PART.lastIndex = 0;
  let total = 0;
  let pos = 0;
  while (pos < compact.length) {
    SHORT_PART.lastIndex = pos;
    const m = SHORT_PART.exec(compact);
    if (m === null) return undefined;
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    pos = SHORT_PART.lastIndex;
    while (compact[pos] === ' ') pos++;
  }
  return checkResult(total, option, value);
}

function parseIso(text: string, option: string, value: unknown): number | undefined {
  const m = ISO.exec(text.trim());
  if (m === null || /T$/i.test(text.trim()) || text.trim().length < 3) return undefined;
  const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s.replace(',', '.')));
  if (num(m[1]) !== 0 || num(m[2]) !== 0) fail(option, value);
  const ms =
    num(m[3]) * UNIT_MS['w']! + num(m[4]) * UNIT_MS['d']! + num(m[5]) * UNIT_MS['h']! +
    num(m[6]) * UNIT_MS['m']! + num(m[7]) * UNIT_MS['s']!;
  return checkResult(ms, option, value);
}

function parseObject(value: object, option: string): number {
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0) fail(option, value);
  for (const key of keys) {
    const v = record[key];
    if (!(OBJECT_KEYS as readonly string[]).includes(key)) fail(option, value);
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(option, value);
  }
  if ((record['years'] ?? 0) !== 0 || (record['months'] ?? 0) !== 0) fail(option, value);
  return checkResult(milliseconds(record as DurationObject), option, value);
}

/**
 * Convert a duration to milliseconds.
 *
 * @param value milliseconds, a short string (`'500ms'`, `'90s'`, `'5m'`, `'24h'`, `'7d'`,
 *   `'1w'`, compounds `'1h30m'`; units are lower-case), an ISO 8601 duration (`'PT1H'`,
 *   `'P1DT2H'`, `'P2W'`), or a date-fns `Duration` object (`{ hours: 1, minutes: 30 }`).
 * @param option the option name reported in the error (default `'duration'`).
 * @returns the duration in milliseconds, finite and ≥ 0.
 * @throws {InvalidOptionsError} for anything else, negative values, and durations with
 *   months or years (no fixed length).
 * @example
 * parseDuration('90s'); // 90000
 * parseDuration('PT1H'); // 3600000
 * parseDuration({ days: 1 }); // 86400000
 */
export function parseDuration(value: DurationInput, option = 'duration'): number {
  if (typeof value === 'number') return checkResult(value, option, value);
  if (typeof value === 'string') {
    const text = value.trim();
    const ms = /^P/i.test(text) ? parseIso(text, option, value) : parseShort(text, option, value);
    if (ms === undefined) fail(option, value);
    return ms;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return parseObject(value, option);
  return fail(option, value);
}
