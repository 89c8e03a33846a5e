import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
const name = (process.argv[2] ?? 'easy') as 'easy';
const scenario = generateScenario({ scenario: name, seed: 1, accounts: 1500 });
const truth = new Set(scenario.truth.swarms.flatMap((s) => s.members));
const { windows } = windowPostsSync(scenario.posts, { size: '24h', step: '6h' });
for (const w of windows.slice(0, 6)) {
  const r = detectSwarms(buildAccountGraph(w, JSON.parse(process.argv[3] ?? '{}')), w, JSON.parse(process.argv[4] ?? '{}'));
  for (const c of r.candidates) {
    const org = c.members.filter((m) => !truth.has(m)).length;
    const s = c.significance;
    if (org * 2 < c.size) continue;
    console.log(c.key, c.size, 'org', org, s.isSwarm, 'sync', c.syncFraction.toFixed(2), 'T', s.statistic.toFixed(3), 'pTS', s.pTimeShift.toFixed(3), 'pP', s.pPermutation.toFixed(3), 'zTS', s.zTimeShift?.toFixed(1), 'zP', s.zPermutation?.toFixed(1), 'own', s.ownedHashtags, 'b', s.repeatedBursts, 'lag', c.medianLagMs, 'dens', c.internalDensity.toFixed(2), c.hashtags.slice(0, 3).map((h) => `${h.hashtag}:${h.posts}:${h.shareOfVoice.toFixed(2)}`).join(' '));
  }
}
