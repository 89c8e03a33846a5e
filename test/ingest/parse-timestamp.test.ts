import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../src/ingest/index.js';
import { InvalidOptionsError } from '../../src/errors.js';

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
