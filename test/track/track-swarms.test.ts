import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import { createSwarmTracker, DEFAULT_TRACKING_OPTIONS, trackSwarms } from '../../src/track/index.js';
import type { SwarmCandidate, WindowSwarms } from '../../src/swarms/index.js';
import type { SwarmEvent } from '../../src/track/index.js';

const A = ['a1', 'a2', 'a3', 'a4', 'a5'];
const B = ['b1', 'b2', 'b3', 'b4'];

function candidate(windowIndex: number, n: number, members: string[], isSwarm = true): SwarmCandidate {
  return {
    key: `w${windowIndex}-c${n}`, windowIndex, members: [...members].sort(), grownMembers: [], size: members.length, posts: 10,
    hashtags: [], internalDensity: 1, conductance: 0, modularityContribution: 0.1, syncFraction: 1, medianLagMs: 1000,
    significance: {
      statistic: 1, pValue: isSwarm ? 0.005 : 0.5, pTimeShift: 0.005, pPermutation: 0.005, zTimeShift: 5, zPermutation: 5,
      replicatesTimeShift: 199, replicatesPermutation: 199, repeatedBursts: 4, ownedHashtags: 1, isSwarm,
      reasons: isSwarm ? [] : ['time-shift-not-significant'], edges: 3, episodes: 6, expectedEpisodes: 0.5,
    },
  };
}

function win(index: number, groups: string[][], rejected: string[][] = []): WindowSwarms {
  const all = [...groups.map((g) => ({ g, s: true })), ...rejected.map((g) => ({ g, s: false }))].sort(
    (x, y) => y.g.length - x.g.length || (x.g[0]! < y.g[0]! ? -1 : 1),
  );
  return { windowIndex: index, startMs: index, endMs: index + 1, status: 'analyzed', candidates: all.map((x, n) => candidate(index, n, x.g, x.s)), modularity: 0.5 };
}

const types = (events: readonly SwarmEvent[]): string[] => events.map((e) => `${e.windowIndex}:${e.type}:${e.swarmIds.join('+')}${e.fromIds ? `<${e.fromIds.join('+')}` : ''}`);

describe('trackSwarms', () => {
  it('returns a birth then a continuation under the same id', () => {
    const r = trackSwarms([win(0, [A]), win(1, [A])]);
    expect(types(r.events)).toEqual(['0:birth:swarm-0-0', '1:continuation:swarm-0-0']);
    expect(r.swarms).toHaveLength(1);
    expect(r.swarms[0]).toMatchObject({ id: 'swarm-0-0', firstSeen: 0, lastSeen: 1, windows: [0, 1], lifetime: 2, memberRetention: 1, status: 'active' });
  });

  it('returns growth and contraction by the size ratio', () => {
    expect(types(trackSwarms([win(0, [A]), win(1, [[...A, 'a6']])]).events)[1]).toBe('1:growth:swarm-0-0');
    expect(types(trackSwarms([win(0, [A]), win(1, [A.slice(0, 4)])]).events)[1]).toBe('1:contraction:swarm-0-0');
  });

  it('returns a merge that keeps the most similar id and a death of the absorbed swarm', () => {
    const r = trackSwarms([win(0, [A.slice(0, 4), B]), win(1, [[...A.slice(0, 4), ...B]])]);
    expect(types(r.events)).toEqual([
      '0:birth:swarm-0-0', '0:birth:swarm-0-1',
      '1:merge:swarm-0-0<swarm-0-0+swarm-0-1', '1:death:swarm-0-1<swarm-0-0',
    ]);
    expect(r.swarms.find((s) => s.id === 'swarm-0-1')!.status).toBe('dead');
  });

  it('returns a split: the most similar part keeps the id, the other gets a new id with parentId', () => {
    const r = trackSwarms([win(0, [[...A, ...B]]), win(1, [A, B])]);
    expect(types(r.events)).toEqual(['0:birth:swarm-0-0', '1:split:swarm-0-0+swarm-1-0<swarm-0-0']);
    const child = r.swarms.find((s) => s.id === 'swarm-1-0')!;
    expect(child.parentId).toBe('swarm-0-0');
    expect(child.members).toEqual(B);
  });

  it('returns a death after deathAge unmatched windows, not before', () => {
    const r = trackSwarms([win(0, [A]), win(1, []), win(2, []), win(3, [])]);
    expect(types(r.events)).toEqual(['0:birth:swarm-0-0', '3:death:swarm-0-0']);
    const short = trackSwarms([win(0, [A]), win(1, []), win(2, [])]);
    expect(short.swarms[0]!.status).toBe('active');
  });

  it('does not count as misses the windows that overlap the last match (24 h windows every 6 h)', () => {
    // Window k spans [6k, 6k + 24) hours: windows 1–3 overlap window 0, so the three misses
    // that kill the swarm are windows 4, 5 and 6.
    const H = 3_600_000;
    const slide = (index: number, groups: string[][]): WindowSwarms => ({ ...win(index, groups), startMs: 6 * H * index, endMs: 6 * H * index + 24 * H });
    const r = trackSwarms([0, 1, 2, 3, 4, 5, 6].map((k) => slide(k, k === 0 ? [A] : [])));
    expect(types(r.events)).toEqual(['0:birth:swarm-0-0', '6:death:swarm-0-0']);
    const back = trackSwarms([0, 1, 2, 3, 4, 5].map((k) => slide(k, k === 0 || k === 5 ? [A] : [])));
    expect(types(back.events)).toEqual(['0:birth:swarm-0-0', '5:continuation:swarm-0-0', '5:resurgence:swarm-0-0']);
    // Missing windows count as misses: window 6 after window 0 alone.
    expect(types(trackSwarms([slide(0, [A]), slide(6, [])]).events)).toEqual(['0:birth:swarm-0-0', '6:death:swarm-0-0']);
  });

  it('returns a resurgence when a swarm returns after skipped windows', () => {
    const r = trackSwarms([win(0, [A]), win(1, []), win(2, [A])]);
    expect(types(r.events)).toEqual(['0:birth:swarm-0-0', '2:continuation:swarm-0-0', '2:resurgence:swarm-0-0']);
    expect(r.swarms[0]!.windows).toEqual([0, 2]);
  });

  it('does not track candidates that are not swarms', () => {
    const r = trackSwarms([win(0, [A], [B]), win(1, [], [A])]);
    expect(r.swarms.map((s) => s.id)).toEqual(['swarm-0-0']);
    expect(r.swarms[0]!.windows).toEqual([0]);
  });

  it('returns core members and member retention (Palla C(t, t+1))', () => {
    const r = trackSwarms([win(0, [A]), win(1, [['a1', 'a2', 'a3', 'a4', 'a6']]), win(2, [A])]);
    const s = r.swarms[0]!;
    expect(s.coreMembers).toEqual(A);
    expect(s.members).toEqual([...A, 'a6']);
    expect(s.memberRetention).toBeCloseTo(4 / 6, 12);
    expect(s.candidateKeys).toEqual(['w0-c0', 'w1-c0', 'w2-c0']);
  });

  it('does not match below the Jaccard threshold', () => {
    const r = trackSwarms([win(0, [A]), win(1, [['a1', 'x1', 'x2', 'x3']])]);
    expect(types(r.events)).toEqual(['0:birth:swarm-0-0', '1:birth:swarm-1-0']);
    const loose = trackSwarms([win(0, [A]), win(1, [['a1', 'a2', 'x2', 'x3']])], { threshold: 0.2 });
    expect(types(loose.events)[1]).toBe('1:contraction:swarm-0-0');
    const overlap = trackSwarms([win(0, [A]), win(1, [['a1', 'a2', 'x2', 'x3']])], { similarity: 'overlap', threshold: 0.45 });
    expect(types(overlap.events)[1]).toBe('1:contraction:swarm-0-0');
  });

  // A rotating roster of ten: windows 0 and 1 detect two different halves, window 2 the first half.
  const R = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9'];
  const first = R.slice(0, 5);
  const second = R.slice(5);

  it('rejoins a swarm whose detected half changed when its members were the swarm\'s past members (rejoinShare)', () => {
    // Window 1's half shares nobody with window 0's front: a birth by Jaccard alone.
    const off = trackSwarms([win(0, [R]), win(1, [first]), win(2, [second])], { rejoinShare: 0 });
    expect(types(off.events)).toEqual(['0:birth:swarm-0-0', '1:contraction:swarm-0-0', '2:birth:swarm-2-0']);
    const on = trackSwarms([win(0, [R]), win(1, [first]), win(2, [second])]);
    expect(types(on.events)).toEqual(['0:birth:swarm-0-0', '1:contraction:swarm-0-0', '2:continuation:swarm-0-0']);
    expect(on.swarms).toHaveLength(1);
    expect(on.swarms[0]!.windows).toEqual([0, 1, 2]);
  });

  it('does not rejoin below the share, nor a swarm that another swarm of the window continues', () => {
    // 3 of 5 past members (0.6) is below the default 0.8.
    const below = trackSwarms([win(0, [R]), win(1, [first]), win(2, [['r5', 'r6', 'r7', 'x1', 'x2']])]);
    expect(types(below.events)[2]).toBe('2:birth:swarm-2-0');
    expect(types(trackSwarms([win(0, [R]), win(1, [first]), win(2, [['r5', 'r6', 'r7', 'x1', 'x2']])], { rejoinShare: 0.6 }).events)[2]).toBe('2:continuation:swarm-0-0');
    // The first half continues swarm-0-0 by Jaccard in window 2: the second half is born.
    const taken = trackSwarms([win(0, [R]), win(1, [first]), win(2, [first, second])]);
    expect(types(taken.events).slice(2)).toEqual(['2:continuation:swarm-0-0', '2:birth:swarm-2-0']);
  });

  it('does not rejoin a dead swarm', () => {
    const late = trackSwarms([win(0, [R]), win(1, [first]), win(2, []), win(3, []), win(4, []), win(5, [second])]);
    expect(types(late.events).slice(-2)).toEqual(['4:death:swarm-0-0', '5:birth:swarm-5-0']);
  });
});

describe('createSwarmTracker', () => {
  it('returns the same result incrementally as trackSwarms, with active swarms per update', () => {
    const seq = [win(0, [A, B]), win(1, [A]), win(2, []), win(3, [[...A, 'a6']]), win(5, [])];
    const tracker = createSwarmTracker();
    const updates = seq.map((w) => tracker.update(w));
    expect(updates[1]!.active.map((s) => s.id)).toEqual(['swarm-0-0', 'swarm-0-1']);
    expect(updates[4]!.active.map((s) => s.id)).toEqual(['swarm-0-0']);
    expect(updates[3]!.events.map((e) => e.type)).toEqual(['growth', 'resurgence', 'death']);
    expect(updates[4]!.events).toEqual([]);
    expect(tracker.finish()).toEqual(trackSwarms(seq));
  });

  it('throws when window indexes do not increase', () => {
    const tracker = createSwarmTracker();
    tracker.update(win(2, [A]));
    expect(() => tracker.update(win(2, [A]))).toThrow(InvalidOptionsError);
  });

  it('throws InvalidOptionsError with code invalid-options for every bad option', () => {
    const bad: Record<string, unknown[]> = { threshold: [-0.1, 1.1, 'x'], similarity: ['cosine'], deathAge: [0, 1.5], sizeChange: [-1, 2], coreShare: [0, 1.5], rejoinShare: [-0.1, 1.1, 'x'], other: [1] };
    for (const [option, values] of Object.entries(bad)) {
      for (const value of values) {
        try {
          createSwarmTracker({ [option]: value } as never);
          expect.unreachable();
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidOptionsError);
          expect((e as InvalidOptionsError).code).toBe('invalid-options');
          expect((e as InvalidOptionsError).option).toBe(option);
        }
      }
    }
    expect(Object.isFrozen(DEFAULT_TRACKING_OPTIONS)).toBe(true);
  });
});
