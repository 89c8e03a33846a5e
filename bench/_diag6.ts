import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
for (let seed = 1; seed <= 4; seed++) {
  const scenario = generateScenario({ scenario: 'null', seed, accounts: 1000, days: 2 });
  for (const w of windowPostsSync(scenario.posts, { size: '24h', step: '6h' }).windows) {
    const r = detectSwarms(buildAccountGraph(w), w, JSON.parse(process.argv[2] ?? '{}'));
    for (const c of r.candidates.filter((c) => c.significance.isSwarm)) {
      const s = c.significance;
      console.log(seed, c.key, c.size, 'sync', c.syncFraction.toFixed(2), 'T', s.statistic.toFixed(3), 'pTS', s.pTimeShift.toFixed(3), 'pP', s.pPermutation.toFixed(3), 'zP', s.zPermutation?.toFixed(1), 'own', s.ownedHashtags, 'bursts', s.repeatedBursts, 'lag', c.medianLagMs, c.hashtags.slice(0, 3).map((h) => `${h.hashtag}:${h.posts}:${h.shareOfVoice.toFixed(2)}`).join(' '));
    }
  }
}
