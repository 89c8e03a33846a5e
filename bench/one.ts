/**
 * Run ONE method on ONE input in this process and write its result as JSON:
 *   node --import tsx bench/one.ts <method> '<input spec JSON>' <result file>
 * `bench/run.ts` starts one such process per (method, input), so peak RSS (VmHWM) is the
 * method's own. Wall time covers the method only (not module loading, not the evaluation).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluateSwarms } from '../src/evaluate/index.js';
import type { TruthLike } from '../src/evaluate/index.js';
import { METHODS } from './lib/methods.js';
import type { InputSpec } from './lib/inputs.js';
import { readRssMb } from './lib/rss.js';
import type { MethodResult, Quality } from './lib/result.js';

const [method, inputJson, outFile] = process.argv.slice(2);
if (method === undefined || inputJson === undefined || outFile === undefined || METHODS[method] === undefined) {
  console.error(`usage: one.ts <${Object.keys(METHODS).join('|')}> <input JSON> <result file>`);
  process.exit(2);
}
const input = JSON.parse(inputJson) as InputSpec;
const base = readRssMb();
const t = performance.now();
const out = await METHODS[method]!(input);
// The warm repeats of the pair-step comparison (phase `warmRepeats`) are not the method's own run.
const wallMs = performance.now() - t - (out.phases['warmRepeats'] ?? 0);
const peak = readRssMb();

let quality: Quality | null = null;
if (out.groups !== null) {
  const groups = out.groups;
  const accounts = new Set(groups.flatMap((g) => g.members)).size;
  quality = { groups: groups.length, accounts, f1: null, precision: null, recall: null, ami: null, nullFp: null };
  if (input.truthPath !== undefined) {
    const truth = JSON.parse(readFileSync(input.truthPath, 'utf8')) as TruthLike;
    if (input.nullWorld === true) {
      const w = out.windows;
      quality = { ...quality, nullFp: w === undefined ? { runs: 1, withSwarm: groups.length > 0 ? 1 : 0 } : { runs: w.withPosts, withSwarm: w.withSwarm } };
    } else {
      const s = evaluateSwarms(groups, truth);
      quality = { ...quality, f1: s.accounts.f1, precision: s.accounts.precision, recall: s.accounts.recall, ami: s.ami };
    }
  }
}
const result: MethodResult = {
  method,
  input: input.id,
  status: 'ok',
  wallMs,
  phases: out.phases,
  rssMb: peak.hwm,
  baseRssMb: base.rss,
  counts: out.counts,
  quality,
};
writeFileSync(outFile, JSON.stringify(result));
