import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
const g = JSON.parse(process.argv[2] ?? '{}');
let n = 0;
for (let seed = 1; seed <= 3; seed++) {
  const sc = generateScenario({ scenario: 'null', seed, accounts: 1000, days: 2 });
  for (const w of windowPostsSync(sc.posts, { size: '24h', step: '6h' }).windows) {
    const gr = buildAccountGraph(w, g);
    const r = detectSwarms(gr, w, { seed });
    for (const c of r.candidates.filter((c) => c.significance.isSwarm)) {
      if (n++ > 3) continue;
      const m = new Set(c.members);
      console.log('group', c.size, c.hashtags.slice(0,4).map(h=>h.hashtag+':'+h.posts).join(' '), 'diag kept', gr.diagnostics.keptEdges, 'cand', gr.diagnostics.candidatePairs);
      for (const e of gr.edges) if (m.has(e.source) && m.has(e.target)) console.log('  ', e.episodes, e.coCount, e.sharedHashtags, e.expected.toFixed(3), e.pValue.toExponential(2));
      for (const a of c.members) { const ps = w.posts.filter(p => p.account === a); console.log('   acct', a, ps.length, ps.slice(0,8).map(p => new Date(p.timeMs).toISOString().slice(11,19)+'['+p.hashtags.join(',')+']').join(' ')); }
    }
  }
}
