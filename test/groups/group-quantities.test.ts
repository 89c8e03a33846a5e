/**
 * groups/: the one definition of the group data, the cohesion formulas, H_S and synchronised occurrences that swarms/ and influence/
 * share. H_S's two rules are told apart on a world where they disagree.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectGroupData, markSynchronised, cohesionOfSums, isOwnedHashtag, selectGroupHashtags, shareOfVoice, sumCohesionCsr, type MemberOccurrenceLists } from '../../src/groups/index.js';

/** Accounts 0, 1, 2; hashtags 0 ('a'), 1 ('b'), 2 ('c'). Posts: 0:a0{a,b} 1:a0{b} 2:a1{a} 3:a2{c} 4:a0{c} (crowd). */
const lists = (skipCrowd: boolean): MemberOccurrenceLists => ({
  accountStarts: Int32Array.of(0, 3, 4, 5),
  accountPosts: Int32Array.of(0, 1, 4, 2, 3),
  postStarts: Int32Array.of(0, 2, 3, 4, 5, 6),
  postHashtags: Int32Array.of(0, 1, 1, 0, 2, 2),
  hashtags: 3,
  ...(skipCrowd ? { skipPost: Uint8Array.of(0, 0, 0, 0, 1) } : {}),
});

describe('selectGroupHashtags', () => {
  it("'distinct-members' needs members, 'member-posts' needs occurrences", () => {
    const members = Int32Array.of(0, 1, 2);
    // a: members 0 and 1; b: member 0 twice; c: member 2 and member 0's crowd post.
    expect([...selectGroupHashtags(lists(true), members, 'distinct-members', 2)]).toEqual([0]);
    expect([...selectGroupHashtags(lists(false), members, 'distinct-members', 2)]).toEqual([0, 2]);
    expect([...selectGroupHashtags(lists(false), members, 'member-posts', 2)]).toEqual([0, 1, 2]);
    expect([...selectGroupHashtags(lists(true), members, 'member-posts', 2)]).toEqual([0, 1]);
  });

  it('leaves its scratch clean between calls and returns ascending ids', () => {
    const first = selectGroupHashtags(lists(false), Int32Array.of(2, 0), 'member-posts', 1);
    const again = selectGroupHashtags(lists(false), Int32Array.of(2, 0), 'member-posts', 1);
    expect([...first]).toEqual([0, 1, 2]);
    expect([...again]).toEqual([...first]);
    expect([...selectGroupHashtags(lists(false), Int32Array.of(1), 'distinct-members', 2)]).toEqual([]);
  });
});

describe('cohesion', () => {
  // Triangle 0–1 (w 2), 1–2 (w 1), 0–2 (w 1) and a pendant 2–3 (w 4); M = 8.
  const adjStart = Int32Array.of(0, 2, 4, 7, 8);
  const adjNode = Int32Array.of(1, 2, 0, 2, 0, 1, 3, 2);
  const adjWeight = Float64Array.of(2, 1, 2, 1, 1, 1, 4, 4);

  it('sums E(S), w(S), vol(S) over a CSR and applies the formulas', () => {
    const sums = sumCohesionCsr(Int32Array.of(0, 1, 2), Uint8Array.of(1, 1, 1, 0), adjStart, adjNode, adjWeight, 8);
    expect(sums).toEqual({ members: 3, internalEdges: 3, internalWeight: 4, volume: 12, totalWeight: 8 });
    const c = cohesionOfSums(sums, 1);
    expect(c.internalDensity).toBe(1);
    expect(c.internalWeightMean).toBeCloseTo(4 / 3);
    expect(c.conductance).toBe(4 / 4); // cut 4, min(12, 16 − 12)
    expect(c.modularityContribution).toBeCloseTo(4 / 8 - (12 / 16) ** 2);
  });

  it('is null where a denominator is 0', () => {
    const c = cohesionOfSums({ members: 1, internalEdges: 0, internalWeight: 0, volume: 0, totalWeight: 0 }, 1);
    expect(c).toEqual({ internalDensity: null, internalWeightMean: null, conductance: null, modularityContribution: null });
  });
});

describe('owned hashtags', () => {
  it("swarms' rule asks for episodes, influence's for share of voice alone", () => {
    const share = shareOfVoice(3, 5); // 0.6
    expect(isOwnedHashtag(share, 2, 0.5, 2)).toBe(true); // swarms: 0.5 and 2 episodes
    expect(isOwnedHashtag(share, 1, 0.5, 2)).toBe(false);
    expect(isOwnedHashtag(share, 0, 0.8, 0)).toBe(false); // influence: 0.8, no episode condition
    expect(isOwnedHashtag(shareOfVoice(4, 5), 0, 0.8, 0)).toBe(true);
  });
});

describe('markSynchronised', () => {
  it('marks the occurrences with another member within Δt, as the all-pairs definition does, and counts each mark once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 3 })), { maxLength: 25 }), { maxLength: 5 }),
        fc.constantFrom(0, 30, 60),
        fc.boolean(),
        (runs, lag, byPost) => {
          const occ = runs.map((run) => [...run].sort((x, y) => x[0] - y[0]));
          const flat = occ.flat();
          const runStarts = Int32Array.from([0, ...occ.map((_, r) => occ.slice(0, r + 1).reduce((n, x) => n + x.length, 0))]);
          const times = Float64Array.from(flat, (o) => o[0]);
          const members = Int32Array.from(flat, (o) => o[1]);
          // by post: occurrences of one member at one time share a post (so a post is counted once)
          const target = Int32Array.from(flat, (o, k) => (byPost ? o[0] * 4 + o[1] : k));
          const marks = new Uint8Array(byPost ? 2404 : flat.length);
          const count = markSynchronised(times, members, runStarts, lag, target, marks);
          const expected = new Set<number>();
          occ.forEach((run, r) => run.forEach((o, i) => {
            if (run.some((q, j) => j !== i && q[1] !== o[1] && Math.abs(q[0] - o[0]) <= lag)) expected.add(target[runStarts[r]! + i]!);
          }));
          expect(count).toBe(expected.size);
          expect([...marks.keys()].filter((p) => marks[p] === 1).sort((x, y) => x - y)).toEqual([...expected].sort((x, y) => x - y));
        },
      ),
      { numRuns: 300, seed: 20261208 },
    );
  });

  it('never marks a member alone, and marks across a gap of exactly Δt', () => {
    const marks = new Uint8Array(4);
    expect(markSynchronised(Float64Array.of(0, 10, 20), Int32Array.of(1, 1, 1), Int32Array.of(0, 3), 60, Int32Array.of(0, 1, 2), marks)).toBe(0);
    expect(markSynchronised(Float64Array.of(0, 60, 121), Int32Array.of(0, 1, 0), Int32Array.of(0, 3), 60, Int32Array.of(0, 1, 2), marks)).toBe(2);
    expect([...marks]).toEqual([1, 1, 0, 0]);
  });
});

describe('collectGroupData', () => {
  // Hashtag 0: rows 0–3 by accounts 2, 0, 1, 0; hashtag 1: rows 4–5 by 1, 3; hashtag 2: row 6 by 0.
  const rows = { rowStarts: Int32Array.of(0, 4, 6, 7), rowAccount: Int32Array.of(2, 0, 1, 0, 1, 3, 0) };

  it('keeps the members\' rows of H_S in order, one run per hashtag, with local member indexes and N_h', () => {
    const localOf = new Int32Array(4).fill(-1);
    const data = collectGroupData(rows, Int32Array.of(1, 0), Int32Array.of(0, 1), localOf);
    expect([...data.runStarts]).toEqual([0, 3, 4]);
    expect([...data.rows]).toEqual([1, 2, 3, 4]);
    expect([...data.member]).toEqual([1, 0, 1, 0]); // members given as [1, 0]: account 1 is local 0, account 0 local 1
    expect([...data.volume]).toEqual([4, 2]);
    expect([...localOf]).toEqual([-1, -1, -1, -1]);
  });

  it('counts only the rows of window posts when a post limit is given (influence/: the lookback is not the group\'s)', () => {
    const data = collectGroupData({ ...rows, rowPost: Int32Array.of(0, 1, 2, 9, 3, 4, 5), postLimit: 5 }, Int32Array.of(0, 1), Int32Array.of(0, 1, 2), new Int32Array(4).fill(-1));
    expect([...data.rows]).toEqual([1, 2, 4]);
    expect([...data.runStarts]).toEqual([0, 2, 3, 3]);
    expect([...data.volume]).toEqual([3, 2, 0]);
  });
});
