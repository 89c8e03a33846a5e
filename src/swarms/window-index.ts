/**
 * Integer index of one window's posts for the swarm kernels: accounts and
 * hashtags interned to sorted integer ids, posts ordered by (timeMs, id), and
 * CSR lists (post ids per account, per hashtag; hashtag ids per post).
 *
 * Crowd posts (METRICS.md §1.4, `AccountGraphResult.crowdPost`) are left out
 * of the per-hashtag lists that every statistic reads, and flagged in `crowd`; they
 * count in the volumes that share of voice reports (visibility counts every post).
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { compareStrings } from '../_lib/compare.js';
import type { Window } from '../windows/index.js';

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
  readonly accountId: ReadonlyMap<string, number>;
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
  /** Hashtag ids per post (crowd posts included). */
  readonly hashtagsByPost: Csr;
  /** All posts (crowd included) per hashtag and per account. */
  readonly volumeByHashtag: Int32Array;
  readonly volumeByAccount: Int32Array;
}

/** Post indices in (timeMs, id) order; the identity when the window already is in that order (as windowing yields it). */
function timeOrder(posts: Window['posts']): Int32Array {
  const n = posts.length;
  const compare = (a: number, b: number): number =>
    posts[a]!.timeMs - posts[b]!.timeMs || compareStrings(posts[a]!.id, posts[b]!.id);
  let sorted = true;
  for (let k = 1; k < n && sorted; k++) sorted = compare(k - 1, k) <= 0;
  const order = scratchInt32('swarms.index.order', n);
  if (sorted) {
    for (let k = 0; k < n; k++) order[k] = k;
    return order;
  }
  // Array.prototype.sort is stable, so ties keep their input order as in the sorted case.
  const idx = Array.from({ length: n }, (_, i) => i).sort(compare);
  for (let k = 0; k < n; k++) order[k] = idx[k]!;
  return order;
}

/** Names interned in first-seen order, then renumbered in code-unit order. */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  /** Provisional id of a name. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The sorted names and, per provisional id, the final id (its rank among them). */
  sorted(): { readonly names: string[]; readonly rank: Int32Array } {
    // The default sort compares strings by UTF-16 code units, as compareStrings does, and faster.
    const names = this.names.slice().sort();
    const rank = new Int32Array(names.length);
    for (let i = 0; i < names.length; i++) rank[this.ids.get(names[i]!)!] = i;
    return { names, rank };
  }
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
 * @throws nothing (internal helper; inputs are validated by the public entry points).
 * @example
 * const index = buildWindowIndex(window, graphResult.crowdPost); index.accounts.length;
 */
export function buildWindowIndex(window: Window, crowdPost: Uint8Array): WindowIndex {
  const posts = window.posts;
  const n = posts.length;
  const order = timeOrder(posts);
  let incidences = 0;
  for (let k = 0; k < n; k++) incidences += posts[k]!.hashtags.length;
  // Pass 1, in time order: provisional ids; each post's distinct hashtags in first-use order.
  const accountNames = new Interner();
  const tagNames = new Interner();
  const postAccount = scratchInt32('swarms.index.postAccount', n);
  const byPostStarts = scratchInt32('swarms.index.byPostStarts', n + 1);
  byPostStarts[0] = 0;
  const byPostTag = scratchInt32('swarms.index.byPostTag', incidences);
  let lastPost: Int32Array = new Int32Array(64).fill(-1);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const p = posts[order[k]!]!;
    postAccount[k] = accountNames.id(p.account);
    for (const h of p.hashtags) {
      const tmp = tagNames.id(h);
      if (tmp >= lastPost.length) {
        const grown = new Int32Array(2 * lastPost.length).fill(-1);
        grown.set(lastPost);
        lastPost = grown;
      }
      if (lastPost[tmp] === k) continue;
      lastPost[tmp] = k;
      byPostTag[m++] = tmp;
    }
    byPostStarts[k + 1] = m;
  }
  const { names: accounts, rank: accountRank } = accountNames.sorted();
  const { names: hashtags, rank: tagRank } = tagNames.sorted();
  const accountId = new Map<string, number>();
  for (let a = 0; a < accounts.length; a++) accountId.set(accounts[a]!, a);
  // Pass 2: final ids, times, crowd flags, volumes.
  const relTime = scratchFloat64('swarms.index.relTime', n);
  const crowdFlag = scratchUint8('swarms.index.crowdFlag', n);
  const volumeByHashtag = scratchInt32('swarms.index.volumeByHashtag', hashtags.length).fill(0);
  const volumeByAccount = scratchInt32('swarms.index.volumeByAccount', accounts.length).fill(0);
  const tagOfIncidence = scratchInt32('swarms.index.tagOfIncidence', m);
  const notCrowdIncidence = scratchUint8('swarms.index.notCrowdIncidence', m);
  const postOfIncidence = scratchInt32('swarms.index.postOfIncidence', m);
  const lastMs = Math.max(0, window.endMs - window.startMs - 1);
  for (let k = 0; k < n; k++) {
    const src = order[k]!;
    // Posts outside [startMs, endMs) are a caller error; clamp so the circular shift stays in range.
    relTime[k] = Math.min(Math.max(posts[src]!.timeMs - window.startMs, 0), lastMs);
    const a = accountRank[postAccount[k]!]!;
    postAccount[k] = a;
    volumeByAccount[a]!++;
    const crowd = crowdPost[src] === 1;
    crowdFlag[k] = crowd ? 1 : 0;
    for (let x = byPostStarts[k]!; x < byPostStarts[k + 1]!; x++) {
      const h = tagRank[byPostTag[x]!]!;
      tagOfIncidence[x] = h;
      volumeByHashtag[h]!++;
      notCrowdIncidence[x] = crowd ? 0 : 1;
      postOfIncidence[x] = k;
    }
  }
  // Non-crowd posts per hashtag, in time order: incidences are in post order.
  const postsByHashtag = csrOfRows('swarms.index.byHashtag', hashtags.length, tagOfIncidence, notCrowdIncidence);
  for (let i = 0; i < postsByHashtag.items.length; i++) postsByHashtag.items[i] = postOfIncidence[postsByHashtag.items[i]!]!;
  return {
    startMs: window.startMs,
    lengthMs: window.endMs - window.startMs,
    accounts,
    accountId,
    hashtags,
    relTime,
    postAccount,
    crowd: crowdFlag,
    postsByAccount: csrOfRows('swarms.index.byAccount', accounts.length, postAccount),
    postsByHashtag,
    hashtagsByPost: { starts: byPostStarts, items: tagOfIncidence },
    volumeByHashtag,
    volumeByAccount,
  };
}
