/**
 * An export whose columns match no platform schema: map them onto the generic fields.
 * The CLI takes the same map as `--map id=post_ref,account=user_handle,...`.
 *
 * Run: npx tsx examples/05-column-mapping.ts
 */
import { fileURLToPath } from 'node:url';
import { analyze } from 'hashtag-swarms';
import { parseFieldMap } from 'hashtag-swarms/sources';

const file = fileURLToPath(new URL('./data/custom-columns.csv', import.meta.url));
// post_ref,user_handle,unix_seconds,tag_list,fans  →  id, account, time, hashtags, followers
const map = parseFieldMap('id=post_ref,account=user_handle,time=unix_seconds,hashtags=tag_list,followers=fans');
console.log('map:', JSON.stringify(map));

const report = await analyze(file, { format: 'csv', schema: 'generic', map, seed: 1 });
console.log(`${report.input.records} rows: ${report.input.accepted} accepted, ${report.input.rejected} rejected`);
for (const swarm of report.swarms) {
  console.log(`${swarm.id}: ${swarm.members.join(' ')}  #${swarm.hashtags.map((h) => h.hashtag).join(' #')}`);
}
