import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
const sc = generateScenario({ scenario: (process.argv[2] ?? 'easy') as 'easy', seed: 1, accounts: 1500, days: 3 });
const truth = new Map<string, string>(); for (const s of sc.truth.swarms) for (const m of s.members) truth.set(m, s.id);
let shown = 0;
for (const w of windowPostsSync(sc.posts, { size: '24h', step: '6h' }).windows) {
  const gr = buildAccountGraph(w);
  const r = detectSwarms(gr, w, { seed: 1 });
  for (const c of r.candidates.filter((c) => c.significance.isSwarm)) {
    const fps = c.members.filter((m) => !truth.has(m));
    if (fps.length === 0 || shown++ > 3) continue;
    const ids = new Set(c.members.map((m) => truth.get(m) ?? '-'));
    console.log('window', w.index, 'size', c.size, 'truth ids', [...ids].join(','), 'fp', fps.join(','), c.hashtags.slice(0, 4).map((h) => h.hashtag + ':' + h.posts).join(' '));
    for (const fp of fps.slice(0, 2)) {
      for (const e of gr.edges) if ((e.source === fp || e.target === fp) && c.members.includes(e.source === fp ? e.target : e.source)) console.log('   edge', e.source, e.target, 'ep', e.episodes, 'co', e.coCount, 'sh', e.sharedHashtags, 'exp', e.expected.toFixed(3), 'p', e.pValue.toExponential(1));
      const ps = w.posts.filter((p) => p.account === fp);
      console.log('   posts', ps.length, ps.slice(0, 12).map((p) => new Date(p.timeMs).toISOString().slice(11, 19) + '[' + p.hashtags.join(',') + ']').join(' '));
    }
  }
}
