import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../src/synthetic/index.js';

describe('generateScenario (dynamic)', () => {
  const { posts, truth } = generateScenario({ scenario: 'dynamic', accounts: 1500, days: 4, seed: 2 });
  const byId = new Map(truth.swarms.map((s) => [s.id, s]));

  it('returns births, deaths, a merge, a split and a growth, sorted by time', () => {
    expect(new Set(truth.events.map((e) => e.type))).toEqual(new Set(['birth', 'death', 'merge', 'split', 'growth']));
    for (let i = 1; i < truth.events.length; i++) expect(truth.events[i]!.timeMs).toBeGreaterThanOrEqual(truth.events[i - 1]!.timeMs);
    for (const e of truth.events) expect(e.swarms).toEqual([...new Set([...e.from, ...e.to])].sort());
  });

  it('returns a merged swarm made of both predecessors, starting when they stop', () => {
    const merge = truth.events.find((e) => e.type === 'merge')!;
    const [a, b] = merge.from.map((id) => byId.get(id)!);
    const merged = byId.get(merge.to[0]!)!;
    expect(merged.members).toEqual([...new Set([...a!.members, ...b!.members])].sort());
    expect(a!.activeTo).toBe(merge.timeMs);
    expect(b!.activeTo).toBe(merge.timeMs);
    expect(merged.activeFrom).toBe(merge.timeMs);
  });

  it('returns split halves that partition the parent', () => {
    const split = truth.events.find((e) => e.type === 'split')!;
    const parent = byId.get(split.from[0]!)!;
    const halves = split.to.map((id) => byId.get(id)!);
    expect([...halves[0]!.members, ...halves[1]!.members].sort()).toEqual(parent.members);
    expect(halves[0]!.activeFrom).toBe(split.timeMs);
  });

  it('returns growth as a second membership period and no coordinated post outside the active span', () => {
    const growth = truth.events.find((e) => e.type === 'growth')!;
    const grown = byId.get(growth.to[0]!)!;
    expect(grown.membership).toHaveLength(2);
    expect(grown.membership[1]!.fromMs).toBe(growth.timeMs);
    expect(grown.membership[1]!.members.length).toBeGreaterThan(grown.membership[0]!.members.length);
    const coordinated = new Set(truth.coordinatedPostIds);
    const born = byId.get(truth.events.find((e) => e.type === 'birth' && e.timeMs > truth.startMs)!.to[0]!)!;
    const early = posts.filter((p) => coordinated.has(p.id) && born.members.includes(p.account) && p.timeMs < born.activeFrom);
    // members of a later-born swarm in no other swarm make no burst post before its birth
    const others = new Set(truth.swarms.filter((s) => s.id !== born.id).flatMap((s) => s.members));
    expect(early.filter((p) => !others.has(p.account))).toEqual([]);
  });
});
