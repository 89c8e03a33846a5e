/**
 * Ingest benchmark: read + ingest throughput and peak memory.
 *   npx tsx bench/ingest.ts            # both datasets, each in its own process
 *   npx tsx bench/ingest.ts german     # one dataset
 * Datasets: german-elections CSV (../shared/data, 218,971 rows, `ingest()` keeps
 * every post) and a generated 1,000,000-line NDJSON file (bench/tmp/, created on
 * first run; `ingestStream()`, posts are counted and dropped, so memory shows the
 * streaming bound: the id set plus the posts held for merging).
 * Peak RSS is `process.resourceUsage().maxRSS` of the process that ran the dataset.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { readRecords } from '../src/sources/index.js';
import { ingest, ingestStream } from '../src/ingest/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const GERMAN = path.resolve(repoRoot, '../shared/data/german-elections/german_elections.csv');
const NDJSON = path.join(here, 'tmp', 'generated-1m.ndjson');
const LINES = 1_000_000;
const TAGS = ['wahl2021', 'btw21', 'klima', 'afd', 'spd', 'cdu', 'grüne', 'fdp', 'linke', 'laschet', 'scholz', 'baerbock'];

async function generate(file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let state = 12345;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const start = Date.UTC(2021, 8, 1) / 1000;
  for (let i = 0; i < LINES; i++) {
    const a = TAGS[next(TAGS.length)] as string;
    const b = TAGS[next(TAGS.length)] as string;
    const record = i % 4 === 0
      ? { id: `p${i}`, account: `u${next(50_000)}`, time: start + i, text: `Heute #${a} und #${b}, mehr unter https://example.org/#x` }
      : { id: `p${i}`, account: `u${next(50_000)}`, time: new Date((start + i) * 1000).toISOString(), hashtags: [a, b], likes: next(100), followers: next(10_000) };
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function report(name: string, records: number, posts: number, ms: number, cpuStart: NodeJS.CpuUsage, extra: string): void {
  const usage = process.resourceUsage();
  const cpu = process.cpuUsage(cpuStart);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log([
    name.padEnd(21),
    `records ${records.toLocaleString('en-US')}`,
    `posts ${posts.toLocaleString('en-US')}`,
    `wall ${(ms / 1000).toFixed(2)} s (${Math.round(records / (ms / 1000)).toLocaleString('en-US')} records/s)`,
    `CPU ${cpuS.toFixed(2)} s (${Math.round(records / cpuS).toLocaleString('en-US')} records/CPU-s)`,
    `peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB`,
    extra,
  ].join(' | '));
}

async function runGerman(): Promise<void> {
  if (!existsSync(GERMAN)) {
    console.log(`german-elections skipped: ${GERMAN} is absent`);
    return;
  }
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const { posts, stats } = await ingest(readRecords(GERMAN, { map: { account: 'account_id', id: 'post_id', time: 'timestamp', hashtags: 'hashtag_id' } }));
  report('german-elections CSV', stats.read, posts.length, performance.now() - start, cpuStart, `(${(statSync(GERMAN).size / 1e6).toFixed(1)} MB, ingest())`);
}

async function runNdjson(): Promise<void> {
  if (!existsSync(NDJSON)) await generate(NDJSON);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const stream = ingestStream(readRecords(NDJSON));
  let posts = 0;
  for await (const post of stream) if (post.id !== '') posts++;
  report('generated NDJSON 1M', stream.stats.read, posts, performance.now() - start, cpuStart, `(${(statSync(NDJSON).size / 1e6).toFixed(1)} MB, ingestStream())`);
}

const which = process.argv[2];
if (which === 'german') await runGerman();
else if (which === 'ndjson') await runNdjson();
else {
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
  for (const name of ['german', 'ndjson']) {
    spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
  }
}
