import { generateScenario, windowPostsSync } from 'hashtag-swarms';
import { handGraph } from './helpers.js';
import { prepareWindow, scorePreparedAccounts } from '../../src/influence/score-accounts.js';
import { resolveInfluenceOptions } from '../../src/influence/options.js';
import { buildWindowContext } from '../../src/influence/window-context.js';
import { buildLeadGraph } from '../../src/influence/lead-graph.js';
import { computeLeadRank } from '../../src/influence/lead-rank.js';
import { scoreGroupCore } from '../../src/influence/score-group.js';
const sc = generateScenario({ scenario: 'medium', seed: 3, accounts: 3000, days: 2, swarms: 9 });
const { windows } = windowPostsSync(sc.posts, { size: '24h', step: '24h' });
const w = windows.find((x) => x.posts.length > 0)!;
const g = handGraph([], 60_000);
const o = resolveInfluenceOptions({});
let t = performance.now();
const ctx = buildWindowContext(w, g, [], 60000); console.log('ctx', (performance.now() - t).toFixed(0)); t = performance.now();
const lead = buildLeadGraph(ctx, o.tauMs, o.maxLeaders, o.firstMoverQuantile); console.log('lead', (performance.now() - t).toFixed(0), lead.outNode.length); t = performance.now();
const lr = computeLeadRank(ctx.accounts, lead, { engine: 'typed-arrays', alpha: 0.85, maxIterations: 100, tolerance: 1e-6 }); console.log('rank', (performance.now() - t).toFixed(0)); t = performance.now();
const prep = prepareWindow(w, g, o); console.log('prep', (performance.now() - t).toFixed(0)); t = performance.now();
const acc = scorePreparedAccounts(prep, new Map()); console.log('accounts', (performance.now() - t).toFixed(0)); t = performance.now();
for (const s of sc.truth.swarms) {
  const ids = s.members.map((m) => ctx.accountId.get(m)).filter((x): x is number => x !== undefined && x < ctx.n);
  const core = scoreGroupCore(prep, ids, acc.accounts, s.id);
  console.log(s.id, ids.length, core.groupHashtags, core.coordinatedPosts + core.soloPosts, (performance.now() - t).toFixed(0)); t = performance.now();
}
import { buildGroupData } from '../../src/influence/group-data.js';
import { scoreSwarmLift } from '../../src/influence/swarm-lift.js';
import { scoreBurstLift } from '../../src/influence/burst-lift.js';
import { scoreSynchrony } from '../../src/influence/synchrony.js';
import { scoreVoice } from '../../src/influence/share-of-voice.js';
import { createRng } from '../../src/_lib/rng.js';
for (const s of sc.truth.swarms.slice(0, 3)) {
  const ids = s.members.map((m) => ctx.accountId.get(m)).filter((x): x is number => x !== undefined && x < ctx.n);
  let t0 = performance.now();
  const gd = buildGroupData(prep.ctx, ids, 2); const t1 = performance.now();
  scoreSwarmLift(prep.ctx, gd, { tauMs: 3600000, shrinkage: 5, resamples: 200, confidenceLevel: 0.95, minSupport: 5, strata: 'hashtag' }, createRng(1)); const t2 = performance.now();
  const b = scoreBurstLift(prep.ctx, gd, 199, createRng(1)); const t3 = performance.now();
  scoreSynchrony(prep.ctx, gd); const t4 = performance.now();
  scoreVoice(prep.ctx, gd, o, b); const t5 = performance.now();
  console.log(s.id, 'data', (t1 - t0).toFixed(0), 'lift', (t2 - t1).toFixed(0), 'burst', (t3 - t2).toFixed(0), 'sync', (t4 - t3).toFixed(0), 'voice', (t5 - t4).toFixed(0), 'units', gd.unitOcc.length, 'hs volume', Array.from(gd.windowVolume).reduce((a, b) => a + b, 0));
}
