/**
 * Operations family benchmark: for each family (base, crowd, games, null) and seed, generate
 * a scenario with `generateOperations`, run `analyze(records, { seed: 1 })` with default
 * options, and score the significant swarms (isSwarm) against the planted operations with
 * `evaluateSwarms`. Measures only; nothing is tuned here.
 *
 *   npx tsx bench/operations.ts [--seeds 1,2] [--accounts 3000] [--days 3] [--families base,crowd,games,null] [--options '{…analyze options}'] [--markdown]
 *
 * Columns: posts; swarms found (significant) / planted; account precision, recall, F1 and
 * AMI (evaluateSwarms, members pooled over each swarm's windows); for `null`, P/R/F1/AMI are
 * undefined and `flagged` counts the accounts in significant swarms (all false positives).
 */
import { analyze, evaluateSwarms } from '../src/index.js';
import { generateOperations, OPERATIONS_FAMILIES } from '../src/synthetic/index.js';
import type { OperationsFamily } from '../src/synthetic/index.js';
import { arg } from './lib/args.js';

const analyzeOptions = JSON.parse(arg('options', '{}')) as Record<string, unknown>;
const families = arg('families', OPERATIONS_FAMILIES.join(',')).split(',') as OperationsFamily[];
const seeds = arg('seeds', '1,2').split(',').map(Number);
const accounts = Number(arg('accounts', '3000'));
const days = Number(arg('days', '3'));
const markdown = process.argv.includes('--markdown');

const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(3));

interface Row {
  readonly family: string;
  readonly seed: number;
  readonly posts: number;
  readonly found: number;
  readonly planted: number;
  readonly precision: string;
  readonly recall: string;
  readonly f1: string;
  readonly ami: string;
  readonly flagged: number;
  readonly seconds: string;
}

const rows: Row[] = [];
for (const family of families) {
  for (const seed of seeds) {
    const { posts, truth } = generateOperations({ family, seed, accounts, days });
    const records = posts.map((p) => (p.repostOf === undefined
      ? { id: p.id, account: p.account, time: p.timeMs, hashtags: [...p.hashtags] }
      : { id: p.id, account: p.account, time: p.timeMs, hashtags: [...p.hashtags], repostOf: p.repostOf }));
    const t = performance.now();
    const report = await analyze(records, { ...analyzeOptions, seed: 1 });
    const seconds = (performance.now() - t) / 1000;
    const significant = report.swarms.filter((s) => s.significance.isSwarm);
    const scores = evaluateSwarms(significant.map((s) => ({ id: s.id, members: s.members })), truth);
    const flagged = new Set(significant.flatMap((s) => s.members)).size;
    const planted = truth.swarms.length > 0;
    rows.push({
      family, seed, posts: posts.length, found: significant.length, planted: truth.swarms.length,
      precision: planted ? fmt(scores.accounts.precision) : '–', recall: planted ? fmt(scores.accounts.recall) : '–',
      f1: planted ? fmt(scores.accounts.f1) : '–', ami: planted ? fmt(scores.ami) : '–',
      flagged, seconds: seconds.toFixed(1),
    });
    if (!markdown) process.stderr.write(`done ${family} seed ${seed} (${seconds.toFixed(1)} s)\n`);
  }
}

const header = ['family', 'seed', 'posts', 'swarms found/planted', 'P', 'R', 'F1', 'AMI', 'flagged accounts', 'analyze s'];
const cells = rows.map((r) => [r.family, String(r.seed), String(r.posts), `${r.found}/${r.planted}`, r.precision, r.recall, r.f1, r.ami, String(r.flagged), r.seconds]);
console.log(`operations family: accounts ${accounts}, days ${days}, seeds ${seeds.join(',')}, analyze defaults with seed 1; detected = significant swarms`);
if (markdown) {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const c of cells) console.log(`| ${c.join(' | ')} |`);
} else {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string => c.map((x, i) => (i < 1 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}
