import { describe, expect, it } from 'vitest';
import { generateScenario } from 'hashtag-swarms';
import { scoreSwarms } from 'hashtag-swarms/influence';
import { windowPostsSync } from 'hashtag-swarms/windows';
import { handGraph } from './helpers.js';

/*
 * src/synthetic plants adoption per burst, Poisson(A·g(n)) with g(n) = n^γ/κ^(γ−1), and none per
 * solo post, so Definition A (coordinated vs solo yield) cannot see its γ: only the additive case
 * (γ = 1, planted lift 1) has a checkable target. Definition B must see the planted synchrony.
 */
describe('scoreSwarms on a src/synthetic scenario', () => {
  it('keeps swarmLift ≈ 1 for additive swarms and burstLift > 1 for every planted swarm', () => {
    const sc = generateScenario({ scenario: 'medium', seed: 3, accounts: 2000, days: 1, swarms: 6 });
    const { windows } = windowPostsSync(sc.posts, { size: '24h', step: '24h' });
    const w = windows.find((x) => x.posts.length > 0)!;
    const present = new Set(w.posts.map((p) => p.account));
    const swarms = sc.truth.swarms.map((s) => ({ id: s.id, members: s.members.filter((m) => present.has(m)) })).filter((s) => s.members.length >= 3);
    const groups = new Map(scoreSwarms(w, handGraph([]), swarms, { shiftReplicates: 49 }).map((g) => [g.swarmId, g]));
    const rows = sc.truth.swarms.filter((s) => groups.has(s.id)).map((s) => ({ truth: s, g: groups.get(s.id)! }));
    console.info(rows.map(({ truth, g }) => `${truth.id} γ=${truth.adoptionGamma} planted=${truth.plantedLift?.toFixed(2)} swarmLift=${g.swarmLift?.toFixed(2) ?? 'null'} burstLift=${g.burstLift?.toFixed(2)}`).join('\n'));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const { g } of rows) expect(g.burstLift!).toBeGreaterThan(1.5);
    const additive = rows.filter(({ truth, g }) => truth.adoptionGamma === 1 && g.swarmLift !== null).map(({ g }) => Math.log(g.swarmLift!));
    expect(additive.length).toBeGreaterThan(0);
    expect(Math.abs(additive.reduce((s, v) => s + v, 0) / additive.length)).toBeLessThan(Math.log(1.35));
  });
});
