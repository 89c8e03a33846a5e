import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import { parseDuration } from '../../src/windows/index.js';

describe('parseDuration', () => {
  it.each([
    [90_000, 90_000],
    ['500ms', 500],
    ['90s', 90_000],
    ['5m', 300_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['1w', 604_800_000],
    ['1.5h', 5_400_000],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['0s', 0],
    ['PT1H', 3_600_000],
    ['P1D', 86_400_000],
    ['P1DT2H', 93_600_000],
    ['PT1M30S', 90_000],
    ['PT0.5S', 500],
    ['pt2m', 120_000],
    ['P2W', 1_209_600_000],
  ] as const)('returns the milliseconds of %s', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });

  it('returns the milliseconds of a date-fns Duration object', () => {
    expect(parseDuration({ hours: 1 })).toBe(3_600_000);
    expect(parseDuration({ days: 1, minutes: 1, seconds: 1 })).toBe(86_461_000);
    expect(parseDuration({ weeks: 1 })).toBe(604_800_000);
  });

  it.each([
    ['P1M'],
    ['P1Y'],
    ['P1Y2D'],
    ['1M'],
    ['1y'],
    ['abc'],
    [''],
    ['5x'],
    ['5'],
    ['PT'],
    ['P'],
    ['-5s'],
    [-5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ] as const)('throws invalid-options for %s', (input) => {
    expect(() => parseDuration(input)).toThrow(InvalidOptionsError);
    try {
      parseDuration(input);
    } catch (error) {
      expect((error as InvalidOptionsError).code).toBe('invalid-options');
      expect((error as InvalidOptionsError).option).toBe('duration');
    }
  });

  it('throws invalid-options for months, years, unknown keys and negative fields in objects', () => {
    for (const bad of [{ months: 1 }, { years: 1 }, {}, { hours: -1 }, { fortnights: 1 }, { hours: Number.NaN }]) {
      expect(() => parseDuration(bad as never, 'size')).toThrow(expect.objectContaining({ code: 'invalid-options', option: 'size' }));
    }
  });

  it('accepts zero months and years in objects', () => {
    expect(parseDuration({ years: 0, months: 0, hours: 2 })).toBe(7_200_000);
  });
});
