/**
 * Splitting a swarm at a cut account: the articulation points against a brute-force oracle, the
 * split of two cliques joined through one account, and detectSwarms keeping two planted swarms
 * apart that a low Louvain resolution joins through a shared member.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/_lib/rng.js';
import { detectSwarms } from '../../src/swarms/index.js';
import { cutVertices, splitAtCutVertex } from '../../src/swarms/split-at-cut-vertex.js';
import { SWARM_A, SWARM_B, clique, fixtureWindow, graphOf, handGraph } from './fixtures.js';

function components(adj: readonly (readonly number[])[], removed: number): number {
  const seen = new Uint8Array(adj.length);
  if (removed >= 0) seen[removed] = 1;
  let count = 0;
  for (let s = 0; s < adj.length; s++) {
    if (seen[s] === 1) continue;
    count++;
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) for (const y of adj[stack.pop()!]!) if (seen[y] === 0) { seen[y] = 1; stack.push(y); }
  }
  return count;
}

describe('cut vertices', () => {
  it('are the vertices whose removal adds a component (brute force, 300 random graphs)', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rng.next() * 14);
      const p = rng.next() * 0.5;
      const adj: number[][] = Array.from({ length: n }, () => []);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng.next() < p) { adj[i]!.push(j); adj[j]!.push(i); }
      const base = components(adj, -1);
      const expected = [...Array(n).keys()].filter((v) => components(adj, v) > base);
      expect(cutVertices(adj), `trial ${trial}`).toEqual(expected);
    }
  });
});

describe('splitAtCutVertex', () => {
  const left = ['l1', 'l2', 'l3', 'l4'];
  const right = ['r1', 'r2', 'r3', 'r4', 'r5'];
  // x is a member of both groups: tied to all of `left` strongly, to all of `right` weakly.
  const joined = [...clique(left, 3), ...clique(right, 3), ...left.map((m) => ['x', m, 5] as [string, string, number]), ...right.map((m) => ['x', m, 1] as [string, string, number])];
  const members = [...left, ...right, 'x'].sort();

  it('returns the two groups, the cut account in the one it is most tied to, and drops no account', () => {
    const parts = splitAtCutVertex(graphOf(joined), members, 3);
    expect(parts).toEqual([['l1', 'l2', 'l3', 'l4', 'x'], right]);
    expect(parts.flat().sort()).toEqual(members);
  });

  it('does not split one group, nor a cut that leaves a part below the minimum size', () => {
    expect(splitAtCutVertex(graphOf(clique(members, 2)), members, 3)).toEqual([]);
    expect(splitAtCutVertex(graphOf(joined), members, 5)).toEqual([]);
    // A tail of two accounts hanging on r1 is not a group of its own.
    const tail = [...clique(right, 3), ['r1', 't1', 2], ['t1', 't2', 2]] as [string, string, number][];
    expect(splitAtCutVertex(graphOf(tail), [...right, 't1', 't2'].sort(), 3)).toEqual([]);
  });
});

describe('detectSwarms with a member shared by two swarms', () => {
  const window = fixtureWindow();
  // b1 also posts with swarm A: strong edges into both groups, the only tie between them.
  const edges = [...clique(SWARM_A, 6), ...clique(SWARM_B, 6), ...SWARM_A.map((a) => ['b1', a, 6] as [string, string, number])];
  const swarmsOf = (split: boolean): string[][] =>
    detectSwarms(handGraph(window, edges), window, { grow: false, resolution: 0.05, splitAtCutVertex: split, splitAtSparseCut: false })
      .candidates.filter((c) => c.significance.isSwarm).map((c) => [...c.members]);

  it('are one community at a low resolution without the split, two swarms with it', () => {
    const joinedRun = swarmsOf(false);
    expect(joinedRun).toHaveLength(1);
    expect(joinedRun[0]).toEqual([...SWARM_A, ...SWARM_B].sort());
    const split = swarmsOf(true);
    expect(split).toHaveLength(2);
    expect(split.flat().sort()).toEqual([...SWARM_A, ...SWARM_B].sort());
    expect(split.find((s) => s.includes('b2'))!.filter((m) => m.startsWith('a'))).toEqual([]);
  });
});

describe('detectSwarms with an organic group tied to a swarm through one member', () => {
  const window = fixtureWindow();
  // o00–o04 post at random times (organic background); hand-made kept edges join them into a
  // clique hanging on a1 through o00.
  const organic = ['o00', 'o01', 'o02', 'o03', 'o04'];
  const edges = [...clique(SWARM_A, 6), ...clique(organic, 6), ['o00', 'a1', 6] as [string, string, number]];
  const run = (split: boolean) => detectSwarms(handGraph(window, edges), window, { grow: false, resolution: 0.05, splitAtCutVertex: split, splitAtSparseCut: false });

  it('rides on the swarm without the split; with it the swarm stands alone and the organic part is reported as failed', () => {
    const joined = run(false).candidates.filter((c) => c.significance.isSwarm);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.members).toEqual(expect.arrayContaining(organic));
    const split = run(true);
    const swarms = split.candidates.filter((c) => c.significance.isSwarm);
    expect(swarms.map((c) => [...c.members])).toEqual([[...SWARM_A]]);
    const failed = split.candidates.filter((c) => !c.significance.isSwarm);
    expect(failed.flatMap((c) => c.members).sort()).toEqual([...organic]);
    expect(failed.every((c) => c.significance.reasons.length > 0)).toBe(true);
  });
});
