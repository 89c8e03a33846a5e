import { generateScenario, windowPostsSync, buildAccountGraph, scoreWindow } from 'hashtag-swarms';
import { detectSwarms } from '../../src/swarms/index.js';
const t0 = performance.now();
const sc = generateScenario({ scenario: 'medium', targetPosts: 100_000, seed: 1 });
const t1 = performance.now();
console.log('posts', sc.posts.length, 'gen ms', (t1 - t0).toFixed(0));
const { windows } = windowPostsSync(sc.posts, { size: '24h', step: '6h' });
let tg = 0, ts = 0, ti = 0, nSw = 0;
for (const w of windows) {
  if (w.posts.length === 0) continue;
  let a = performance.now();
  const g = buildAccountGraph(w);
  let b = performance.now(); tg += b - a;
  const sw = detectSwarms(g, w);
  let c = performance.now(); ts += c - b;
  const swarms = sw.candidates.filter((x) => x.significance.isSwarm).map((x) => ({ id: x.key, members: x.members }));
  nSw += swarms.length;
  const r = scoreWindow(w, g, swarms);
  let d = performance.now(); ti += d - c;
  console.log(w.index, w.posts.length, 'graph', (b - a).toFixed(0), 'swarms', (c - b).toFixed(0), 'influence', (d - c).toFixed(0), 'nSw', swarms.length, 'lead edges', r.accounts.leadGraph.edges, r.accounts.leadRankStatus);
}
console.log('total graph', tg.toFixed(0), 'swarms', ts.toFixed(0), 'influence', ti.toFixed(0), 'ratio', (ti / (tg + ts)).toFixed(2), 'swarms', nSw);
