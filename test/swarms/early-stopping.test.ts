import { describe, expect, it } from 'vitest';
import { buildAccountGraph } from '../../src/graph/index.js';
import { detectSwarms, type SwarmCandidate } from '../../src/swarms/index.js';
import { generateScenario } from '../../src/synthetic/index.js';
import { windowPostsSync } from '../../src/windows/index.js';

/**
 * The sequential stops of the group test (Besag–Clifford after h exceedances, clearly
 * significant after `minReplicates` draws at z ≥ zStop) must not change what is decided, and
 * their p-values must stay within Monte Carlo error of the full R-draw run.
 */
describe('early stopping of the group test', () => {
  it('keeps every decision and keeps p within Monte Carlo error of the full run (medium and hard)', () => {
    let compared = 0;
    let stoppedEarly = 0;
    for (const scenario of ['medium', 'hard'] as const) {
      const sc = generateScenario({ scenario, seed: 2, accounts: 500, days: 2 });
      const sorted = [...sc.posts].sort((x, y) => x.timeMs - y.timeMs || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      const { windows } = windowPostsSync(sorted, { size: '24h', step: '12h' });
      for (const w of windows) {
        const graph = buildAccountGraph(w, { maxLagMs: '60s' });
        if (graph.status !== 'analyzed') continue;
        const early = detectSwarms(graph, w, { seed: 1 }).candidates;
        const full = detectSwarms(graph, w, { seed: 1, stopAfterExceedances: 200, zStop: Infinity, minReplicates: 199 }).candidates;
        const byKey = new Map<string, SwarmCandidate>(full.map((c) => [c.members.join(','), c]));
        for (const c of early) {
          const f = byKey.get(c.members.join(','));
          if (f === undefined) continue; // growth may differ only if a decision differed, checked below
          compared++;
          expect(c.significance.isSwarm).toBe(f.significance.isSwarm);
          for (const [pe, pf, draws] of [
            [c.significance.pTimeShift, f.significance.pTimeShift, c.significance.replicatesTimeShift],
            [c.significance.pPermutation, f.significance.pPermutation, c.significance.replicatesPermutation],
          ] as const) {
            if (draws < 199) stoppedEarly++;
            // Binomial standard error of the early estimate, plus one draw of resolution.
            const se = Math.sqrt((Math.max(pf, 1 / 200) * (1 - pf)) / Math.max(1, draws));
            expect(Math.abs(pe - pf)).toBeLessThanOrEqual(4 * se + 1 / 50);
          }
        }
        expect(early.filter((c) => c.significance.isSwarm).map((c) => c.members.join(',')).sort()).toEqual(
          full.filter((c) => c.significance.isSwarm).map((c) => c.members.join(',')).sort(),
        );
      }
    }
    expect(compared).toBeGreaterThan(5);
    expect(stoppedEarly).toBeGreaterThan(0);
  });
});
