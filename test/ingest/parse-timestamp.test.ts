import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../src/ingest/index.js';
import { InvalidOptionsError } from '../../src/errors.js';
import fc from 'fast-check';
import { parseTimeMs } from '../../src/ingest/parse-time-ms.js';

const ok = (timeMs: number) => ({ status: 'ok', timeMs });

describe('parseTimestamp', () => {
  it.each<[unknown, number]>([
    ['2018-10-10T20:19:24Z', Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['2018-10-10T22:19:24+02:00', Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['2018-10-10T15:19:24-0500', Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['2018-10-10T20:19:24.123456Z', Date.UTC(2018, 9, 10, 20, 19, 24, 123)],
    ['2018-10-10 20:19:24', Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['2018-10-10', Date.UTC(2018, 9, 10)],
    ['Wed Oct 10 20:19:24 +0000 2018', Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['Wed Oct 10 22:19:24 +0200 2018', Date.UTC(2018, 9, 10, 20, 19, 24)],
    [1539202764, Date.UTC(2018, 9, 10, 20, 19, 24)],
    [1539202764000, Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['1539202764', Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['1539202764.5', Date.UTC(2018, 9, 10, 20, 19, 24, 500)],
    [99_999_999_999, 99_999_999_999_000],
  ])('returns epoch ms for %j', (value, expected) => {
    const result = parseTimestamp(value, { maxTimeMs: 1e16 });
    expect(result).toEqual(ok(expected));
  });
  it('reads offset-less date-times in the timeZone option', () => {
    expect(parseTimestamp('2021-09-26 18:00', { timeZone: '+02:00' })).toEqual(ok(Date.UTC(2021, 8, 26, 16)));
    expect(parseTimestamp('2021-09-26T18:00:00Z', { timeZone: '+02:00' })).toEqual(ok(Date.UTC(2021, 8, 26, 18)));
  });
  it.each(['', 'yesterday', '2021-13-01', '2021-02-29T00:00:00Z', '2021-01-01T24:00:00Z', '2021-01-01T00:00:00+25:00', 'Wed Foo 10 20:19:24 +0000 2018', null, {}, Number.NaN])(
    'returns invalid-timestamp for %j', (value) => {
      expect(parseTimestamp(value)).toEqual({ status: 'rejected', code: 'invalid-timestamp' });
    },
  );
  it('returns timestamp-out-of-range outside [minTimeMs, maxTimeMs)', () => {
    expect(parseTimestamp('1999-12-31T23:59:59Z')).toEqual({ status: 'rejected', code: 'timestamp-out-of-range' });
    expect(parseTimestamp(0)).toEqual({ status: 'rejected', code: 'timestamp-out-of-range' });
    expect(parseTimestamp('2000-01-01T00:00:00Z')).toEqual(ok(Date.UTC(2000, 0, 1)));
    expect(parseTimestamp('2020-01-01T00:00:00Z', { maxTimeMs: Date.UTC(2020, 0, 1) }).status).toBe('rejected');
  });
  it('throws InvalidOptionsError for an IANA zone', () => {
    expect(() => parseTimestamp('2020-01-01', { timeZone: 'Europe/Paris' })).toThrow(InvalidOptionsError);
  });
});

describe('the ISO …Z fast path', () => {
  it('agrees with the general ISO path (same instant written with +00:00) on valid and invalid strings', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((x) => String(x).padStart(2, '0'));
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }), two, two, two, two, two,
        fc.option(fc.integer({ min: 0, max: 999 }).map((x) => String(x).padStart(3, '0'))),
        (y, mo, d, h, mi, s, frac) => {
          const base = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac === null ? '' : `.${frac}`}`;
          expect(parseTimeMs(`${base}Z`, 0)).toBe(parseTimeMs(`${base}+00:00`, 0));
        },
      ),
      { numRuns: 500, seed: 11 },
    );
    expect(parseTimeMs('2024-01-01T00:00:00.595Z', 0)).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 595));
    expect(parseTimeMs('2024-02-30T00:00:00Z', 0)).toBeUndefined();
    expect(parseTimeMs('2024-0a-01T00:00:00Z', 0)).toBeUndefined();
  });
});
