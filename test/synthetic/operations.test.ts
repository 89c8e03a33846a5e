import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATIONS_OPTIONS, generateOperations } from '../../src/synthetic/index.js';
import type { OperationsScenario } from '../../src/synthetic/index.js';
import { InvalidOptionsError } from '../../src/errors.js';
import { catchError, clusterTimes } from './helpers.js';

const SMALL = { accounts: 400, days: 2 } as const;
const cache = new Map<string, OperationsScenario>();
function scenario(family: 'base' | 'crowd' | 'games' | 'null', seed = 1): OperationsScenario {
  const key = `${family}:${seed}`;
  let s = cache.get(key);
  if (s === undefined) cache.set(key, (s = generateOperations({ family, seed, ...SMALL })));
  return s;
}
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe('generateOperations', () => {
  it('returns identical output for the same seed and different posts for another seed', () => {
    const a = scenario('base', 5);
    const b = generateOperations({ family: 'base', seed: 5, ...SMALL });
    const c = scenario('base', 6);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.posts)).not.toBe(JSON.stringify(a.posts));
  });

  it('throws InvalidOptionsError on bad options and freezes its defaults', () => {
    for (const bad of [{ family: 'ladder' }, { accounts: 10 }, { days: 0 }, { seed: -1 }, { operations: 1.5 }, { operation: 3 }, 'base']) {
      const error = catchError(() => generateOperations(bad as never));
      expect(error).toBeInstanceOf(InvalidOptionsError);
    }
    expect(Object.isFrozen(DEFAULT_OPERATIONS_OPTIONS)).toBe(true);
    expect(DEFAULT_OPERATIONS_OPTIONS).toMatchObject({ family: 'base', accounts: 3000, days: 3, operations: 6 });
  });

  it('returns posts sorted by (timeMs, id) with unique ids inside the period', () => {
    for (const family of ['base', 'crowd', 'games', 'null'] as const) {
      const { posts, truth } = scenario(family);
      expect(posts.length).toBe(truth.posts);
      expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
      const unsorted = posts.filter((p, i) => i > 0 && (p.timeMs < posts[i - 1]!.timeMs || (p.timeMs === posts[i - 1]!.timeMs && p.id <= posts[i - 1]!.id)));
      expect(unsorted).toEqual([]);
      expect(posts.every((p) => p.timeMs >= truth.startMs && p.timeMs < truth.endMs && p.hashtags.length > 0)).toBe(true);
      expect(truth.family).toBe(family);
    }
  });

  it('lists every operation with sorted members that posted in its runs, and coordinated ids of run posts', () => {
    const { posts, truth } = scenario('base');
    expect(truth.swarms.length).toBe(DEFAULT_OPERATIONS_OPTIONS.operations);
    const coordinated = new Set(truth.coordinatedPostIds);
    const byId = new Map(posts.map((p) => [p.id, p]));
    for (const id of coordinated) expect(byId.has(id)).toBe(true);
    for (const s of truth.swarms) {
      expect(s.members).toEqual([...s.members].sort());
      expect(s.members.length).toBeGreaterThanOrEqual(14);
      expect(s.members.every((m) => m.startsWith('op'))).toBe(true);
    }
    const members = new Set(truth.swarms.flatMap((s) => s.members));
    for (const id of coordinated) expect(members.has(byId.get(id)!.account)).toBe(true);
    expect(truth.swarms.reduce((s, w) => s + w.coordinatedPosts, 0)).toBe(coordinated.size);
    expect(JSON.parse(JSON.stringify(truth))).toEqual(truth);
  });

  it('has a median of 5–15 posts per member per run in base', () => {
    const { posts, truth } = scenario('base');
    const coordinated = new Set(truth.coordinatedPostIds);
    const counts: number[] = [];
    for (const run of truth.runs) {
      const members = new Set(truth.swarms.find((s) => s.id === run.operation)!.members);
      const per = new Map<string, number>();
      for (const p of posts) {
        if (coordinated.has(p.id) && members.has(p.account) && p.timeMs >= run.startMs - 60_000 && p.timeMs < run.endMs) per.set(p.account, (per.get(p.account) ?? 0) + 1);
      }
      counts.push(...per.values());
    }
    expect(median(counts)).toBeGreaterThanOrEqual(5);
    expect(median(counts)).toBeLessThanOrEqual(15);
  });

  it('makes 20–40 % of organic posts reposts, each within 120 s of its original and with its hashtags', () => {
    for (const family of ['base', 'null'] as const) {
      const { posts, truth } = scenario(family);
      const coordinated = new Set(truth.coordinatedPostIds);
      const organic = posts.filter((p) => !coordinated.has(p.id));
      const reposts = organic.filter((p) => p.repostOf !== undefined);
      expect(reposts.length / organic.length).toBeGreaterThanOrEqual(0.2);
      expect(reposts.length / organic.length).toBeLessThanOrEqual(0.4);
      const byId = new Map(posts.map((p) => [p.id, p]));
      for (const r of reposts) {
        const original = byId.get(r.repostOf!)!;
        expect(original).toBeDefined();
        expect(r.timeMs - original.timeMs).toBeGreaterThanOrEqual(0);
        expect(r.timeMs - original.timeMs).toBeLessThanOrEqual(120_000);
        expect(r.hashtags).toEqual(original.hashtags);
        expect(r.account).not.toBe(original.account);
      }
    }
  });

  it('has live events whose fixed attendees post together across the talks', () => {
    const { posts, truth } = scenario('null');
    expect(truth.liveEvents.length).toBe(2 * SMALL.days);
    for (const event of truth.liveEvents) {
      const tagged = posts.filter((p) => p.hashtags.includes(event.hashtag));
      const attendees = new Set(event.attendees);
      expect(tagged.every((p) => attendees.has(p.account))).toBe(true);
      const talks = clusterTimes(tagged.map((p) => p.timeMs), 10 * 60_000);
      expect(talks.length).toBeGreaterThanOrEqual(4);
      expect(talks.length).toBe(event.talks.length);
      // Talks attended per attendee (each talk holds at most one post of an attendee).
      const attended = new Map<string, number>();
      for (const p of tagged) attended.set(p.account, (attended.get(p.account) ?? 0) + 1);
      const mean = [...attended.values()].reduce((s, n) => s + n, 0) / attended.size;
      expect(mean).toBeGreaterThanOrEqual(2.5);
      expect(Math.max(...attended.values())).toBeGreaterThanOrEqual(4);
    }
  });

  it('plants nothing in the null family', () => {
    const { truth } = scenario('null');
    expect(truth.swarms).toEqual([]);
    expect(truth.coordinatedPostIds).toEqual([]);
    expect(truth.runs).toEqual([]);
    expect(truth.scenario).toBe('null');
    expect(truth.shocks.length).toBe(3 * SMALL.days);
  });

  it('rounds every post of the minute-resolution operations down to the minute', () => {
    const { posts, truth } = scenario('base');
    expect(truth.minuteResolutionOperations.length).toBe(Math.floor(truth.swarms.length / 2));
    const minuteMembers = new Set(truth.swarms.filter((s) => truth.minuteResolutionOperations.includes(s.id)).flatMap((s) => s.members));
    const theirs = posts.filter((p) => minuteMembers.has(p.account));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((p) => p.timeMs % 60_000 === 0)).toBe(true);
    const others = posts.filter((p) => !minuteMembers.has(p.account));
    expect(others.some((p) => p.timeMs % 60_000 !== 0)).toBe(true);
  });

  it('switches owned tags daily in base, rides shocks in crowd and runs long games in games', () => {
    const base = scenario('base').truth;
    for (const s of base.swarms) expect(new Set(base.runs.filter((r) => r.operation === s.id).map((r) => r.hashtag)).size).toBe(SMALL.days);
    const crowd = scenario('crowd').truth;
    const riders = crowd.swarms.filter((s) => s.ownedHashtags.length === 0);
    expect(riders.length).toBe(Math.floor(crowd.swarms.length / 2));
    for (const s of riders) {
      for (const run of crowd.runs.filter((r) => r.operation === s.id)) {
        expect(crowd.shocks.some((k) => k.hashtag === run.hashtag && k.timeMs <= run.startMs && run.startMs - k.timeMs <= 10 * 60_000)).toBe(true);
      }
    }
    const games = scenario('games').truth;
    expect(games.runs.length).toBe(games.swarms.length * SMALL.days);
    for (const r of games.runs) expect(r.endMs - r.startMs).toBeGreaterThanOrEqual(3 * 3_600_000);
  });
});
