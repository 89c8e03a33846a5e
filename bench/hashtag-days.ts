/**
 * Beyond the five documented operations: every hashtag-day of the real IRA files that many
 * accounts used (the candidate operations of those days, of every category), with the share of
 * its accounts that `analyze()` (defaults, seed 1) puts in significant swarms. Not a ground
 * truth — an account of the file may post a hashtag without taking part in an operation on it —
 * but a wider look than the five operations the defaults were tuned with: how recall holds on
 * hashtag games, LeftTroll and RightTroll days and NonEnglish flash mobs the tuning never read.
 *
 *   npx tsx bench/hashtag-days.ts [--min-accounts 15] [--options '{"swarms":{"growRounds":1}}']
 *
 * Reposts are left out of the counts (the detector leaves them out of the evidence); hashtags
 * are extracted from the text as the `ira` schema does; a day is a UTC calendar day.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, ingest, readRecords } from '../src/index.js';
import { arg } from './lib/args.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');
const FILES = [
  'ira-campaigns/ira-2015-10-21.csv.gz',
  'ira-campaigns/ira-2016-02-26.csv.gz',
  'ira-campaigns/ira-2016-04-09.csv.gz',
  'ira-campaigns/ira-2016-12-20.csv.gz',
  'ira-canada/troll_tweets_canada.csv',
];
const minAccounts = Number(arg('min-accounts', '15'));
const options = JSON.parse(arg('options', '{}')) as Record<string, unknown>;

interface Day {
  readonly accounts: Set<string>;
  posts: number;
  first: number;
  last: number;
}

const rows: string[] = [];
let weighted = 0;
let total = 0;
for (const file of FILES) {
  const path = join(DATA, file);
  const report = await analyze(path, { schema: 'ira', seed: 1, ...options });
  const flagged = new Set(report.swarms.filter((s) => s.significance.isSwarm).flatMap((s) => s.members));
  const { posts } = await ingest(readRecords(path, { schema: 'ira' }));
  const days = new Map<string, Day>();
  for (const p of posts) {
    if (p.repostOf !== undefined) continue;
    const day = new Date(p.timeMs).toISOString().slice(0, 10);
    for (const h of new Set(p.hashtags)) {
      const key = `${h} ${day}`;
      let d = days.get(key);
      if (d === undefined) days.set(key, (d = { accounts: new Set(), posts: 0, first: p.timeMs, last: p.timeMs }));
      d.accounts.add(p.account);
      d.posts++;
      d.first = Math.min(d.first, p.timeMs);
      d.last = Math.max(d.last, p.timeMs);
    }
  }
  const listed = [...days].filter(([, d]) => d.accounts.size >= minAccounts).sort((a, b) => b[1].accounts.size - a[1].accounts.size || (a[0] < b[0] ? -1 : 1));
  for (const [key, d] of listed) {
    const hit = [...d.accounts].filter((a) => flagged.has(a)).length;
    weighted += hit;
    total += d.accounts.size;
    const [tag, day] = key.split(' ');
    rows.push(`| ${file.split('/').pop()} | #${tag} | ${day} | ${d.accounts.size} | ${d.posts} | ${((d.last - d.first) / 3_600_000).toFixed(1)} h | ${(hit / d.accounts.size).toFixed(3)} (${hit}) |`);
  }
}
console.log(`hashtag-days with ≥ ${minAccounts} accounts (reposts left out); analyze() ${JSON.stringify({ seed: 1, ...options })}\n`);
console.log('| file | hashtag | day | accounts | posts | span | share in swarms |');
console.log('|---|---|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
console.log(`\nall listed hashtag-days: ${weighted} of ${total} account-days in swarms (${(weighted / Math.max(1, total)).toFixed(3)})`);
