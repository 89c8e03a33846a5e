/**
 * Time-ordered streaming at scale (issue #22): the ladder's `medium` world at the 1M row's
 * density (15,460 accounts, seed 1) over `--days` days, written once as gzip NDJSON into
 * bench/tmp/ (the generator emits in time order), then analysed by `analyzeStream` — the same
 * path as `analyze(file, { order: 'time' })` — in this process. Prints wall time, time to the
 * first window, peak RSS (VmHWM, which counts the read worker's heap too) and a hash of the
 * report without its options echo; `--buffered` runs `analyze()` with `order: 'any'` instead, for
 * the identity check where both fit.
 *
 *   npx tsx bench/stream.ts [--days 70] [--buffered]
 *
 * 7 days ≈ 1.04M posts (27 MB gzip), 70 days ≈ 10.4M posts (270 MB gzip; ~4 min to write).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { analyze, analyzeStream } from '../src/index.js';
import type { SwarmReport } from '../src/index.js';
import { generateScenarioStream, toScenarioRecord } from '../src/synthetic/index.js';
import { REPO_ROOT } from './lib/inputs.js';
import { readRssMb } from './lib/rss.js';
import { arg } from './lib/args.js';

const days = Number(arg('days', '70'));
const buffered = process.argv.includes('--buffered');
const dir = path.join(REPO_ROOT, 'bench', 'tmp', `stream-medium-${days}d`);
const file = path.join(dir, 'posts.ndjson.gz');

const generated = !existsSync(file);
if (generated) {
  const t = performance.now();
  mkdirSync(dir, { recursive: true });
  const gzip = createGzip();
  const out = createWriteStream(`${file}.part`);
  gzip.pipe(out);
  let n = 0;
  let batch: string[] = [];
  for (const post of generateScenarioStream({ scenario: 'medium', seed: 1, days, accounts: 15_460 })) {
    batch.push(JSON.stringify(toScenarioRecord(post)));
    n++;
    if (batch.length === 5000) {
      if (!gzip.write(`${batch.join('\n')}\n`)) await once(gzip, 'drain');
      batch = [];
    }
  }
  if (batch.length > 0) gzip.write(`${batch.join('\n')}\n`);
  gzip.end();
  await once(out, 'finish');
  renameSync(`${file}.part`, file);
  console.log(`wrote ${n.toLocaleString('en-US')} posts to ${file} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

const options = { window: 86_400_000, step: 21_600_000, maxLagMs: 60_000, seed: 1 } as const;
const started = performance.now();
let first = Number.NaN;
let windows = 0;
let report: SwarmReport;
if (buffered) report = await analyze(file, { ...options, order: 'any' });
else {
  const run = analyzeStream(file, options);
  for (;;) {
    const step = await run.next();
    if (step.done === true) {
      report = step.value;
      break;
    }
    if (Number.isNaN(first)) first = performance.now() - started;
    windows++;
  }
}
const seconds = (performance.now() - started) / 1000;
const { options: _echo, ...rest } = report;
const hash = createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 16);
console.log(
  `${days} days, ${buffered ? 'buffered' : 'streamed'}: ${report.input.accepted.toLocaleString('en-US')} posts, ${seconds.toFixed(1)} s` +
    `${buffered ? '' : `, first window at ${(first / 1000).toFixed(2)} s, ${windows} windows`}, peak RSS ${readRssMb().hwm.toFixed(0)} MB, ` +
    `${report.swarms.length} swarms, report ${hash}`,
);
if (generated) console.log('(the input was written by this process: its peak RSS counts the generator too; run again for the analysis alone)');
