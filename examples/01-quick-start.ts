/**
 * Quick start: analyse the bundled sample — three months (July–September 2017) of tweets
 * aimed at Canadians by Internet Research Agency accounts (FiveThirtyEight / Clemson
 * University release, CC BY 4.0; see examples/data/README.md) — and print the swarms found,
 * with their group influence next to their strongest member's influence alone.
 *
 * Run: npx tsx examples/01-quick-start.ts [file] [schema]      (or: npm run demo)
 */
import { fileURLToPath } from 'node:url';
import { analyze, swarmHeadlines } from 'hashtag-swarms';
import type { RecordSchema } from 'hashtag-swarms';

const file = process.argv[2] ?? fileURLToPath(new URL('./data/ira-canada-2017q3.csv', import.meta.url));
const schema = (process.argv[3] ?? 'ira') as RecordSchema;

const started = Date.now();
const report = await analyze(file, { schema, seed: 1 });
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const fmt = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined ? '—' : x.toFixed(digits));
const analyzed = report.windows.filter((w) => w.status === 'analyzed').length;
console.log(`hashtag-swarms ${report.generator.version} — ${file.split('/').pop()} (${schema})`);
console.log(
  `records ${report.input.records}: ${report.input.accepted} accepted, ${report.input.rejected} rejected; ` +
    `${report.accounts.length} accounts; ${report.windows.length} windows (${analyzed} with coordination evidence); ${seconds} s`,
);
console.log(`swarms: ${report.swarms.length}\n`);

const headlines = new Map(swarmHeadlines(report).map((h) => [h.swarmId, h]));
const rows = report.swarms.slice(0, 10).map((s) => {
  const h = headlines.get(s.id);
  return {
    swarm: s.id,
    size: s.members.length,
    windows: s.windows.length,
    hashtags: s.hashtags.slice(0, 3).map((t) => `#${t.hashtag}`).join(' '),
    p: fmt(s.significance.pValue, 3),
    'share of voice': fmt(s.group?.shareOfVoice[0]?.shareOfVoice),
    'burst lift': fmt(s.group?.burstLift, 1),
    'group reach': fmt(h?.groupInfluence),
    'best member alone': `${h?.strongestMember ?? '—'} ${fmt(h?.memberInfluence)}`,
    collective: s.group?.collectiveInfluencer ? 'yes' : 'no',
  };
});
if (rows.length > 0) console.table(rows);
for (const s of report.swarms.slice(0, 3)) {
  console.log(`${s.id}: ${s.members.join(', ')}`);
}
