import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
const scenario = generateScenario({ scenario: 'easy', seed: 1, accounts: 1500 });
const { windows } = windowPostsSync(scenario.posts, { size: '24h', step: '6h' });
const w = windows[4]!;
const g = buildAccountGraph(w);
const r = detectSwarms(g, w, { grow: false });
const c0 = r.candidates[0]!;
const mem = new Set(c0.members);
for (const tag of ['shaimizi', 'chakrounoke', 'brouro']) {
  const posts = w.posts.filter((p) => p.hashtags.includes(tag));
  const byMin = new Map<number, [number, number]>();
  for (const p of posts) {
    const m = Math.floor((p.timeMs - w.startMs) / 60000);
    const e = byMin.get(m) ?? [0, 0];
    e[mem.has(p.account) ? 0 : 1]++;
    byMin.set(m, e);
  }
  console.log(tag, posts.length, [...byMin].sort((a, b) => a[0] - b[0]).map(([m, [a, b]]) => `${m}:${a}/${b}`).join(' '));
}
