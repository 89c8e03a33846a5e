import { readFileSync } from 'node:fs';
import { buildAccountGraph } from './src/graph/index.js';
import { buildOccurrenceTable } from './src/graph/occurrence-table.js';
import { enumerateClosePairs } from './src/graph/enumerate-close-pairs.js';
import { windowPostsSync } from './src/windows/index.js';
const rows = JSON.parse(readFileSync(`/tmp/posts-${process.argv[2]}.json`, 'utf8')) as [string, string, number, string[]][];
const posts = rows.map(([id, account, timeMs, hashtags]) => ({ id, account, timeMs, hashtags }));
const { windows } = windowPostsSync(posts, { size: '24h', step: '6h' });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const nw = Number(process.argv[3] ?? 3);
for (const w of windows.slice(8, 8 + nw)) {
  let c = cpu();
  const table = buildOccurrenceTable(w.posts); const tTable = cpu() - c; c = cpu();
  const pairs = enumerateClosePairs(table, { maxLagMs: 60000, maxCrowdAccounts: 200 }); const tPairs = cpu() - c; c = cpu();
  const r = buildAccountGraph(w); const tFull = cpu() - c;
  let elig = 0; for (let e = 0; e < pairs.edges.size; e++) if (pairs.edges.episodes[e]! >= 2) elig++;
  console.log({ posts: w.posts.length, accounts: table.accounts.length, occ: table.occPost.length, tTable: Math.round(tTable), tPairs: Math.round(tPairs), tFull: Math.round(tFull), edges: pairs.edges.size, elig, close: pairs.closePairs, kept: r.diagnostics.keptEdges, crowd: r.diagnostics.crowdPosts, cand: pairs.candidatePairs });
}
