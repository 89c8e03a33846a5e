import { buildAccountGraph } from '../src/graph/index.js';
import { detectSwarms } from '../src/swarms/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';
import { buildWindowIndex } from '../src/swarms/window-index.js';
import { buildGroupData, buildBackground } from '../src/swarms/group-data.js';
import { createSyncKernel } from '../src/swarms/sync-kernel.js';
const scenario = generateScenario({ scenario: 'easy', seed: 1, accounts: 1500 });
const { windows } = windowPostsSync(scenario.posts, { size: '24h', step: '6h' });
const w = windows[4]!;
const g = buildAccountGraph(w);
const r = detectSwarms(g, w, { grow: false });
const index = buildWindowIndex(w, g.crowdPost);
for (const c of r.candidates.slice(0, 3)) {
  const ids = Int32Array.from(c.members.map((m) => index.accountId.get(m)!)).sort();
  const data = buildGroupData(index, ids, new Int32Array(index.accounts.length).fill(-1));
  const bg = buildBackground(index, data, 0.5);
  // per tag: owned synced incidences
  const rows: string[] = [];
  for (let rr = 0; rr < data.tags.length; rr++) {
    const sub = { ...data, tags: data.tags.slice(rr, rr + 1), tagStarts: Int32Array.from([data.tagStarts[rr]!, data.tagStarts[rr + 1]!]) };
    const k = createSyncKernel(sub as typeof data, g.maxLagMs, index.lengthMs, false, { others: [bg.others[rr]!], all: [bg.all[rr]!], share: 0.5 });
    const o = k.evaluate(data.incTime);
    if (o.ownedSynced > 0) rows.push(`${index.hashtags[data.tags[rr]!]}:${o.ownedSynced}/${o.synced}/${data.tagStarts[rr + 1]! - data.tagStarts[rr]!}`);
  }
  console.log(c.key, c.size, data.posts, rows.join(' '));
}
