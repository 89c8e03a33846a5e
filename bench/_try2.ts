import { detectSwarms } from '../src/swarms/index.js';
import { fixtureWindow, handGraph, fixtureEdges } from '../test/swarms/fixtures.js';
const w = fixtureWindow();
for (const correction of ['sidak','none'] as const) {
const r = detectSwarms(handGraph(w, fixtureEdges()), w, { correction, statistic: 'matched-pairs' });
for (const c of r.candidates) console.log(correction, c.members.join(','), JSON.stringify(c.significance));
}
