import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accountScores, averagePrecision, bestMatchF1, evaluateSwarms, matchSwarms, nullFalsePositiveRate,
} from '../../src/evaluate/index.js';
import { InvalidOptionsError } from '../../src/errors.js';

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return null;
}

// Planted: T1 = {a,b,c,d}, T2 = {e,f,g}. Detected: D1 = {a,b,c,x}, D2 = {e,f}.
// V* = {a,b,c,d,e,f,g,x} (n = 8). Labels (truth | detected):
//   a,b,c: T1|D1   d: T1|none   e,f: T2|D2   g: T2|none   x: none|D1
// Contingency     D1  D2  none | a_i
//   T1             3   0    1   |  4
//   T2             0   2    1   |  3
//   none           1   0    0   |  1
//   b_j            4   2    2   |  8
// ARI: Σ C(n_ij,2) = 3 + 1 = 4; Σ C(a_i,2) = 6 + 3 + 0 = 9; Σ C(b_j,2) = 6 + 1 + 1 = 8;
//      C(8,2) = 28; expected = 72/28 = 2.5714286; max = 8.5; ARI = 1.4285714/5.9285714 = 0.2409639
// Best-match F1: F1(T1,D1) = 2·3/8 = 0.75; F1(T2,D2) = 2·2/5 = 0.8 → both sides (0.75+0.8)/2 → 0.775
// Jaccard(T1,D1) = 3/5 = 0.6, Jaccard(T2,D2) = 2/3 → both recovered at 0.5.
// Pairs (labels ≠ none): truth pairs C(4,2)+C(3,2) = 9; detected pairs C(4,2)+C(2,2) = 7;
//   shared = C(3,2) + C(2,2) = 4 → precision 4/7, recall 4/9.
// Accounts: flagged {a,b,c,x,e,f} (6), truth 7, TP 5 → precision 5/6, recall 5/7.
const truth = { swarms: [{ id: 'T1', members: ['a', 'b', 'c', 'd'] }, { id: 'T2', members: ['e', 'f', 'g'] }] };
const detected = [{ id: 'D1', members: ['a', 'b', 'c', 'x'] }, { id: 'D2', members: ['e', 'f'] }];

describe('evaluateSwarms', () => {
  it('returns the hand-computed scores of a small case', () => {
    const s = evaluateSwarms(detected, truth);
    expect(s.counts).toEqual({ trueSwarms: 2, detectedSwarms: 2, trueAccounts: 7, detectedAccounts: 6, evaluatedAccounts: 8 });
    expect(s.ari).toBeCloseTo(1.4285714 / 5.9285714, 6);
    expect(s.bestMatchF1).toBeCloseTo(0.775, 12);
    expect(s.swarmRecall).toBe(1);
    expect(s.pairs.precision).toBeCloseTo(4 / 7, 12);
    expect(s.pairs.recall).toBeCloseTo(4 / 9, 12);
    expect(s.accounts.precision).toBeCloseTo(5 / 6, 12);
    expect(s.accounts.recall).toBeCloseTo(5 / 7, 12);
    expect(s.matches.map((m) => [m.truthId, m.detectedId, m.jaccard])).toEqual([['T1', 'D1', 0.6], ['T2', 'D2', 2 / 3]]);
  });

  it('returns 1 on every partition score for a perfect detection, whatever the ids', () => {
    const s = evaluateSwarms({ swarms: [{ id: 'zz', members: ['g', 'f', 'e'] }, { id: 'aa', members: ['d', 'c', 'b', 'a'] }] }, truth);
    for (const value of [s.nmi, s.ami, s.ari, s.bestMatchF1, s.swarmRecall, s.accounts.f1, s.pairs.f1]) expect(value).toBeCloseTo(1, 12);
  });

  it('returns null partition scores on an empty V* and 0 recall when nothing is found', () => {
    const empty = evaluateSwarms([], { swarms: [] });
    expect([empty.nmi, empty.ami, empty.ari, empty.bestMatchF1, empty.swarmRecall]).toEqual([null, null, null, null, null]);
    const missed = evaluateSwarms([], truth);
    expect(missed.swarmRecall).toBe(0);
    expect(missed.bestMatchF1).toBe(0);
    expect(missed.accounts.recall).toBe(0);
    expect(missed.accounts.precision).toBeNull();
  });

  it('labels an account in two planted swarms as its own overlap cluster', () => {
    const overlapTruth = { swarms: [{ id: 'A', members: ['a', 'b', 'o'] }, { id: 'B', members: ['c', 'd', 'o'] }] };
    const s = evaluateSwarms([{ id: 'x', members: ['a', 'b'] }, { id: 'y', members: ['c', 'd'] }, { id: 'z', members: ['o'] }], overlapTruth);
    expect(s.ari).toBe(1);
  });

  it('does not depend on the order of swarms or members (property)', () => {
    const accounts = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    const swarm = fc.array(accounts, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(swarm, { maxLength: 4 }), fc.array(swarm, { maxLength: 4 }), (t, d) => {
        const T = t.map((members, i) => ({ id: `T${i}`, members }));
        const D = d.map((members, i) => ({ id: `D${i}`, members }));
        const a = evaluateSwarms(D, { swarms: T });
        const b = evaluateSwarms([...D].reverse().map((s) => ({ ...s, members: [...s.members].reverse() })), { swarms: [...T].reverse() });
        return JSON.stringify(a) === JSON.stringify(b);
      }),
      { numRuns: 100 },
    );
  });

  it('throws InvalidOptionsError on a bad threshold, an unknown option or bad inputs', () => {
    for (const [fn, option] of [
      [() => evaluateSwarms(detected, truth, { jaccardThreshold: 0 }), 'jaccardThreshold'],
      [() => evaluateSwarms(detected, truth, { jacard: 0.5 } as never), 'jacard'],
      [() => evaluateSwarms({} as never, truth), 'detected'],
      [() => evaluateSwarms(detected, {} as never), 'truth'],
    ] as const) {
      const error = catchError(fn);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).code).toBe('invalid-options');
      expect((error as InvalidOptionsError).option).toBe(option);
    }
  });
});

describe('bestMatchF1 / matchSwarms', () => {
  it('returns 0 when one side is empty and breaks Jaccard ties by the smaller id', () => {
    expect(bestMatchF1([{ id: 'T', members: ['a'] }], [])).toBe(0);
    const rows = matchSwarms([{ id: 'T', members: ['a', 'b'] }], [{ id: 'q', members: ['a'] }, { id: 'p', members: ['b'] }], 0.5);
    expect(rows[0]).toEqual({ truthId: 'T', detectedId: 'p', jaccard: 0.5, f1: 2 / 3, recovered: true });
  });
});

describe('accountScores / averagePrecision', () => {
  it('returns the hand-computed precision, recall and F1', () => {
    const s = accountScores(['a', 'b', 'x'], ['a', 'b', 'c', 'd']);
    expect(s.precision).toBeCloseTo(2 / 3, 12);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(4 / 7, 12);
  });

  it('returns AP from the ranked list (ties entered together)', () => {
    // ranks: a (pos) → P=1, R=1/2; x (neg); b (pos) → P=2/3, R=1 → AP = ½·1 + ½·⅔
    expect(averagePrecision(new Map([['a', 0.9], ['x', 0.5], ['b', 0.1]]), ['a', 'b'])).toBeCloseTo(5 / 6, 12);
    // a tie of one positive and one negative at the top: P = 1/2 at R = 1
    expect(averagePrecision(new Map([['a', 1], ['x', 1]]), ['a'])).toBe(0.5);
    expect(averagePrecision(new Map(), [])).toBeNull();
  });
});

describe('nullFalsePositiveRate', () => {
  it('returns the share of runs with any swarm and a Wilson interval around it', () => {
    const r = nullFalsePositiveRate([[], { swarms: [] }, [{ id: 's', members: ['a', 'b', 'c'] }], []]);
    expect(r.rate).toBe(0.25);
    expect(r.runsWithSwarm).toBe(1);
    expect(r.interval![0]).toBeLessThan(0.25);
    expect(r.interval![1]).toBeGreaterThan(0.25);
    // Wilson 95 % for 1/4: centre (0.25 + 0.9604)/1.9604, half-width 1.96·√(0.1875/4 + 0.2401)/1.9604
    expect(r.interval![0]).toBeCloseTo(0.0455, 3);
    expect(r.interval![1]).toBeCloseTo(0.6994, 3);
    expect(nullFalsePositiveRate([]).rate).toBeNull();
  });
});
