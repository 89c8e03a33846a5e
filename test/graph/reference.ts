/**
 * Brute-force oracles for the graph stage: all pairs of occurrences, no cleverness.
 */
import type { Post } from '../../src/ingest/index.js';

export interface RefEdge {
  source: string;
  target: string;
  coCount: number;
  episodes: number;
  sharedHashtags: number;
  lagSum: number;
  leadSourceToTarget: number;
  leadTargetToSource: number;
  edgeSymmetry: number;
}

interface Occ {
  post: number;
  account: string;
  time: number;
  hashtag: string;
}

function occurrences(posts: readonly Post[]): Occ[] {
  const out: Occ[] = [];
  posts.forEach((p, i) => {
    for (const h of new Set(p.hashtags)) out.push({ post: i, account: p.account, time: p.timeMs, hashtag: h });
  });
  return out;
}

/** Crowd flag of each occurrence, by counting distinct accounts in every neighbourhood. */
export function referenceCrowd(posts: readonly Post[], lag: number, cap: number): { occ: Occ[]; crowd: boolean[] } {
  const occ = occurrences(posts);
  const crowd = occ.map((o) => {
    const accounts = new Set<string>();
    for (const q of occ) if (q.hashtag === o.hashtag && Math.abs(q.time - o.time) <= lag) accounts.add(q.account);
    return accounts.size > cap;
  });
  return { occ, crowd };
}

/**
 * Edge statistics by brute force over all occurrence pairs (crowd occurrences removed; a post and
 * a direct reply to it are never a pair). With a
 * finite `span`, a burst is cut into episodes: a new one starts at the first time more than
 * `span` after the current episode's first time (slot episodes).
 */
export function referenceEdges(posts: readonly Post[], lag: number, cap = Infinity, span = Infinity, capEpisodes = false): Map<string, RefEdge> {
  const { occ, crowd } = referenceCrowd(posts, lag, cap);
  const live = occ.filter((_, i) => !crowd[i]);
  // Burst id of each live occurrence: runs of the hashtag's sorted times with gaps ≤ lag.
  const burstOf = new Map<Occ, string>();
  const byTag = new Map<string, Occ[]>();
  for (const o of live) byTag.set(o.hashtag, [...(byTag.get(o.hashtag) ?? []), o]);
  for (const [tag, list] of byTag) {
    const times = [...new Set(list.map((o) => o.time))].sort((a, b) => a - b);
    const burstAt = new Map<number, number>();
    let b = 0;
    let start = times[0]!;
    times.forEach((t, k) => {
      if (k > 0 && (t - times[k - 1]! > lag || t - start > span)) {
        b++;
        start = t;
      }
      burstAt.set(t, b);
    });
    for (const o of list) burstOf.set(o, `${tag}#${burstAt.get(o.time)}`);
  }
  // Thinned posts per (account, hashtag): a post within `lag` after the last counted one is not counted.
  const thinned = new Map<string, number>();
  for (const [tag, list] of byTag) {
    const lastAt = new Map<string, number>();
    for (const o of [...list].sort((a, b) => a.time - b.time)) {
      const at = lastAt.get(o.account);
      if (at === undefined || o.time - at > lag) {
        lastAt.set(o.account, o.time);
        thinned.set(`${o.account}#${tag}`, (thinned.get(`${o.account}#${tag}`) ?? 0) + 1);
      }
    }
  }
  const acc = new Map<string, { e: RefEdge; episodes: Set<string>; tags: Set<string>; posts: [Set<number>, Set<number>] }>();
  for (let x = 0; x < live.length; x++) {
    for (let y = 0; y < live.length; y++) {
      const p = live[x]!;
      const q = live[y]!;
      if (x >= y || p.account === q.account || p.hashtag !== q.hashtag) continue;
      // A post and a direct reply to it are not a pair (a conversation is not a coordination).
      if (posts[p.post]!.replyTo === posts[q.post]!.id || posts[q.post]!.replyTo === posts[p.post]!.id) continue;
      const lagPq = Math.abs(p.time - q.time);
      if (lagPq > lag) continue;
      const [s, t] = p.account < q.account ? [p, q] : [q, p];
      const key = `${s.account}\u0000${t.account}`;
      let entry = acc.get(key);
      if (entry === undefined) {
        entry = {
          e: { source: s.account, target: t.account, coCount: 0, episodes: 0, sharedHashtags: 0, lagSum: 0, leadSourceToTarget: 0, leadTargetToSource: 0, edgeSymmetry: 0 },
          episodes: new Set(),
          tags: new Set(),
          posts: [new Set(), new Set()],
        };
        acc.set(key, entry);
      }
      entry.e.coCount++;
      entry.e.lagSum += lagPq;
      if (s.time < t.time) entry.e.leadSourceToTarget++;
      else if (s.time > t.time) entry.e.leadTargetToSource++;
      else {
        entry.e.leadSourceToTarget += 0.5;
        entry.e.leadTargetToSource += 0.5;
      }
      entry.episodes.add(burstOf.get(p.time <= q.time ? p : q)!); // a pair belongs to its earlier post's episode
      entry.tags.add(p.hashtag);
      entry.posts[0].add(s.post);
      entry.posts[1].add(t.post);
    }
  }
  const out = new Map<string, RefEdge>();
  for (const [key, { e, episodes, tags, posts: sides }] of acc) {
    // With slots and capEpisodes, a pair's episodes on a hashtag are capped by min(n'_i, n'_j), its thinned posts there.
    let count = 0;
    for (const tag of tags) {
      const onTag = [...episodes].filter((x) => x.startsWith(`${tag}#`)).length;
      const cap = Math.min(thinned.get(`${e.source}#${tag}`) ?? 0, thinned.get(`${e.target}#${tag}`) ?? 0);
      count += span === Infinity || !capEpisodes ? onTag : Math.min(onTag, cap);
    }
    e.episodes = count;
    e.sharedHashtags = tags.size;
    e.edgeSymmetry = Math.min(sides[0].size, sides[1].size) / Math.max(sides[0].size, sides[1].size);
    out.set(key, e);
  }
  return out;
}
