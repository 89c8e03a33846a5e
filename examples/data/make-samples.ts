/**
 * Regenerates the synthetic platform-shaped samples in this folder from one seeded scenario
 * (two planted swarms among 150 accounts over two days, with news shocks), so the examples can show each
 * platform's export format without shipping anyone's data:
 *   twitter-v2-sample.json   Twitter API v2 search pages ({ data, includes.users, meta })
 *   mastodon-sample.json     Mastodon API statuses (GET /api/v1/timelines/tag/:hashtag)
 *   bluesky-sample.ndjson    Bluesky app.bsky.feed.defs#postView objects, one per line
 *   custom-columns.csv       a CSV whose column names match no schema (see 05-column-mapping.ts)
 *   samples-truth.json       the planted swarms
 * Run: npx tsx examples/data/make-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateScenario } from 'hashtag-swarms';
import type { Post } from 'hashtag-swarms';

const here = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));
const { posts, truth } = generateScenario({ scenario: 'easy', seed: 7, accounts: 150, days: 2, swarms: 2, swarmSizeMin: 6, swarmSizeMax: 10, shocksPerDay: 1, shockAccountsMin: 20, shockAccountsMax: 40 });

const text = (p: Post): string => `Post ${p.id} ${p.hashtags.map((h) => `#${h}`).join(' ')}`;
const iso = (p: Post): string => new Date(p.timeMs).toISOString();
const userId = (account: string): string => String(1_000_000 + Number(account.replace(/\D/g, '')));

// Twitter API v2: pages of 100 tweets with the authors in includes.users.
const pages: unknown[] = [];
for (let i = 0; i < posts.length; i += 100) {
  const chunk = posts.slice(i, i + 100);
  const users = new Map<string, Post>();
  for (const p of chunk) users.set(p.account, p);
  pages.push({
    data: chunk.map((p) => {
      const t = text(p);
      return {
        id: p.id.replace(/\D/g, '') || p.id, text: t, author_id: userId(p.account), created_at: iso(p),
        entities: { hashtags: p.hashtags.map((tag) => ({ start: t.indexOf(`#${tag}`), end: t.indexOf(`#${tag}`) + tag.length + 1, tag })) },
        public_metrics: { retweet_count: p.reposts ?? 0, reply_count: p.replies ?? 0, like_count: p.likes ?? 0, quote_count: 0 },
      };
    }),
    includes: { users: [...users.values()].map((p) => ({ id: userId(p.account), username: p.account, name: p.account, public_metrics: { followers_count: p.followers ?? 0 } })) },
    meta: { result_count: chunk.length },
  });
}
writeFileSync(here('twitter-v2-sample.json'), `${JSON.stringify(pages)}\n`);

// Mastodon: an array of statuses.
const statuses = posts.map((p) => ({
  id: p.id.replace(/\D/g, '') || p.id, created_at: iso(p), in_reply_to_id: null, visibility: 'public', uri: `https://example.social/users/${p.account}/statuses/${p.id}`,
  content: `<p>${text(p).replace(/#(\S+)/g, '<a href="https://example.social/tags/$1" class="mention hashtag" rel="tag">#<span>$1</span></a>')}</p>`,
  account: { id: userId(p.account), username: p.account, acct: `${p.account}@example.social`, followers_count: p.followers ?? 0 },
  tags: p.hashtags.map((name) => ({ name, url: `https://example.social/tags/${name}` })),
  reblog: null, favourites_count: p.likes ?? 0, reblogs_count: p.reposts ?? 0, replies_count: p.replies ?? 0, mentions: [],
}));
writeFileSync(here('mastodon-sample.json'), `${JSON.stringify(statuses)}\n`);

// Bluesky: post views with tag facets (byte offsets into the UTF-8 text).
const lines = posts.map((p) => {
  const t = text(p);
  const facets = p.hashtags.map((tag) => {
    const start = Buffer.byteLength(t.slice(0, t.indexOf(`#${tag}`)));
    return { index: { byteStart: start, byteEnd: start + Buffer.byteLength(`#${tag}`) }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag }] };
  });
  const did = `did:plc:${p.account}`;
  return JSON.stringify({
    uri: `at://${did}/app.bsky.feed.post/${p.id}`, cid: `bafy${p.id}`, author: { did, handle: `${p.account}.bsky.social` },
    record: { $type: 'app.bsky.feed.post', text: t, createdAt: iso(p), facets },
    likeCount: p.likes ?? 0, repostCount: p.reposts ?? 0, replyCount: p.replies ?? 0, indexedAt: iso(p),
  });
});
writeFileSync(here('bluesky-sample.ndjson'), `${lines.join('\n')}\n`);

// A CSV with its own column names: user handle, unix seconds, tags separated by '|'.
const csv = ['post_ref,user_handle,unix_seconds,tag_list,fans'];
for (const p of posts) csv.push(`${p.id},${p.account},${Math.floor(p.timeMs / 1000)},${p.hashtags.join('|')},${p.followers ?? ''}`);
writeFileSync(here('custom-columns.csv'), `${csv.join('\n')}\n`);

writeFileSync(here('samples-truth.json'), `${JSON.stringify({ swarms: truth.swarms.map((s) => ({ id: s.id, members: s.members })) }, null, 2)}\n`);
console.log(`${posts.length} posts, ${truth.swarms.length} planted swarms`);
