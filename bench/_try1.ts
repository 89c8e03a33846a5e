import { detectSwarms } from '../src/swarms/index.js';
import { fixtureWindow, handGraph, fixtureEdges } from '../test/swarms/fixtures.js';
const w = fixtureWindow();
const g = handGraph(w, fixtureEdges());
const t0 = performance.now();
const r = detectSwarms(g, w, {});
console.log(performance.now() - t0);
for (const c of r.candidates) console.log(c.key, c.members.join(','), c.grownMembers.join(','), JSON.stringify(c.significance), c.syncFraction.toFixed(2), c.medianLagMs, c.hashtags.map(h=>h.hashtag+':'+h.posts+':'+h.shareOfVoice.toFixed(2)).join(' '), c.modularityContribution.toFixed(3), c.conductance.toFixed(3), c.internalDensity);
console.log(r.modularity);
