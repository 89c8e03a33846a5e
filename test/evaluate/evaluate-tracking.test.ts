import { describe, expect, it } from 'vitest';
import { evaluateTracking, membersInWindow, truthInWindow, windowOfTime } from '../../src/evaluate/index.js';
import { InvalidOptionsError } from '../../src/errors.js';

const DAY = 86_400_000;
const windows = [0, 1, 2, 3].map((k) => ({ index: k, startMs: k * DAY, endMs: (k + 1) * DAY }));
const truth = {
  swarms: [
    { id: 'S01', members: ['a', 'b', 'c'], activeFrom: 0, activeTo: 4 * DAY },
    { id: 'S02', members: ['d', 'e', 'f'], activeFrom: 2 * DAY, activeTo: 4 * DAY },
    { id: 'S03', members: ['g', 'h', 'i'], activeFrom: 0, activeTo: 2 * DAY },
  ],
  events: [
    { type: 'birth', timeMs: 0, swarms: ['S01'] },
    { type: 'birth', timeMs: 0, swarms: ['S03'] },
    { type: 'birth', timeMs: 2 * DAY, swarms: ['S02'] },
    { type: 'death', timeMs: 2 * DAY, swarms: ['S03'] },
  ],
};
// Detected: S01 tracked as X (windows 0–1) then W (2–3) — one id switch; S02 as Y = {d, e};
// S03 as Z. Events: births X, Z (w0), Y, W (w2); death Z (w2); a spurious split of Y (w3).
// τ: births of S01/S03 → w0, birth of S02 → w2, death of S03 → w2.
// birth: planted 3, detected 4, matched 3 (W's birth is 2 windows from S01's) → P 3/4, R 1
// death: 1/1/1; split: planted 0, detected 1 → P 0, R null
// overall: planted 4, detected 6, matched 4 → P 2/3, R 1, F1 0.8
// ids: S01 X X W W → 1 switch, purity 2/4, 2 ids; S02 Y – (window 3: Y holds 1 of 3, no majority)
// → 0, purity 1/2, 1 id (Y Y and purity 1 with 'plurality'); S03 Z Z → 0, 1; mean purity 2/3, 4/3 ids
const detected = {
  swarms: [
    { id: 'X', members: ['a', 'b', 'c'], windows: [0, 1] },
    { id: 'W', members: ['a', 'b', 'c'], windows: [2, 3] },
    { id: 'Y', members: ['d', 'e'], windows: [2, 3], membersByWindow: [['d', 'e'], ['d']] },
    { id: 'Z', members: ['g', 'h', 'i'], windows: [0, 1] },
  ],
  events: [
    { type: 'birth', windowIndex: 0, swarmIds: ['X'] },
    { type: 'birth', windowIndex: 0, swarmIds: ['Z'] },
    { type: 'birth', windowIndex: 2, swarmIds: ['Y'] },
    { type: 'birth', windowIndex: 2, swarmIds: ['W'] },
    { type: 'death', windowIndex: 2, swarmIds: ['Z'] },
    { type: 'split', windowIndex: 3, swarmIds: ['Y'], fromIds: ['Y'] },
    { type: 'continuation', windowIndex: 1, swarmIds: ['X'] },
  ],
};

describe('evaluateTracking', () => {
  it('returns the hand-computed event scores, id switches and purity', () => {
    const s = evaluateTracking(detected, truth, { windows });
    expect(s.events.byType.birth).toEqual({ precision: 0.75, recall: 1, f1: 6 / 7, planted: 3, detected: 4, matched: 3 });
    expect(s.events.byType.death).toEqual({ precision: 1, recall: 1, f1: 1, planted: 1, detected: 1, matched: 1 });
    expect(s.events.byType.split).toEqual({ precision: 0, recall: null, f1: null, planted: 0, detected: 1, matched: 0 });
    expect(s.events.overall.precision).toBeCloseTo(2 / 3, 12);
    expect(s.events.overall.f1).toBeCloseTo(0.8, 12);
    expect(s.idSwitches).toBe(1);
    expect(s.idPurity).toBeCloseTo(2 / 3, 12);
    expect(s.conventions).toEqual({ identity: 'majority', lineage: 'dominant' });
    expect(evaluateTracking(detected, truth, { windows, identity: 'plurality' }).idPurity).toBeCloseTo(5 / 6, 12);
    // W spans days 2–4, S01 is active on days 0–4: its majority id's lifespan starts 2 days late.
    expect(s.swarms[0]).toEqual({
      truthId: 'S01', plantedIds: ['S01'], activeWindows: 4, majorityId: 'W', idSwitches: 1, idPurity: 0.5, trackedIds: 2, lifespanErrorMs: 2 * DAY,
    });
    expect(s.swarms.map((x) => [x.trackedIds, x.lifespanErrorMs])).toEqual([[2, 2 * DAY], [1, 0], [1, 0]]);
    expect(s.meanTrackedIds).toBeCloseTo(4 / 3, 12);
    expect(s.lifespansWithinDay).toBeCloseTo(2 / 3, 12);
  });

  it('gathers events from swarms[].events when there is no top-level list', () => {
    const nested = {
      swarms: detected.swarms.map((s) => ({ ...s, events: detected.events.filter((e) => e.swarmIds.includes(s.id)) })),
    };
    expect(evaluateTracking(nested, truth, { windows }).events.overall.matched).toBe(4);
  });

  it('returns no match when events fall outside the tolerance', () => {
    const late = { ...detected, events: detected.events.map((e) => ({ ...e, windowIndex: e.windowIndex + 2 })) };
    expect(evaluateTracking(late, truth, { windows }).events.overall.matched).toBe(0);
    expect(evaluateTracking(late, truth, { windows, toleranceWindows: 2 }).events.overall.matched).toBe(4);
  });

  it('throws InvalidOptionsError without windows or with a bad tolerance', () => {
    expect(() => evaluateTracking(detected, truth, { windows: [] })).toThrow(InvalidOptionsError);
    expect(() => evaluateTracking(detected, truth, { windows, toleranceWindows: -1 })).toThrow(InvalidOptionsError);
    expect(() => evaluateTracking(detected, truth, { windows, tolerance: 1 } as never)).toThrow(InvalidOptionsError);
    expect(() => evaluateTracking(detected, truth, { windows, identity: 'best' } as never)).toThrow(InvalidOptionsError);
    expect(() => evaluateTracking(detected, truth, { windows, lineage: 'asur' } as never)).toThrow(InvalidOptionsError);
  });
});

describe('evaluateTracking conventions: identity match and lineage', () => {
  // M (6 members) and N (2) merge at day 2 into R = M ∪ N; the tracker (METRICS.md §4.3) keeps
  // M's id T through the merge. Q (4 members) is active all along but only detected on days 0–1
  // (as U); on days 2–3 one of its members, q1, sits in T.
  const M = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
  const N = ['n1', 'n2'];
  const Q = ['q1', 'q2', 'q3', 'q4'];
  const merged = {
    swarms: [
      { id: 'M', members: M, activeFrom: 0, activeTo: 2 * DAY },
      { id: 'N', members: N, activeFrom: 0, activeTo: 2 * DAY },
      { id: 'Q', members: Q, activeFrom: 0, activeTo: 4 * DAY },
      { id: 'R', members: [...M, ...N], activeFrom: 2 * DAY, activeTo: 4 * DAY },
    ],
    events: [{ type: 'merge', timeMs: 2 * DAY, swarms: ['M', 'N', 'R'], from: ['M', 'N'], to: ['R'] }],
  };
  const tracked = {
    swarms: [
      { id: 'T', members: [...M, ...N, 'q1'], windows: [0, 1, 2, 3], membersByWindow: [M, M, [...M, ...N, 'q1'], [...M, ...N, 'q1']] },
      { id: 'U', members: Q, windows: [0, 1] },
    ],
  };

  it("counts, with 'plurality', the id one shared member carries; with 'majority', only an id holding over half the members", () => {
    const plural = evaluateTracking(tracked, merged, { windows, identity: 'plurality', lineage: 'planted' });
    const q = (s: typeof plural) => s.swarms.find((x) => x.truthId === 'Q')!;
    expect(q(plural).trackedIds).toBe(2); // U, then T through q1
    expect(q(plural).idSwitches).toBe(1);
    const major = evaluateTracking(tracked, merged, { windows, identity: 'majority', lineage: 'planted' });
    expect(q(major).trackedIds).toBe(1); // 1 of 4 members is no match: days 2–3 unlabelled
    expect(q(major).idSwitches).toBe(0);
    expect(q(major).idPurity).toBe(0.5);
  });

  it("scores the planted ids apart with 'planted', and the merge as M's lineage with 'dominant'", () => {
    const planted = evaluateTracking(tracked, merged, { windows, lineage: 'planted' });
    expect(planted.swarms.map((x) => x.truthId)).toEqual(['M', 'N', 'Q', 'R']);
    // T spans days 0–4: M (0–2) and R (2–4) are each two days off at one end.
    expect(planted.swarms.find((x) => x.truthId === 'M')!.lifespanErrorMs).toBe(2 * DAY);
    expect(planted.swarms.find((x) => x.truthId === 'R')!.lifespanErrorMs).toBe(2 * DAY);
    const lineage = evaluateTracking(tracked, merged, { windows });
    expect(lineage.conventions).toEqual({ identity: 'majority', lineage: 'dominant' });
    expect(lineage.swarms.map((x) => [x.truthId, x.plantedIds])).toEqual([['M+R', ['M', 'R']], ['N', ['N']], ['Q', ['Q']]]);
    const mr = lineage.swarms[0]!;
    expect([mr.trackedIds, mr.idSwitches, mr.lifespanErrorMs, mr.activeWindows]).toEqual([1, 0, 0, 4]);
    // M+R within a day; Q's id U ends two days early; N is never labelled (not counted).
    expect(lineage.lifespansWithinDay).toBe(1 / 2);
  });

  it("needs 'from' and 'to' on the planted merges and splits for 'dominant'", () => {
    const bare = { ...merged, events: [{ type: 'merge', timeMs: 2 * DAY, swarms: ['M', 'N', 'R'] }] };
    expect(() => evaluateTracking(tracked, bare, { windows, lineage: 'dominant' })).toThrow(InvalidOptionsError);
    // By default such a truth is scored per planted id, and the scores say so.
    const fallback = evaluateTracking(tracked, bare, { windows });
    expect(fallback.conventions).toEqual({ identity: 'majority', lineage: 'planted' });
    expect(fallback.swarms.map((x) => x.truthId)).toEqual(['M', 'N', 'Q', 'R']);
  });
});

describe('windowOfTime / membersInWindow / truthInWindow', () => {
  it('returns the window holding an instant and the members active in a window', () => {
    expect(windowOfTime(windows, 2 * DAY)).toBe(2);
    expect(windowOfTime(windows, -5)).toBe(0);
    const sliding = [0, 1, 2, 3, 4].map((k) => ({ index: k, startMs: k * 6 * 3_600_000, endMs: k * 6 * 3_600_000 + DAY }));
    expect(windowOfTime(sliding, DAY)).toBe(2); // the window centred on the instant
    const grown = { id: 'G', members: ['a', 'b', 'c'], activeFrom: 0, activeTo: 4 * DAY, membership: [
      { fromMs: 0, toMs: 2 * DAY, members: ['a', 'b'] }, { fromMs: 2 * DAY, toMs: 4 * DAY, members: ['a', 'b', 'c'] },
    ] };
    expect(membersInWindow(grown, 0, DAY)).toEqual(['a', 'b']);
    expect(membersInWindow(grown, 2 * DAY, 3 * DAY)).toEqual(['a', 'b', 'c']);
    expect(membersInWindow(truth.swarms[2]!, 2 * DAY, 3 * DAY)).toBeNull();
    expect(truthInWindow(truth, 0, DAY).swarms.map((s) => s.id)).toEqual(['S01', 'S03']);
  });
});
