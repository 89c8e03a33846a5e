import { buildAccountGraph } from './src/graph/index.js';
import { buildOccurrenceTable } from './src/graph/occurrence-table.js';
import { enumerateClosePairs } from './src/graph/enumerate-close-pairs.js';
import { expectEdges } from './src/graph/edge-expectation.js';
import { generateScenario } from './src/synthetic/index.js';
import { windowPostsSync } from './src/windows/index.js';
const { posts } = generateScenario({ scenario: 'medium', days: 7, targetPosts: Number(process.argv[2] ?? 100000), seed: 1 });
const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
for (let rep = 0; rep < 3; rep++) {
  const T = { table: 0, pairs: 0, expect: 0, full: 0 };
  for (const w of windows) {
    let t = performance.now();
    const table = buildOccurrenceTable(w.posts); T.table += performance.now() - t; t = performance.now();
    const pairs = enumerateClosePairs(table, { maxLagMs: 60000, maxCrowdAccounts: 200 }); T.pairs += performance.now() - t; t = performance.now();
    expectEdges(table, pairs, { maxLagMs: 60000, windowStartMs: w.startMs, windowLengthMs: 86400000, null: 'uniform', permutationNull: false }, Int32Array.from({length: pairs.edges.size}, (_, e) => e).filter((e) => pairs.edges.episodes[e]! >= 2)); T.expect += performance.now() - t; t = performance.now();
    buildAccountGraph(w); T.full += performance.now() - t;
  }
  console.log(rep, Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v)])));
}
