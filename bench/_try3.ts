import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { fixtureWindow } from '../test/swarms/fixtures.js';
const w = fixtureWindow();
for (const nul of ['uniform', 'profile'] as const) {
  const g = buildAccountGraph(w, { null: nul });
  console.log(nul, g.status, g.reason, g.edges.length);
  const r = detectSwarms(g, w);
  for (const c of r.candidates) console.log(' ', c.members.join(','), c.significance.isSwarm, c.significance.reasons.join('|'), c.significance.pTimeShift, c.significance.pPermutation, c.significance.ownedHashtags);
}
