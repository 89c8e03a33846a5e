// Hash the JSON report of every real dataset and two ladder worlds (analyze defaults, seed 1):
// the check behind "reports byte-identical" for refactors (issue #21). Run after `npm run build`;
// prints, per input, the hash of the whole report and of the report without the options echo.
// Usage: node bench/report-hashes.mjs [package dir, default .]   (HS_DATA: the shared data folder;
// HS_OPTIONS: JSON options added to every run, e.g. to check that an option reproduces old reports)
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
const root = process.argv[2] ?? process.cwd();
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const D = process.env.HS_DATA ?? join(root, '..', 'shared', 'data');
const inputs = [
  ['ira-2015', join(D, 'ira-campaigns/ira-2015-10-21.csv.gz'), { schema: 'ira' }],
  ['ira-2016-02', join(D, 'ira-campaigns/ira-2016-02-26.csv.gz'), { schema: 'ira' }],
  ['ira-2016-04', join(D, 'ira-campaigns/ira-2016-04-09.csv.gz'), { schema: 'ira' }],
  ['ira-2016-12', join(D, 'ira-campaigns/ira-2016-12-20.csv.gz'), { schema: 'ira' }],
  ['ira-canada', join(D, 'ira-canada/troll_tweets_canada.csv'), { schema: 'ira' }],
  ['user2019', join(D, 'conference-user2019/user2019.csv'), { schema: 'rtweet' }],
  ['user2018', join(D, 'conference-user2018/user2018.ndjson'), { format: 'ndjson' }],
  ['german', join(D, 'german-elections/german_elections.csv'), { map: { id: 'post_id', account: 'account_id', time: 'timestamp', hashtags: 'hashtag_id' } }],
];
const h = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
for (const [name, file, o] of inputs) {
  const r = await lib.analyze(file, { ...o, seed: 1, ...JSON.parse(process.env.HS_OPTIONS ?? '{}') });
  const json = lib.toJSON(r);
  const { options, ...rest } = JSON.parse(json);
  console.log(name.padEnd(12), 'all', h(json), 'no-options', h(JSON.stringify(rest)), 'swarms', r.swarms.length);
}
for (const scenario of ['medium', 'dynamic']) {
  const w = lib.generateScenario({ scenario, seed: 1, accounts: 1500 });
  const r = await lib.analyze(w.posts, { seed: 1, ...JSON.parse(process.env.HS_OPTIONS ?? '{}') });
  const json = lib.toJSON(r);
  const { options, ...rest } = JSON.parse(json);
  console.log(scenario.padEnd(12), 'all', h(json), 'no-options', h(JSON.stringify(rest)), 'swarms', r.swarms.length);
}
