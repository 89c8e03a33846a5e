import { generateScenario } from '../../src/synthetic/index.js';
import { windowPostsSync } from '../../src/windows/index.js';
import { scoreSwarms } from '../../src/influence/index.js';
import { handGraph } from './helpers.js';
for (const scenario of ['easy', 'medium'] as const) {
  const sc = generateScenario({ scenario, seed: 3, accounts: 3000, days: 2, swarms: 9 });
  const { windows } = windowPostsSync(sc.posts, { size: '24h', step: '24h' });
  const w = windows.find((x) => x.posts.length > 0)!;
  const present = new Set(w.posts.map((p) => p.account));
  const swarms = sc.truth.swarms.map((s) => ({ id: s.id, members: s.members.filter((m) => present.has(m)) })).filter((s) => s.members.length > 0);
  for (const liftStrata of ['hashtag', 'none'] as const) {
  const groups = scoreSwarms(w, handGraph([], 60_000), swarms, { liftStrata, shiftReplicates: 49 });
  for (const s of sc.truth.swarms) {
    const g = groups.find((x) => x.swarmId === s.id);
    if (!g) continue;
    console.log(scenario, liftStrata, s.id, 'gamma', s.adoptionGamma, 'planted', s.plantedLift?.toFixed(2), 'swarmLift', g.swarmLift?.toFixed(2), `[${g.swarmLiftLower?.toFixed(2)}, ${g.swarmLiftUpper?.toFixed(2)}]`, 'low', g.swarmLiftLowSupport, 'strata', g.swarmLiftHashtags, 'Nc/Ns', g.coordinatedPosts, g.soloPosts, 'burstLift', g.burstLift?.toFixed(2), g.burstPValue, 'coll', g.collectiveness?.toFixed(2), g.collectiveInfluencer);
  }
  }
}
