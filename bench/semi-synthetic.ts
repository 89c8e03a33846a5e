/**
 * Semi-synthetic benchmark: real documented IRA troll operations planted into a synthetic
 * organic crowd (the `null` scenario) that also reacts to news on the operation's own
 * hashtags in the same hours, plus organic repost cascades. Measures account precision,
 * recall and F1 of `analyze` (default options, seed 1) on real operations, and how often
 * organic accounts get flagged.
 *
 *   npx tsx bench/semi-synthetic.ts [--seeds 3] [--accounts 3000] [--markdown]
 *
 * `--seeds N` runs seeds 1..N (or a list: `--seeds 1,4,7`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, ingest, readRecords } from '../src/index.js';
import type { Post } from '../src/index.js';
import { createRng } from '../src/_lib/rng.js';
import { generateScenario } from '../src/synthetic/index.js';
import { sampleDistinct, sampleExponential, uniformInt } from '../src/synthetic/random.js';
import { arg } from './lib/args.js';

// ---------------------------------------------------------------- options

const seedsArg = arg('seeds', '3');
const seeds = seedsArg.includes(',')
  ? seedsArg.split(',').map(Number)
  : Array.from({ length: Number(seedsArg) }, (_, i) => i + 1);
const crowdAccounts = Number(arg('accounts', '3000'));
const markdown = process.argv.includes('--markdown');
const analyzeOptions = JSON.parse(arg('options', '{}')) as Record<string, unknown>;
const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'ira-campaigns');

const DAY_MS = 86_400_000;
const SHOCKS_PER_TAG = 3;
const SHOCK_THETA_MS = 30 * 60_000;
const CASCADES = 200;
const CO_TAGS = 3;

// ---------------------------------------------------------------- types

interface Campaign {
  file: string;
  schema: string;
  hashtag: string;
  day: string;
  category: string;
  firstPost: string;
  lastPost: string;
  posts: number;
  accounts: string[];
}
interface Rec {
  id: string;
  account: string;
  time: number;
  hashtags: string[];
  repostOf?: string;
}
interface Row {
  op: string;
  category: string;
  seed: number;
  posts: number;
  opPosts: number;
  opAccounts: number;
  crowdAccounts: number;
  p: number;
  r: number;
  f1: number;
  crowdFlagged: number;
  maxCrowdRate: number;
  crowdShare5: number;
  swarms: number;
  analyzed: string;
  seconds: number;
}

// ---------------------------------------------------------------- data

const fileCache = new Map<string, readonly Post[]>();
async function filePosts(file: string): Promise<readonly Post[]> {
  let posts = fileCache.get(file);
  if (!posts) {
    posts = (await ingest(readRecords(join(DATA_DIR, file), { schema: 'ira' }))).posts;
    fileCache.set(file, posts);
  }
  return posts;
}

async function operationRecords(c: Campaign): Promise<Rec[]> {
  const accounts = new Set(c.accounts);
  const dayStart = Date.parse(`${c.day}T00:00:00Z`);
  const out: Rec[] = [];
  for (const p of await filePosts(c.file)) {
    if (!accounts.has(p.account) || p.timeMs < dayStart || p.timeMs >= dayStart + DAY_MS) continue;
    out.push({
      id: `o:${p.id}`,
      account: `ira:${p.account}`,
      time: p.timeMs,
      hashtags: [...p.hashtags],
      ...(p.repostOf === undefined ? {} : { repostOf: `o:${p.repostOf}` }),
    });
  }
  return out;
}

// ---------------------------------------------------------------- one run

async function runOne(c: Campaign, op: Rec[], seed: number): Promise<Row> {
  const started = performance.now();
  const dayStart = Date.parse(`${c.day}T00:00:00Z`);
  const first = Date.parse(c.firstPost);
  const last = Math.max(Date.parse(c.lastPost), first + 60_000);
  const rng = createRng(`semi|${seed}|${c.day}`);

  // organic null world aligned to the campaign day
  const scenario = generateScenario({ scenario: 'null', seed, accounts: crowdAccounts, days: 2, startMs: dayStart });
  const crowd: Rec[] = scenario.posts.map((p) => ({
    id: `c:${p.id}`,
    account: p.account,
    time: p.timeMs,
    hashtags: [...p.hashtags],
    ...(p.repostOf === undefined ? {} : { repostOf: `c:${p.repostOf}` }),
  }));
  const organic = [...new Set(crowd.map((p) => p.account))].sort();

  // operation hashtags: main + top co-hashtags
  const co = new Map<string, number>();
  for (const p of op) for (const h of p.hashtags) if (h !== c.hashtag) co.set(h, (co.get(h) ?? 0) + 1);
  const coTags = [...co.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CO_TAGS).map((e) => e[0]);
  const opTags = [c.hashtag, ...coTags];

  // news crowd on the op hashtags, in the op's hours
  let n = 0;
  const news: Rec[] = [];
  const opAccountCount = new Set(op.map((p) => p.account)).size;
  for (const tag of opTags) {
    const shocks = Array.from({ length: SHOCKS_PER_TAG }, () => first + rng.next() * (last - first));
    for (const account of sampleDistinct(rng, organic, 2 * opAccountCount)) {
      const k = uniformInt(rng, 1, 2);
      for (let i = 0; i < k; i++) {
        const t = shocks[rng.int(shocks.length)]! + sampleExponential(rng, SHOCK_THETA_MS);
        news.push({ id: `n:${n++}`, account, time: Math.round(t), hashtags: [tag] });
      }
    }
  }

  // organic repost cascades
  const tagCount = new Map<string, number>();
  for (const p of crowd) for (const h of p.hashtags) tagCount.set(h, (tagCount.get(h) ?? 0) + 1);
  const popular = [...tagCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 30).map((e) => e[0]);
  const cascades: Rec[] = [];
  for (let i = 0; i < CASCADES; i++) {
    const onOp = rng.next() < 0.5;
    const tag = onOp ? opTags[rng.int(opTags.length)]! : popular[rng.int(popular.length)]!;
    const t0 = Math.round(onOp ? first + rng.next() * (last - first) : dayStart + rng.next() * 2 * DAY_MS);
    const [author, ...rest] = sampleDistinct(rng, organic, 1 + uniformInt(rng, 5, 50));
    const origId = `k:${i}`;
    cascades.push({ id: origId, account: author!, time: t0, hashtags: [tag] });
    rest.forEach((account, j) =>
      cascades.push({ id: `k:${i}:${j}`, account, time: t0 + uniformInt(rng, 5_000, 120_000), hashtags: [tag], repostOf: origId }),
    );
  }

  const records = [...crowd, ...news, ...cascades, ...op].sort((a, b) => a.time - b.time);
  const report = await analyze(records, { ...analyzeOptions, seed: 1 });

  // scoring
  const truth = new Set(op.map((p) => p.account));
  const significant = report.swarms.filter((s) => s.significance.isSwarm);
  const flagged = new Set(significant.flatMap((s) => s.members));
  const tp = [...flagged].filter((a) => truth.has(a)).length;
  const p = flagged.size === 0 ? 0 : tp / flagged.size;
  const r = truth.size === 0 ? 0 : tp / truth.size;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const crowdFlagged = [...flagged].filter((a) => !truth.has(a)).length;

  // crowd flag rate per window (organic = every non-op account, incl. news/cascade posters): windows where the account is a member of a significant swarm
  // (and posted) / windows where it posted. Members are unions over a swarm's windows, so a
  // member counts as flagged in every window of its swarm where it posted (approximation).
  // All windows count in the denominator (a skipped window flags nobody).
  const windows = report.windows.map((w) => ({ index: w.index, start: Date.parse(w.start), end: Date.parse(w.end) }));
  const postedIn = new Map<string, Set<number>>();
  for (const rec of records) {
    if (truth.has(rec.account)) continue;
    for (const w of windows) {
      if (rec.time < w.start || rec.time >= w.end) continue;
      let s = postedIn.get(rec.account);
      if (!s) postedIn.set(rec.account, (s = new Set()));
      s.add(w.index);
    }
  }
  const flaggedIn = new Map<string, Set<number>>();
  for (const s of significant)
    for (const m of s.members) {
      if (truth.has(m)) continue;
      const posted = postedIn.get(m);
      if (!posted) continue;
      let f = flaggedIn.get(m);
      if (!f) flaggedIn.set(m, (f = new Set()));
      for (const w of s.windows) if (posted.has(w)) f.add(w);
    }
  let maxRate = 0;
  let over5 = 0;
  for (const [account, posted] of postedIn) {
    const rate = (flaggedIn.get(account)?.size ?? 0) / posted.size;
    if (rate > maxRate) maxRate = rate;
    if (rate >= 0.05) over5++;
  }

  return {
    op: c.hashtag,
    category: c.category,
    seed,
    posts: records.length,
    opPosts: op.length,
    opAccounts: truth.size,
    crowdAccounts: postedIn.size,
    p,
    r,
    f1,
    crowdFlagged,
    maxCrowdRate: maxRate,
    crowdShare5: postedIn.size === 0 ? 0 : over5 / postedIn.size,
    swarms: significant.length,
    analyzed: `${report.windows.filter((w) => w.status === 'analyzed').length}/${report.windows.length}`,
    seconds: (performance.now() - started) / 1000,
  };
}

// ---------------------------------------------------------------- output

const HEAD = ['operation', 'category', 'seed', 'posts', 'op posts', 'op accts', 'crowd accts', 'P', 'R', 'F1', 'crowd flagged', 'max crowd rate', 'crowd ≥5%', 'swarms', 'analysed win', 's'];
function cells(r: Row): string[] {
  return [
    r.op, r.category, String(r.seed), String(r.posts), String(r.opPosts), String(r.opAccounts), String(r.crowdAccounts),
    r.p.toFixed(3), r.r.toFixed(3), r.f1.toFixed(3), String(r.crowdFlagged), r.maxCrowdRate.toFixed(3),
    `${(100 * r.crowdShare5).toFixed(2)}%`, String(r.swarms), r.analyzed, r.seconds.toFixed(0),
  ];
}
function printTable(rows: Row[]): void {
  const body = rows.map(cells);
  if (markdown) {
    console.log(`| ${HEAD.join(' | ')} |`);
    console.log(`|${HEAD.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const b of body) console.log(`| ${b.join(' | ')} |`);
    return;
  }
  const width = HEAD.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (xs: string[]): string => xs.map((x, i) => (i < 2 ? x.padEnd(width[i]!) : x.padStart(width[i]!))).join('  ');
  console.log(line(HEAD));
  for (const b of body) console.log(line(b));
}

// ---------------------------------------------------------------- main

const t0 = performance.now();
const campaigns = JSON.parse(readFileSync(join(DATA_DIR, 'campaigns.json'), 'utf8')) as Campaign[];
const rows: Row[] = [];
for (const c of campaigns) {
  const op = await operationRecords(c);
  for (const seed of seeds) {
    const row = await runOne(c, op, seed);
    rows.push(row);
    if (!markdown) process.stderr.write(`  ${c.hashtag} seed ${seed}: F1 ${row.f1.toFixed(3)} (${row.seconds.toFixed(0)} s)\n`);
  }
}

const english = rows.filter((r) => r.category !== 'NonEnglish');
const other = rows.filter((r) => r.category === 'NonEnglish');
const mean = (xs: number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const say = (s: string): void => console.log(markdown ? `\n${s}\n` : s);

say(`${markdown ? '**' : ''}Semi-synthetic benchmark${markdown ? '**' : ''}: crowd ${crowdAccounts} accounts × 2 days (null scenario), seeds ${seeds.join(',')}, analyze defaults (seed 1)`);
say('English operations (LeftTroll / HashtagGamer):');
printTable(english);
say(
  `Mean over English operations: F1 ${mean(english.map((r) => r.f1)).toFixed(3)}` +
    `  P ${mean(english.map((r) => r.p)).toFixed(3)}  R ${mean(english.map((r) => r.r)).toFixed(3)}` +
    `  crowd flagged ${mean(english.map((r) => r.crowdFlagged)).toFixed(1)}`,
);
if (other.length > 0) {
  say('Non-English operation (reported separately):');
  printTable(other);
  say(`Mean F1 (non-English): ${mean(other.map((r) => r.f1)).toFixed(3)}`);
}
say(`Run time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
