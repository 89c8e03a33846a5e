import { generateScenario, windowPostsSync, buildAccountGraph } from 'hashtag-swarms';
import { detectSwarms } from '../../src/swarms/index.js';
import { resolveInfluenceOptions } from '../../src/influence/options.js';
import { prepareWindow, scorePreparedAccounts } from '../../src/influence/score-accounts.js';
import { buildWindowContext } from '../../src/influence/window-context.js';
import { buildLeadGraph } from '../../src/influence/lead-graph.js';
import { computeLeadRank } from '../../src/influence/lead-rank.js';
import { scoreGroupCore } from '../../src/influence/score-group.js';
const sc = generateScenario({ scenario: 'medium', targetPosts: 100_000, seed: 1 });
const { windows } = windowPostsSync(sc.posts, { size: '24h', step: '6h' });
const w = windows[4]!;
const g = buildAccountGraph(w);
const sw = detectSwarms(g, w).candidates.filter((x) => x.significance.isSwarm);
const o = resolveInfluenceOptions({});
for (let rep = 0; rep < 2; rep++) {
let t = performance.now();
const ctx = buildWindowContext(w, g, [], g.maxLagMs); console.log('ctx', (performance.now() - t).toFixed(0)); t = performance.now();
const lead = buildLeadGraph(ctx, o.tauMs, o.maxLeaders, o.firstMoverQuantile); console.log('lead', (performance.now() - t).toFixed(0), lead.outNode.length); t = performance.now();
const lr = computeLeadRank(ctx.accounts, lead, { engine: 'typed-arrays', alpha: 0.85, maxIterations: 100, tolerance: 1e-6 }); console.log('rank', (performance.now() - t).toFixed(0)); t = performance.now();
const prep = { ctx, lead, leadRank: lr, options: o };
const acc = scorePreparedAccounts(prep, new Map()); console.log('accounts', (performance.now() - t).toFixed(0)); t = performance.now();
let tot = 0;
for (const s of sw) {
  const ids = s.members.map((m) => ctx.accountId.get(m)!);
  const core = scoreGroupCore(prep, ids, acc.accounts, s.key);
  const dt = performance.now() - t; tot += dt;
  if (rep === 1) console.log(s.key, ids.length, core.groupHashtags, core.coordinatedPosts + core.soloPosts, dt.toFixed(0)); t = performance.now();
}
console.log('groups total', tot.toFixed(0));
}
