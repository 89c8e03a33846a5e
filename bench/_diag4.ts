import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
const name = (process.argv[2] ?? 'hard') as 'hard';
const scenario = generateScenario({ scenario: name, seed: 1, accounts: 1500 });
const truth = new Map<string, string>();
for (const s of scenario.truth.swarms) { for (const m of s.members) truth.set(m, s.id); console.log(s.id, s.members.length, s.hashtags.join(','), 'bursts', s.bursts, 'part', s.measuredParticipation.toFixed(2)); }
const { windows } = windowPostsSync(scenario.posts, { size: '24h', step: '6h' });
const graph = JSON.parse(process.argv[4] ?? '{"null":"profile"}');
const w = windows[Number(process.argv[3] ?? 4)]!;
const g = buildAccountGraph(w, graph);
const nodes = new Map<string, number>();
g.graph.forEachNode((n) => { const t = truth.get(n) ?? '-'; nodes.set(t, (nodes.get(t) ?? 0) + 1); });
console.log('graph nodes by truth', [...nodes].sort().map(([k, v]) => k + ':' + v).join(' '), 'edges', g.graph.size);
const r = detectSwarms(g, w, JSON.parse(process.argv[5] ?? '{}'));
for (const c of r.candidates) {
  const lab = new Map<string, number>();
  for (const m of c.members) lab.set(truth.get(m) ?? '-', (lab.get(truth.get(m) ?? '-') ?? 0) + 1);
  const s = c.significance;
  console.log(c.key, c.size, [...lab].map(([k, v]) => k + ':' + v).join(' '), 'grown', c.grownMembers.length, s.isSwarm, s.reasons.join('|'), 'sync', c.syncFraction.toFixed(2), 'T', s.statistic.toFixed(2), 'pTS', s.pTimeShift.toFixed(3), 'pP', s.pPermutation.toFixed(3), 'own', s.ownedHashtags, 'bursts', s.repeatedBursts, c.hashtags.slice(0, 4).map(h => `${h.hashtag}:${h.posts}:${h.shareOfVoice.toFixed(2)}`).join(' '));
}
