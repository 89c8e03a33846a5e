import { buildAccountGraph } from './src/graph/index.js';
import { generateScenario } from './src/synthetic/index.js';
import { windowPostsSync } from './src/windows/index.js';
const { posts } = generateScenario({ scenario: 'medium', days: 7, targetPosts: Number(process.argv[2] ?? 100000), seed: 1 });
const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
for (let rep = 0; rep < 3; rep++) {
  const c = process.cpuUsage(); const t = performance.now();
  let kept = 0;
  for (const w of windows) kept += buildAccountGraph(w).diagnostics.keptEdges;
  const u = process.cpuUsage(c);
  console.log(rep, 'cpu ms', Math.round((u.user + u.system) / 1000), 'wall', Math.round(performance.now() - t), 'kept', kept);
}
