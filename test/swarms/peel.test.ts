/**
 * k-core peeling of communities (minInternalEdges) and the rule that decides (groupNulls).
 */
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import { detectSwarms, resolveSwarmOptions } from '../../src/swarms/index.js';
import { SWARM_A, clique, fixtureWindow, handGraph } from './fixtures.js';

describe('k-core peeling', () => {
  const window = fixtureWindow();

  it('drops an account that hangs on one edge of a swarm, and keeps it with minInternalEdges 1', () => {
    // o01 (an organic account of the fixture) is tied to a1 by one strong edge only.
    const edges = [...clique(SWARM_A, 5), ['a1', 'o01', 5] as [string, string, number]];
    const peeled = detectSwarms(handGraph(window, edges), window, { grow: false });
    const a = peeled.candidates.find((c) => c.members.includes('a1'))!;
    expect(a.members).toEqual(SWARM_A);
    const kept = detectSwarms(handGraph(window, edges), window, { grow: false, minInternalEdges: 1 });
    expect(kept.candidates.find((c) => c.members.includes('a1'))!.members).toEqual([...SWARM_A, 'o01'].sort());
  });

  it("keeps a community whose core is below the size rule as a candidate with the reason 'sparse-core'", () => {
    // A path a1–a2–a3–a4: connected, but no member has two edges to two others that do too.
    const edges: [string, string, number][] = [['a1', 'a2', 5], ['a2', 'a3', 5], ['a3', 'a4', 5]];
    const r = detectSwarms(handGraph(window, edges), window);
    expect(r.candidates).toHaveLength(1);
    const c = r.candidates[0]!;
    expect(c.members).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(c.significance.isSwarm).toBe(false);
    expect(c.significance.reasons).toContain('sparse-core');
    // Without peeling it is tested as it is.
    const plain = detectSwarms(handGraph(window, edges), window, { minInternalEdges: 1 });
    expect(plain.candidates[0]!.significance.reasons).not.toContain('sparse-core');
  });

  it('asks three accounts for a triangle: a path of two edges through one account is a sparse core', () => {
    // Two strong edges meeting at a2 (two chance edges of a million-post window look like this).
    const path: [string, string, number][] = [['a1', 'a2', 5], ['a2', 'a3', 5]];
    const p = detectSwarms(handGraph(window, path), window);
    expect(p.candidates).toHaveLength(1);
    expect(p.candidates[0]!.members).toEqual(['a1', 'a2', 'a3']);
    expect(p.candidates[0]!.significance.isSwarm).toBe(false);
    expect(p.candidates[0]!.significance.reasons).toContain('sparse-core');
    // Closing the triangle makes it a core of three, tested as a group.
    const triangle = detectSwarms(handGraph(window, [...path, ['a1', 'a3', 5]]), window, { grow: false });
    expect(triangle.candidates[0]!.members).toEqual(['a1', 'a2', 'a3']);
    expect(triangle.candidates[0]!.significance.reasons).not.toContain('sparse-core');
  });

  it('validates the new options with typed errors and fills their defaults', () => {
    expect(resolveSwarmOptions({}).minInternalEdges).toBe(2);
    expect(resolveSwarmOptions({}).groupNulls).toBe('time-shift');
    expect(resolveSwarmOptions({}).resolution).toBe(0.5);
    expect(() => resolveSwarmOptions({ minInternalEdges: 0 })).toThrow(InvalidOptionsError);
    expect(() => resolveSwarmOptions({ groupNulls: 'permutation' as never })).toThrow(InvalidOptionsError);
  });
});
