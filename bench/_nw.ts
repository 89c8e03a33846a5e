import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
const g = JSON.parse(process.argv[2] ?? '{}'); const so = JSON.parse(process.argv[3] ?? '{}');
let n = 0;
for (let seed = 1; seed <= 6; seed++) {
  const sc = generateScenario({ scenario: 'null', seed, accounts: 1000, days: 2 });
  const shockTags = new Set(sc.truth.shocks.map((s) => s.hashtag));
  for (const w of windowPostsSync(sc.posts, { size: '24h', step: '6h' }).windows) {
    const r = detectSwarms(buildAccountGraph(w, g), w, { seed, ...so });
    for (const c of r.candidates.filter((c) => c.significance.isSwarm)) {
      if (n++ > 12) continue;
      const s = c.significance;
      console.log(seed, w.index, c.size, 'stat', s.statistic.toFixed(3), 'pT', s.pTimeShift.toFixed(3), 'pP', s.pPermutation.toFixed(3), 'owned', s.ownedHashtags, 'rep', s.repeatedBursts,
        c.hashtags.slice(0, 3).map((h) => h.hashtag + (shockTags.has(h.hashtag) ? '*' : '') + ':' + h.posts).join(' '));
    }
  }
}
console.log('total', n);
