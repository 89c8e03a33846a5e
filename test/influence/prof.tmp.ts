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
