import { describe, expect, it } from 'vitest';
import { parseFieldMap } from '../../src/sources/index.js';
import { InvalidOptionsError } from '../../src/errors.js';

describe('parseFieldMap', () => {
  it('returns generic field → column pairs', () => {
    expect({ ...parseFieldMap('account=screen_name, time = created_at,')}).toEqual({ account: 'screen_name', time: 'created_at' });
  });
  it('returns an empty map for empty text', () => {
    expect(Object.keys(parseFieldMap(''))).toEqual([]);
  });
  it.each(['account', 'user=x', 'account=', '__proto__=x'])('throws InvalidOptionsError for %j', (text) => {
    try { parseFieldMap(text); expect.unreachable(); } catch (e) {
      expect(e).toBeInstanceOf(InvalidOptionsError);
      expect((e as InvalidOptionsError).code).toBe('invalid-options');
    }
  });
});
