import { describe, expect, it } from 'vitest';
import {
  generateScenario, generateScenarioStream, resolveScenarioOptions, SCENARIO_NAMES, SCENARIO_PRESETS, DEFAULT_SCENARIO_OPTIONS,
} from '../../src/synthetic/index.js';
import { InvalidOptionsError } from '../../src/errors.js';
import { catchError } from './helpers.js';

const SMALL = { accounts: 600, days: 1 } as const;

describe('generateScenario', () => {
  it('returns byte-identical JSON for the same seed and different posts for another seed', () => {
    const a = generateScenario({ scenario: 'medium', ...SMALL, seed: 11 });
    const b = generateScenario({ scenario: 'medium', ...SMALL, seed: 11 });
    const c = generateScenario({ scenario: 'medium', ...SMALL, seed: 12 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.posts)).not.toBe(JSON.stringify(c.posts));
  });

  it('returns posts in time order with unique ids, integer times inside the period and normalised tags', () => {
    const { posts, truth } = generateScenario({ scenario: 'adversarial', ...SMALL, seed: 2 });
    expect(posts.length).toBe(truth.posts);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    const bad = posts.filter((p, i) =>
      (i > 0 && p.timeMs < posts[i - 1]!.timeMs) ||
      !Number.isInteger(p.timeMs) || p.timeMs < truth.startMs || p.timeMs >= truth.endMs ||
      p.hashtags.length === 0 || new Set(p.hashtags).size !== p.hashtags.length ||
      p.hashtags.some((h) => h !== h.normalize('NFKC').toLowerCase()) || !/^u\d{6}$/.test(p.account));
    expect(bad).toEqual([]);
  });

  it('names every account u<number> so that names do not reveal swarm membership', () => {
    const { posts, truth } = generateScenario({ scenario: 'easy', ...SMALL, seed: 4 });
    const members = new Set(truth.swarms.flatMap((s) => s.members));
    const memberNumbers = [...members].map((m) => Number(m.slice(1)));
    const all = [...new Set(posts.map((p) => p.account))].map((m) => Number(m.slice(1)));
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    // Shuffled assignment: members' numbers are spread like everybody's (not a block at the end or start).
    expect(Math.abs(mean(memberNumbers) - mean(all))).toBeLessThan(0.15 * SMALL.accounts);
    expect(Math.max(...memberNumbers) - Math.min(...memberNumbers)).toBeGreaterThan(0.5 * SMALL.accounts);
  });

  it('returns no swarm and no coordinated post in the null world, but shocks', () => {
    const { truth } = generateScenario({ scenario: 'null', accounts: 800, days: 2, seed: 1 });
    expect(truth.swarms).toEqual([]);
    expect(truth.coordinatedPostIds).toEqual([]);
    expect(truth.events).toEqual([]);
    expect(truth.shocks.length).toBeGreaterThan(0);
  });

  it('returns the same posts and truth through the stream, iterated twice', () => {
    const options = { scenario: 'hard', ...SMALL, seed: 8 } as const;
    const whole = generateScenario(options);
    const stream = generateScenarioStream(options);
    const first = [...stream];
    const second = [...stream];
    expect(JSON.stringify(first)).toBe(JSON.stringify(whole.posts));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(stream.truth())).toBe(JSON.stringify(whole.truth));
    expect(JSON.stringify(generateScenarioStream(options).truth())).toBe(JSON.stringify(whole.truth));
  });

  it('returns about targetPosts posts by scaling the accounts at a fixed per-account rate', () => {
    const { posts, truth } = generateScenario({ scenario: 'medium', targetPosts: 20_000, days: 2, seed: 3 });
    expect(truth.options.accounts).toBe(Math.round(20_000 / (Math.exp(Math.log(3) + 1.125) * 2)));
    expect(Math.abs(posts.length - 20_000) / 20_000).toBeLessThan(0.2);
  });

  it('returns a truth that survives a JSON round trip and lists coordinated ids that exist', () => {
    const { posts, truth } = generateScenario({ scenario: 'medium', ...SMALL, seed: 6 });
    expect(JSON.parse(JSON.stringify(truth))).toEqual(truth);
    const ids = new Set(posts.map((p) => p.id));
    expect(truth.coordinatedPostIds.length).toBeGreaterThan(0);
    for (const id of truth.coordinatedPostIds) expect(ids.has(id)).toBe(true);
    expect(truth.swarms.reduce((s, w) => s + w.coordinatedPosts, 0)).toBe(truth.coordinatedPostIds.length);
  });
});

describe('resolveScenarioOptions', () => {
  it('returns preset values overridden by explicit options', () => {
    const r = resolveScenarioOptions({ scenario: 'hard', participation: 0.8 });
    expect(r.participation).toBe(0.8);
    expect(r.coordinatedShare).toBe(SCENARIO_PRESETS.hard.coordinatedShare);
    expect(resolveScenarioOptions().scenario).toBe('medium');
    expect(resolveScenarioOptions({ scenario: 'dynamic' }).days).toBe(7);
    expect(Object.isFrozen(DEFAULT_SCENARIO_OPTIONS)).toBe(true);
    expect(SCENARIO_NAMES).toEqual(['null', 'easy', 'medium', 'hard', 'adversarial', 'dynamic']);
  });

  const invalid: [Record<string, unknown>, string][] = [
    [{ scenario: 'extreme' }, 'scenario'],
    [{ seed: -1 }, 'seed'],
    [{ seed: 1.5 }, 'seed'],
    [{ days: 0 }, 'days'],
    [{ accounts: 0 }, 'accounts'],
    [{ accounts: 100, targetPosts: 1000 }, 'targetPosts'],
    [{ participation: 0 }, 'participation'],
    [{ participation: 1.2 }, 'participation'],
    [{ jitterMs: -1 }, 'jitterMs'],
    [{ jitterDistribution: 'normal' }, 'jitterDistribution'],
    [{ burstSchedule: 'cron' }, 'burstSchedule'],
    [{ coordinatedShare: 0 }, 'coordinatedShare'],
    [{ swarmSizeMin: 2 }, 'swarmSizeMin'],
    [{ swarmSizeMin: 20, swarmSizeMax: 10 }, 'swarmSizeMin'],
    [{ shockAccountsMin: 50, shockAccountsMax: 10 }, 'shockAccountsMin'],
    [{ ownTags: 0, hijackTags: 0 }, 'ownTags'],
    [{ overlap: 0.9 }, 'overlap'],
    [{ dynamics: 'yes' }, 'dynamics'],
    [{ adoptionGammas: [] }, 'adoptionGammas'],
    [{ adoptionGammas: [1, Number.NaN] }, 'adoptionGammas'],
    [{ selfExcitation: 1 }, 'selfExcitation'],
    [{ particpation: 0.5 }, 'particpation'],
    [{ accounts: 60, swarmSizeMax: 50 }, 'accounts'],
  ];
  it.each(invalid)('throws InvalidOptionsError for %j', (options, option) => {
    const error = catchError(() => resolveScenarioOptions(options as never));
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).code).toBe('invalid-options');
    expect((error as InvalidOptionsError).option).toBe(option);
  });

  it('returns small worlds with large overlap without hanging', () => {
    const { truth } = generateScenario({ accounts: 40, days: 0.25, swarms: 8, swarmSizeMin: 3, swarmSizeMax: 20, overlap: 0.5, seed: 1, dynamics: true });
    expect(truth.swarms.length).toBeGreaterThanOrEqual(8);
    for (const s of truth.swarms) expect(new Set(s.members).size).toBe(s.members.length);
  });

  it('throws before generating anything', () => {
    expect(() => generateScenarioStream({ days: -1 })).toThrow(InvalidOptionsError);
    expect(() => generateScenario('medium' as never)).toThrow(InvalidOptionsError);
  });
});
