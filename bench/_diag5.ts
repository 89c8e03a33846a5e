import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms, trackSwarms } from '../src/swarms/index.js';
import { evaluateSwarms } from '../src/evaluate/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
const name = (process.argv[2] ?? 'medium') as 'medium';
const scenario = generateScenario({ scenario: name, seed: Number(process.argv[3] ?? 1), accounts: 1500 });
const truth = new Map<string, string[]>();
for (const s of scenario.truth.swarms) for (const m of s.members) truth.set(m, [...(truth.get(m) ?? []), s.id]);
const { windows } = windowPostsSync(scenario.posts, { size: '24h', step: '6h' });
const res = windows.map((w) => detectSwarms(buildAccountGraph(w, { null: 'profile' }), w));
const tr = trackSwarms(res);
for (const s of tr.swarms) {
  const lab = new Map<string, number>();
  for (const m of s.members) { const k = (truth.get(m) ?? ['-']).join('+'); lab.set(k, (lab.get(k) ?? 0) + 1); }
  console.log(s.id, s.windows.join(','), s.members.length, [...lab].map(([k, v]) => k + ':' + v).join(' '), s.events.map((e) => e.type + '@' + e.windowIndex).join(' '));
}
const sc = evaluateSwarms(tr, scenario.truth);
console.log(JSON.stringify(sc.matches));
for (const s of scenario.truth.swarms) console.log(s.id, s.members.length, new Date(s.activeFrom).toISOString(), new Date(s.activeTo).toISOString());
