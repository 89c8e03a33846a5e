import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from 'hashtag-swarms';
import { resolveInfluenceOptions } from 'hashtag-swarms/influence';
import { resolveSwarmOptions } from 'hashtag-swarms/swarms';

describe('resolved options', () => {
  it('are returned as they are when resolved again (no second validation), and frozen', () => {
    const swarms = resolveSwarmOptions({ resolution: 2, seed: 7 });
    expect(Object.isFrozen(swarms)).toBe(true);
    expect(resolveSwarmOptions(swarms)).toBe(swarms);
    const influence = resolveInfluenceOptions({ maxLagMs: 30_000 });
    expect(Object.isFrozen(influence)).toBe(true);
    expect(resolveInfluenceOptions(influence)).toBe(influence);
  });

  it('are recognised by identity only: a copy is validated again, and a bad copy still throws', () => {
    const swarms = resolveSwarmOptions({ resolution: 2 });
    const copy = resolveSwarmOptions({ ...swarms });
    expect(copy).not.toBe(swarms);
    expect(copy).toEqual(swarms);
    expect(() => resolveSwarmOptions({ ...swarms, resolution: -1 })).toThrow(InvalidOptionsError);
    const influence = resolveInfluenceOptions({});
    expect(() => resolveInfluenceOptions({ ...influence, maxLagMs: 0 })).toThrow(InvalidOptionsError);
  });
});
