/**
 * Analyse a Twitter API v2 export (pages of `{ data, includes: { users } }`, as the v2 search
 * and timeline endpoints return them) and write the JSON and HTML reports.
 * The bundled file is synthetic (examples/data/make-samples.ts) with two planted swarms.
 *
 * Run: npx tsx examples/02-twitter-v2-export.ts [export.json] [out-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, toHTML, toJSON } from 'hashtag-swarms';

const file = process.argv[2] ?? fileURLToPath(new URL('./data/twitter-v2-sample.json', import.meta.url));
const outDir = process.argv[3] ?? join(tmpdir(), 'hashtag-swarms-example-02');

// Author ids are resolved to usernames through includes.users; hashtags come from entities.
const report = await analyze(file, { schema: 'twitter-v2', window: '24h', step: '6h', seed: 1 });

console.log(`${report.input.accepted} tweets from ${report.accounts.length} accounts, ${report.swarms.length} swarms`);
for (const swarm of report.swarms) {
  const tags = swarm.hashtags.slice(0, 3).map((h) => `#${h.hashtag} (${Math.round(100 * h.shareOfVoice)} % of its posts)`);
  console.log(`${swarm.id}: ${swarm.members.length} accounts, p = ${swarm.significance.pValue.toFixed(3)}, ${tags.join(', ')}`);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.json'), toJSON(report));
writeFileSync(join(outDir, 'report.html'), toHTML(report));
console.log(`wrote ${join(outDir, 'report.json')} and ${join(outDir, 'report.html')}`);
