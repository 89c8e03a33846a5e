/**
 * The benchmark suite: every method on the same inputs in one run, each (method, input) in its
 * own process (peak RSS per method), hashtag-swarms with a time limit per input.
 *
 *   npm run bench                 # quick suite: ladder at 20k posts + the three real datasets
 *   npm run bench -- --full       # ladder at 100k, medium at 1M (7 days), scaling 100k → 1M → 3M
 * Options: --size N (ladder size), --timeout S (per run, default 90 quick / 240 full),
 *   --methods a,b  --inputs substr,substr  --no-scaling  --no-write  --markdown
 * Writes bench/results/<YYYY-MM-DD>-<machine>.json (rows of the same day and machine are merged)
 * and compares with the latest committed results file: new/old wall-time ratio per row, ⚠ > 1.2×
 * (and > 250 ms slower), a new timeout or an F1 drop > 0.05.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../src/version.js';
import type { ScenarioName } from '../src/synthetic/index.js';
import { REAL_INPUTS, REPO_ROOT, prepareSynthetic, sizeLabel } from './lib/inputs.js';
import type { InputSpec } from './lib/inputs.js';
import { runChild } from './lib/spawn.js';
import { compareRows, keyOf, latestCommitted, REGRESSION_MIN_DELTA_MS, REGRESSION_RATIO } from './lib/compare.js';
import { describeMachine, headCommit } from './lib/machine.js';
import { markdownTables, pairTable, stageTable, textTables } from './lib/table.js';
import type { MethodResult, ResultsFile } from './lib/result.js';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const arg = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const full = flag('full');
const size = Number(arg('size', full ? '100000' : '20000'));
const timeoutMs = Number(arg('timeout', full ? '240' : '90')) * 1000;
const methodFilter = arg('methods', '').split(',').filter((s) => s.length > 0);
const inputFilter = arg('inputs', '').split(',').filter((s) => s.length > 0);
const log = (s: string): void => void process.stderr.write(`${s}\n`);

const LADDER: readonly ScenarioName[] = ['null', 'easy', 'medium', 'hard', 'adversarial', 'dynamic'];
const BASELINES = ['parse-floor', 'parse-raw', 'coortweet-10s', 'coortweet-60s', 'cnt-60s', 'duckdb-60s'];

interface Job {
  readonly input: InputSpec;
  readonly methods: readonly string[];
}

function plan(): Job[] {
  const wanted = (id: string): boolean => inputFilter.length === 0 || inputFilter.some((f) => id.includes(f));
  const all = [...BASELINES, 'hashtag-swarms'];
  const jobs: Job[] = [];
  const add = (make: () => InputSpec, id: string, methods: readonly string[]): void => {
    if (wanted(id)) jobs.push({ input: make(), methods });
  };
  log(`preparing inputs (bench/tmp/)`);
  for (const s of LADDER) {
    const stages = s === 'medium' ? ['hashtag-swarms-stages', 'hashtag-swarms-pairs', 'hashtag-swarms-pairs-null'] : []; // stage breakdown: one rung is enough
    add(() => prepareSynthetic(s, size, undefined, log), `${s}-${sizeLabel(size)}`, [...all, ...stages]);
  }
  for (const real of REAL_INPUTS) add(() => real, real.id, real.id === 'german-elections' ? [...all, 'hashtag-swarms-pairs', 'hashtag-swarms-pairs-null', ...(full ? ['hashtag-swarms-stages'] : [])] : all);
  if (full) {
    add(() => prepareSynthetic('medium', 1_000_000, 7, log), 'medium-1m-7d', [...all, 'hashtag-swarms-workers', 'hashtag-swarms-stages', 'hashtag-swarms-pairs', 'hashtag-swarms-pairs-null']);
    if (!flag('no-scaling')) {
      const scaling = ['parse-floor', 'coortweet-60s', 'duckdb-60s', 'hashtag-swarms-pairs', 'hashtag-swarms-pairs-null', 'hashtag-swarms'];
      // the window workers where they pay (3M) and where they do not (1M, above)
      const scaling3m = [...scaling, 'hashtag-swarms-workers'];
      add(() => prepareSynthetic('medium', 100_000, 7, log), 'medium-100k-7d', scaling);
      add(() => prepareSynthetic('medium', 3_000_000, 7, log), 'medium-3m-7d', scaling3m);
    }
  }
  return jobs.map((j) => ({
    input: j.input,
    methods: j.methods.filter((m) => (m !== 'parse-raw' || j.input.ndjson) && (methodFilter.length === 0 || methodFilter.includes(m))),
  }));
}

const machine = describeMachine();
const commit = headCommit(REPO_ROOT);
const suiteStart = performance.now();
const jobs = plan();
const total = jobs.reduce((s, j) => s + j.methods.length, 0);
const rows: MethodResult[] = [];
let done = 0;
for (const job of jobs) {
  for (const method of job.methods) {
    done++;
    const r: MethodResult = { ...runChild(REPO_ROOT, method, job.input, timeoutMs), suite: full ? 'full' : 'quick', timeoutMs };
    rows.push(r);
    const f1 = r.quality?.f1 === null || r.quality?.f1 === undefined ? '' : ` F1 ${r.quality.f1.toFixed(3)}`;
    log(`[${done}/${total}] ${keyOf(r)}: ${r.status} ${(r.wallMs / 1000).toFixed(2)} s, RSS ${r.rssMb?.toFixed(0) ?? '–'} MB${f1}${r.error === undefined ? '' : ` ${r.error}`}`);
  }
}

const previous = latestCommitted(REPO_ROOT);
const comparisons = previous === null ? new Map() : compareRows(rows, previous.file.results);
const command = `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`;
console.log(`hashtag-swarms ${VERSION} bench (${full ? 'full' : 'quick'}): ${command}`);
console.log(`machine ${machine.name}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}; timeout ${timeoutMs / 1000} s per run`);
console.log(`suite wall time ${((performance.now() - suiteStart) / 1000).toFixed(0)} s (input generation and process start-up included)`);
console.log(previous === null ? 'no committed results to compare with' : `compared with ${previous.path} (new/old wall time, ⚠ > ${REGRESSION_RATIO}× and > ${REGRESSION_MIN_DELTA_MS} ms slower, a new timeout, or F1 down > 0.05)`);
console.log(textTables(rows, comparisons));
const stages = stageTable(rows, false);
if (stages !== '') console.log(`\n== hashtag-swarms stage breakdown (s)\n${stages}`);
const pairStep = pairTable(rows, false);
if (pairStep !== '') console.log(`\n== pair step vs DuckDB's join (s; cold = first call in the process, warm = fastest repeat)\n${pairStep}`);
const flagged = [...comparisons.values()].filter((c) => c.flagged);
if (flagged.length > 0) console.log(`\n⚠ ${flagged.length} regression(s): ${flagged.map((c) => c.key).join('; ')}`);
if (flag('markdown')) console.log(`\n${markdownTables(rows)}\n\n**hashtag-swarms stage breakdown (s)**\n\n${stageTable(rows, true)}\n\n**pair step vs DuckDB's join (s)**\n\n${pairTable(rows, true)}`);

if (!flag('no-write')) {
  const date = new Date().toISOString().slice(0, 10);
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  const file = path.join(dir, `${date}-${machine.name}.json`);
  mkdirSync(dir, { recursive: true });
  const fresh = new Set(rows.map(keyOf));
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ResultsFile).results.filter((r) => !fresh.has(keyOf(r))) : [];
  const results: ResultsFile = {
    schema: 1,
    suite: full ? 'full' : 'quick',
    date: new Date().toISOString(),
    command,
    machine,
    library: { version: VERSION, commit },
    timeoutMs,
    suiteMs: Math.round(performance.now() - suiteStart),
    results: [...kept, ...rows],
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(REPO_ROOT, file)}`);
}
