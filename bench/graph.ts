/**
 * Benchmark of the graph stage: account graphs of every sliding window (24 h every 6 h)
 * of a synthetic 'medium' world of 7 days, at 100k and 1M posts.
 *
 * Run: `npx tsx bench/graph.ts [posts…]` (default 100000 1000000). Prints, per size:
 * generation time, windowing time, graph-building time window by window
 * (`buildAccountGraph`, `graphMs`) and with one shared interned table
 * (`buildAccountGraphs`, `sharedGraphMs`), candidate pairs (Σ over windows), close
 * pairs, tested and kept edges, crowd posts and peak RSS (sampled after each window).
 * Wall and process CPU times are both printed (CPU time includes the garbage collector's
 * helper threads, so it can exceed wall time on an idle machine).
 */
import os from 'node:os';
import { buildAccountGraph, buildAccountGraphs } from '../src/graph/index.js';
import { generateScenario } from '../src/synthetic/index.js';
import { windowPostsSync } from '../src/windows/index.js';

interface Row {
  posts: number;
  windows: number;
  generateMs: number;
  windowMs: number;
  graphMs: number;
  graphCpuMs: number;
  sharedGraphMs: number;
  sharedGraphCpuMs: number;
  candidatePairs: number;
  closePairs: number;
  testedEdges: number;
  keptEdges: number;
  crowdPosts: number;
  peakRssMb: number;
}

/** Process CPU time (user + system), ms: the machine may be shared, so wall time alone misleads. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function run(targetPosts: number): Row {
  const t0 = performance.now();
  const { posts } = generateScenario({ scenario: 'medium', days: 7, targetPosts, seed: 1 });
  const t1 = performance.now();
  sample();
  const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
  const t2 = performance.now();
  const c2 = cpuMs();
  const row = { candidatePairs: 0, closePairs: 0, testedEdges: 0, keptEdges: 0, crowdPosts: 0 };
  for (const window of windows) {
    const result = buildAccountGraph(window);
    const d = result.diagnostics;
    row.candidatePairs += d.candidatePairs;
    row.closePairs += d.closePairs;
    row.testedEdges += d.testedEdges;
    row.keptEdges += d.keptEdges;
    row.crowdPosts += d.crowdPosts;
    sample();
  }
  const t3 = performance.now();
  const c3 = cpuMs();
  let sharedKept = 0;
  for (const result of buildAccountGraphs(windows)) {
    sharedKept += result.diagnostics.keptEdges;
    sample();
  }
  const t4 = performance.now();
  const c4 = cpuMs();
  if (sharedKept !== row.keptEdges) throw new Error(`shared pair cache disagrees: ${sharedKept} vs ${row.keptEdges}`);
  return {
    posts: posts.length,
    windows: windows.length,
    generateMs: Math.round(t1 - t0),
    windowMs: Math.round(t2 - t1),
    graphMs: Math.round(t3 - t2),
    graphCpuMs: Math.round(c3 - c2),
    sharedGraphMs: Math.round(t4 - t3),
    sharedGraphCpuMs: Math.round(c4 - c3),
    ...row,
    peakRssMb: Math.round(peakRss / 2 ** 20),
  };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}`);
for (const size of sizes.length > 0 ? sizes : [100_000, 1_000_000]) console.log(JSON.stringify(run(size)));
