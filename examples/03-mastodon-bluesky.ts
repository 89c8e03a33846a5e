/**
 * The same conversation exported from Mastodon (API statuses: `account.acct`, `tags`, HTML
 * `content`) and from Bluesky (post views with `app.bsky.richtext.facet#tag` facets): each
 * platform's adapter turns it into posts, and the same swarms come out of both.
 * The bundled files are synthetic (examples/data/make-samples.ts).
 *
 * Run: npx tsx examples/03-mastodon-bluesky.ts
 */
import { fileURLToPath } from 'node:url';
import { analyze } from 'hashtag-swarms';

const data = (name: string): string => fileURLToPath(new URL(`./data/${name}`, import.meta.url));

const mastodon = await analyze(data('mastodon-sample.json'), { schema: 'mastodon', seed: 1 });
const bluesky = await analyze(data('bluesky-sample.ndjson'), { schema: 'bluesky', seed: 1 });

for (const [platform, report] of [['mastodon', mastodon], ['bluesky', bluesky]] as const) {
  console.log(`${platform}: ${report.input.accepted} posts, ${report.accounts.length} accounts, ${report.swarms.length} swarms`);
  for (const swarm of report.swarms) {
    console.log(`  ${swarm.id}  ${swarm.members.length} members  #${swarm.hashtags[0]?.hashtag}  e.g. ${swarm.members.slice(0, 2).join(', ')}`);
  }
}

// Accounts are `user@instance` on Mastodon and `user.bsky.social` on Bluesky: compare the local parts.
const local = (s: string): string => s.split(/[@.]/)[0]!;
const key = (members: readonly string[]): string => members.map(local).sort().join(' ');
const same = mastodon.swarms.filter((m) => bluesky.swarms.some((b) => key(b.members) === key(m.members))).length;
console.log(`swarms found on both platforms: ${same} of ${mastodon.swarms.length}`);
