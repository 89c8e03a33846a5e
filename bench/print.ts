/**
 * Print the tables of a results file (Markdown by default, as pasted into bench/README.md):
 *   npx tsx bench/print.ts bench/results/<date>-<machine>.json [--text] [--suite quick|full]
 */
import { readFileSync } from 'node:fs';
import { markdownTables, pairTable, stageTable, textTables } from './lib/table.js';
import type { ResultsFile } from './lib/result.js';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: print.ts <results.json> [--text] [--suite quick|full]');
  process.exit(2);
}
const data = JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
const i = process.argv.indexOf('--suite');
const suite = i >= 0 ? process.argv[i + 1] : undefined;
const rows = data.results.filter((r) => suite === undefined || (r.suite ?? data.suite) === suite);
const m = data.machine;
const limits = [...new Set(rows.map((r) => (r.timeoutMs ?? data.timeoutMs) / 1000))].sort((a, b) => a - b);
console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}; time limit per run ${limits.join(' / ')} s`);
if (process.argv.includes('--text')) console.log(`${textTables(rows, new Map())}\n\n${stageTable(rows, false)}\n\n${pairTable(rows, false)}`);
else console.log(`${markdownTables(rows)}\n\n**hashtag-swarms stage breakdown (s)**\n\n${stageTable(rows, true)}\n\n**pair step vs DuckDB's join (s; cold = first call in the process, warm = fastest repeat)**\n\n${pairTable(rows, true)}`);
