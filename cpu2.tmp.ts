import { readFileSync } from 'node:fs';
import { buildAccountGraph, buildAccountGraphs } from './src/graph/index.js';
import { windowPostsSync } from './src/windows/index.js';
const rows = JSON.parse(readFileSync(`/tmp/posts-${process.argv[2]}.json`, 'utf8')) as [string, string, number, string[]][];
const posts = rows.map(([id, account, timeMs, hashtags]) => ({ id, account, timeMs, hashtags }));
const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let rep = 0; rep < 2; rep++) {
  let c = cpu(); let t = performance.now();
  let kept = 0;
  for (const r of buildAccountGraphs(windows)) kept += r.diagnostics.keptEdges;
  console.log('shared', Math.round(cpu() - c), 'cpu ms', Math.round(performance.now() - t), 'wall', kept);
  c = cpu(); t = performance.now(); kept = 0;
  for (const w of windows) kept += buildAccountGraph(w).diagnostics.keptEdges;
  console.log('per-window', Math.round(cpu() - c), 'cpu ms', Math.round(performance.now() - t), 'wall', kept);
}
