/**
 * Integer index of one window's posts for the swarm kernels: accounts and
 * hashtags interned to sorted integer ids, posts ordered by (timeMs, id), and
 * CSR lists (post ids per account, per hashtag; hashtag ids per post).
 *
 * The names are interned in tables kept from one window to the next (name-table.ts), and
 * posts shared with the previous window reuse its lookups (see PostCache below): sliding
 * windows put every post in L / s windows, and looking its names up again in each was the
 * index's main cost. The ids are the same as a fresh interning would give. The cache and the
 * two passes that read it stay in one file (a hot path over every post of every window).
 *
 * Crowd posts (METRICS.md §1.4, `AccountGraphResult.crowdPost`) are left out
 * of the per-hashtag lists that every statistic reads, and flagged in `crowd`; they
 * count in the volumes that share of voice reports (visibility counts every post).
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { compareStrings } from '../_lib/compare.js';
import type { Window } from '../windows/index.js';
import { createNameTable, type NameTable } from './name-table.js';

type Post = Window['posts'][number];

/** Compressed sparse rows: the items of row r are `items[starts[r] .. starts[r + 1])`. */
export interface Csr {
  readonly starts: Int32Array;
  readonly items: Int32Array;
}

/** The integer view of a window. */
export interface WindowIndex {
  readonly startMs: number;
  /** Window length L, ms. */
  readonly lengthMs: number;
  /** Sorted account names; an account's id is its position. */
  readonly accounts: readonly string[];
  /** The id of an account name, −1 when it has no post in the window. */
  accountIdOf(name: string): number;
  /** Sorted hashtags; a hashtag's id is its position. */
  readonly hashtags: readonly string[];
  /** Per post (in (time, id) order): time relative to startMs, ms. */
  readonly relTime: Float64Array;
  readonly postAccount: Int32Array;
  /** 1 for crowd posts (excluded from every statistic). */
  readonly crowd: Uint8Array;
  /** All posts per account (crowd included), time order. */
  readonly postsByAccount: Csr;
  /** Non-crowd posts per hashtag, time order. */
  readonly postsByHashtag: Csr;
  /** Per entry of `postsByHashtag.items`: its post's relTime and account (for sequential scans). */
  readonly postsByHashtagTime: Float64Array;
  readonly postsByHashtagAccount: Int32Array;
  /**
   * Per post of hashtag h (as `postsByHashtag` lists them): how many of them lie within ±Δt of
   * it, itself included. Computed on first request and shared by every group of the window.
   */
  nearCounts(h: number, maxLagMs: number): Int32Array;
  /** Hashtag ids per post (crowd posts included). */
  readonly hashtagsByPost: Csr;
  /** All posts (crowd included) per hashtag and per account. */
  readonly volumeByHashtag: Int32Array;
  readonly volumeByAccount: Int32Array;
}

/** (timeMs, id) order of two posts. */
function comparePosts(a: Post, b: Post): number {
  return a.timeMs - b.timeMs || compareStrings(a.id, b.id);
}

/** True when posts[from − 1 ..] is in (timeMs, id) order. */
function isSortedFrom(posts: readonly Post[], from: number): boolean {
  for (let k = Math.max(1, from); k < posts.length; k++) if (comparePosts(posts[k - 1]!, posts[k]!) > 0) return false;
  return true;
}

/** Post indices in (timeMs, id) order (for posts not already in that order). */
function timeOrder(posts: readonly Post[]): Int32Array {
  const n = posts.length;
  const order = scratchInt32('swarms.index.order', n);
  // Array.prototype.sort is stable, so ties keep their input order.
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => comparePosts(posts[a]!, posts[b]!));
  for (let k = 0; k < n; k++) order[k] = idx[k]!;
  return order;
}

/**
 * What the previous window left for the next one: its posts in (time, id) order, and per
 * post the time, the account's table id and the table ids of its distinct hashtags.
 * Consecutive sliding windows share most of their posts (every post lies in L / s windows);
 * the shared posts are recognised by identity, as the graph stage recognises its windows
 * (`buildAccountGraphs`: posts are immutable), and their names are not looked up again.
 * Holds references to the last window's posts until the next call.
 */
interface PostCache {
  readonly posts: readonly Post[];
  readonly timeMs: Float64Array;
  readonly account: Int32Array;
  readonly tagStarts: Int32Array;
  readonly tags: Int32Array;
}

let accountTable = createNameTable();
let tagTable = createNameTable();
let previous: PostCache | null = null;
const lastPosts: Post[] = [];
let parity = 0;
let lastPost = new Int32Array(64);

/**
 * Forget the names and posts kept for the next window (analyze() calls it when a run ends, so
 * that no post of the caller stays referenced after it returns). The next call interns afresh.
 */
export function releaseWindowIndex(): void {
  accountTable = createNameTable();
  tagTable = createNameTable();
  previous = null;
  lastPosts.length = 0;
  lastPost = new Int32Array(64);
}

/**
 * Tables larger than this multiple of a window's names are dropped after it: names seen long
 * ago would otherwise accumulate over a long stream.
 */
const TABLE_SLACK = 4;

/** Posts `[0, m)` of `posts` are the previous window's posts `[j0, j0 + m)`: returns [j0, m] (m = 0: none). */
function overlap(prev: PostCache | null, posts: readonly Post[]): [number, number] {
  if (prev === null || posts.length === 0) return [0, 0];
  const first = posts[0]!;
  const times = prev.timeMs;
  let lo = 0;
  let hi = prev.posts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < first.timeMs) lo = mid + 1;
    else hi = mid;
  }
  while (lo < prev.posts.length && times[lo] === first.timeMs && prev.posts[lo] !== first) lo++;
  if (lo >= prev.posts.length || prev.posts[lo] !== first) return [0, 0];
  const limit = Math.min(posts.length, prev.posts.length - lo);
  let m = 1;
  while (m < limit && posts[m] === prev.posts[lo + m]) m++;
  return [lo, m];
}

/** Rank of each present id among the present ids, in name order; returns the present names. */
function rankPresent(table: NameTable, present: Uint8Array, rank: Int32Array): string[] {
  const ids = table.sortedIds();
  const names: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (present[id] === 1) {
      rank[id] = names.length;
      names.push(table.names[id]!);
    }
  }
  return names;
}

/** CSR of `rows` rows from per-item rows, items in increasing order within each row. */
function csrOfRows(name: string, rows: number, rowOf: Int32Array, keep?: Uint8Array): Csr {
  const starts = scratchInt32(`${name}.starts`, rows + 1).fill(0);
  for (let i = 0; i < rowOf.length; i++) if (keep === undefined || keep[i] === 1) starts[rowOf[i]! + 1]!++;
  for (let r = 0; r < rows; r++) starts[r + 1]! += starts[r]!;
  const fill = scratchInt32(`${name}.fill`, rows);
  fill.set(starts.subarray(0, rows));
  const items = scratchInt32(`${name}.items`, starts[rows]!);
  for (let i = 0; i < rowOf.length; i++) if (keep === undefined || keep[i] === 1) items[fill[rowOf[i]!]!++] = i;
  return { starts, items };
}

/**
 * Build the integer index of a window. Its arrays come from the scratch buffers
 * (_lib/scratch.ts): the index is valid until the next call, which is all detectSwarms needs
 * (candidates copy what they report).
 * @param window the window (its posts in any order).
 * @param crowdPost 1 where `window.posts[i]` is a crowd post.
 * @returns the index; independent of the order of `window.posts`.
 * @example
 * const index = buildWindowIndex(window, graphResult.crowdPost); index.accounts.length;
 */
export function buildWindowIndex(window: Window, crowdPost: Uint8Array): WindowIndex {
  const posts = window.posts;
  const n = posts.length;
  const shared = overlap(previous, posts);
  const j0 = shared[0];
  let m = shared[1];
  // The shared posts are in order already (they were the previous window's, sorted).
  const order = isSortedFrom(posts, m) ? null : timeOrder(posts);
  if (order !== null) m = 0;
  const prev = m > 0 ? previous! : null;
  // Pass 1, in time order: table ids; each post's distinct hashtags in first-use order.
  // Shared posts copy the previous window's; the others are interned.
  const buffers = `swarms.index.posts${parity}`;
  parity ^= 1;
  const reused = prev === null ? 0 : prev.tagStarts[j0 + m]! - prev.tagStarts[j0]!;
  let incidences = reused;
  for (let k = m; k < n; k++) incidences += posts[order === null ? k : order[k]!]!.hashtags.length;
  const postAccount = scratchInt32(`${buffers}.account`, n);
  const byPostStarts = scratchInt32(`${buffers}.tagStarts`, n + 1);
  const byPostTag = scratchInt32(`${buffers}.tags`, incidences);
  const postTime = scratchFloat64(`${buffers}.timeMs`, n);
  byPostStarts[0] = 0;
  if (prev !== null) {
    const base = prev.tagStarts[j0]!;
    postAccount.set(prev.account.subarray(j0, j0 + m));
    postTime.set(prev.timeMs.subarray(j0, j0 + m));
    byPostTag.set(prev.tags.subarray(base, base + reused));
    for (let k = 1; k <= m; k++) byPostStarts[k] = prev.tagStarts[j0 + k]! - base;
  }
  lastPost.fill(-1);
  let written = reused;
  for (let k = m; k < n; k++) {
    const p = posts[order === null ? k : order[k]!]!;
    postAccount[k] = accountTable.id(p.account);
    postTime[k] = p.timeMs;
    for (const h of p.hashtags) {
      const id = tagTable.id(h);
      if (id >= lastPost.length) {
        const grown = new Int32Array(2 * Math.max(id + 1, lastPost.length)).fill(-1);
        grown.set(lastPost);
        lastPost = grown;
      }
      if (lastPost[id] === k) continue;
      lastPost[id] = k;
      byPostTag[written++] = id;
    }
    byPostStarts[k + 1] = written;
  }
  const m2 = written;
  // The window's names in code-unit order: its final ids.
  const accountPresent = scratchUint8('swarms.index.accountPresent', accountTable.names.length).fill(0);
  for (let k = 0; k < n; k++) accountPresent[postAccount[k]!] = 1;
  const tagPresent = scratchUint8('swarms.index.tagPresent', tagTable.names.length).fill(0);
  for (let i = 0; i < m2; i++) tagPresent[byPostTag[i]!] = 1;
  const accountRank = scratchInt32('swarms.index.accountRank', accountTable.names.length);
  const tagRank = scratchInt32('swarms.index.tagRank', tagTable.names.length);
  const accounts = rankPresent(accountTable, accountPresent, accountRank);
  const hashtags = rankPresent(tagTable, tagPresent, tagRank);
  const table = accountTable;
  const accountIdOf = (name: string): number => {
    const id = table.find(name);
    return id >= 0 && id < accountPresent.length && accountPresent[id] === 1 ? accountRank[id]! : -1;
  };
  // Pass 2: final ids, times, crowd flags, volumes.
  const finalAccount = scratchInt32('swarms.index.postAccount', n);
  const relTime = scratchFloat64('swarms.index.relTime', n);
  const crowdFlag = scratchUint8('swarms.index.crowdFlag', n);
  const volumeByHashtag = scratchInt32('swarms.index.volumeByHashtag', hashtags.length).fill(0);
  const volumeByAccount = scratchInt32('swarms.index.volumeByAccount', accounts.length).fill(0);
  const tagOfIncidence = scratchInt32('swarms.index.tagOfIncidence', m2);
  const notCrowdIncidence = scratchUint8('swarms.index.notCrowdIncidence', m2);
  const postOfIncidence = scratchInt32('swarms.index.postOfIncidence', m2);
  const lastMs = Math.max(0, window.endMs - window.startMs - 1);
  for (let k = 0; k < n; k++) {
    const src = order === null ? k : order[k]!;
    // Posts outside [startMs, endMs) are a caller error; clamp so the circular shift stays in range.
    relTime[k] = Math.min(Math.max(postTime[k]! - window.startMs, 0), lastMs);
    const a = accountRank[postAccount[k]!]!;
    finalAccount[k] = a;
    volumeByAccount[a]!++;
    const crowd = crowdPost[src] !== 0;
    crowdFlag[k] = crowd ? 1 : 0;
    for (let x = byPostStarts[k]!; x < byPostStarts[k + 1]!; x++) {
      const h = tagRank[byPostTag[x]!]!;
      tagOfIncidence[x] = h;
      volumeByHashtag[h]!++;
      notCrowdIncidence[x] = crowd ? 0 : 1;
      postOfIncidence[x] = k;
    }
  }
  previous = null;
  if (order === null) {
    // A copy of the post references: the caller may refill its array for the next window.
    for (let k = 0; k < n; k++) lastPosts[k] = posts[k]!;
    lastPosts.length = n;
    previous = { posts: lastPosts, timeMs: postTime, account: postAccount, tagStarts: byPostStarts, tags: byPostTag };
  }
  if (accountTable.names.length > TABLE_SLACK * accounts.length + 4096 || tagTable.names.length > TABLE_SLACK * hashtags.length + 4096) {
    accountTable = createNameTable();
    tagTable = createNameTable();
    previous = null;
  }
  // Non-crowd posts per hashtag, in time order: incidences are in post order.
  const postsByHashtag = csrOfRows('swarms.index.byHashtag', hashtags.length, tagOfIncidence, notCrowdIncidence);
  const entries = postsByHashtag.items.length;
  const postsByHashtagTime = scratchFloat64('swarms.index.byHashtagTime', entries);
  const postsByHashtagAccount = scratchInt32('swarms.index.byHashtagAccount', entries);
  for (let i = 0; i < entries; i++) {
    const p = postOfIncidence[postsByHashtag.items[i]!]!;
    postsByHashtag.items[i] = p;
    postsByHashtagTime[i] = relTime[p]!;
    postsByHashtagAccount[i] = finalAccount[p]!;
  }
  const near = scratchInt32('swarms.index.near', entries);
  const nearDone = scratchUint8('swarms.index.nearDone', hashtags.length).fill(0);
  let nearLagMs = Number.NaN;
  const nearCounts = (h: number, maxLagMs: number): Int32Array => {
    if (maxLagMs !== nearLagMs) {
      nearDone.fill(0);
      nearLagMs = maxLagMs;
    }
    const from = postsByHashtag.starts[h]!;
    const to = postsByHashtag.starts[h + 1]!;
    if (nearDone[h] === 0) {
      nearDone[h] = 1;
      // Two pointers over the sorted times: the number of times in [t − Δt, t + Δt] for each.
      let a = from;
      let c = from;
      for (let j = from; j < to; j++) {
        const t = postsByHashtagTime[j]!;
        while (postsByHashtagTime[a]! < t - maxLagMs) a++;
        if (c < j) c = j;
        while (c < to && postsByHashtagTime[c]! <= t + maxLagMs) c++;
        near[j] = c - a;
      }
    }
    return near.subarray(from, to);
  };
  return {
    startMs: window.startMs,
    lengthMs: window.endMs - window.startMs,
    accounts,
    accountIdOf,
    hashtags,
    relTime,
    postAccount: finalAccount,
    crowd: crowdFlag,
    postsByAccount: csrOfRows('swarms.index.byAccount', accounts.length, finalAccount),
    postsByHashtag,
    postsByHashtagTime,
    postsByHashtagAccount,
    nearCounts,
    hashtagsByPost: { starts: byPostStarts, items: tagOfIncidence },
    volumeByHashtag,
    volumeByAccount,
  };
}
