/**
 * Integer index of one window's posts for the swarm kernels: accounts and
 * hashtags interned to sorted integer ids, posts ordered by (timeMs, id), and
 * CSR lists (post ids per account, per hashtag; hashtag ids per post).
 *
 * The names come interned from the run's window table (windows/window-table.ts): sliding
 * windows put every post in L / s windows, and looking its names up again in each was the
 * index's main cost. A window's ids number its names in code-unit order (the table's ranks,
 * an integer sort), as a fresh interning of the window alone would.
 *
 * Crowd posts (METRICS.md §1.4, `AccountGraphResult.crowdPost`) are left out
 * of the per-hashtag lists that every statistic reads, and flagged in `crowd`; they
 * count in the volumes that share of voice reports (visibility counts every post).
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { comparePosts, createWindowTable, numberByName, SLOT_SWARMS, type Window, type WindowView } from '../windows/index.js';

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
 * Build the integer index of a window from its rows of the run's window table (no name is
 * looked up: the table interned them once for the run). Its arrays come from the scratch
 * buffers (_lib/scratch.ts): the index is valid until the next call, which is all
 * detectSwarms needs (candidates copy what they report).
 * @param window the window (its posts in any order).
 * @param crowdPost 1 where `window.posts[i]` is a crowd post.
 * @param view the window's rows in the run's table; without it, the window's posts are
 *   interned into a table of their own.
 * @returns the index; independent of the order of `window.posts`.
 * @example
 * const index = buildWindowIndex(window, graphResult.crowdPost); index.accounts.length;
 */
export function buildWindowIndex(window: Window, crowdPost: Uint8Array, view?: WindowView): WindowIndex {
  let rows = view;
  let order: Int32Array | null = null;
  if (rows === undefined) {
    const posts = window.posts;
    order = isSortedFrom(posts, 0) ? null : timeOrder(posts);
    const own = createWindowTable();
    own.appendAll(order === null ? posts : Array.from(order, (i) => posts[i]!));
    rows = { table: own, lo: 0, hi: own.rows };
  }
  const { table: t, lo, hi } = rows;
  const n = hi - lo;
  const t0 = t.tagStart[lo]!;
  const m2 = t.tagStart[hi]! - t0;
  // The window's names in code-unit order: its ids.
  const accountIds = numberByName(t.accounts, SLOT_SWARMS, t.account, lo, hi);
  const tagIds = numberByName(t.hashtags, SLOT_SWARMS, t.tag, t0, t0 + m2);
  const accounts = accountIds.names;
  const hashtags = tagIds.names;
  const accountRank = accountIds.local;
  const tagRank = tagIds.local;
  const names = t.accounts;
  const accountIdOf = (name: string): number => {
    const id = names.find(name);
    return id >= 0 && id < accountRank.length ? accountRank[id]! : -1;
  };
  // Final ids, times, crowd flags, volumes.
  const byPostStarts = scratchInt32('swarms.index.tagStarts', n + 1);
  for (let k = 0; k <= n; k++) byPostStarts[k] = t.tagStart[lo + k]! - t0;
  const finalAccount = scratchInt32('swarms.index.postAccount', n);
  const relTime = scratchFloat64('swarms.index.relTime', n);
  const crowdFlag = scratchUint8('swarms.index.crowdFlag', n);
  const volumeByHashtag = scratchInt32('swarms.index.volumeByHashtag', hashtags.length).fill(0);
  const volumeByAccount = scratchInt32('swarms.index.volumeByAccount', accounts.length).fill(0);
  const tagOfOccurrence = scratchInt32('swarms.index.tagOfOccurrence', m2);
  const notCrowdOccurrence = scratchUint8('swarms.index.notCrowdOccurrence', m2);
  const postOfOccurrence = scratchInt32('swarms.index.postOfOccurrence', m2);
  const lastMs = Math.max(0, window.endMs - window.startMs - 1);
  for (let k = 0; k < n; k++) {
    const r = lo + k;
    const src = order === null ? k : order[k]!;
    // Posts outside [startMs, endMs) are a caller error; clamp so the circular shift stays in range.
    relTime[k] = Math.min(Math.max(t.time[r]! - window.startMs, 0), lastMs);
    const a = accountRank[t.account[r]!]!;
    finalAccount[k] = a;
    volumeByAccount[a]!++;
    const crowd = crowdPost[src] !== 0;
    crowdFlag[k] = crowd ? 1 : 0;
    for (let x = byPostStarts[k]!; x < byPostStarts[k + 1]!; x++) {
      const h = tagRank[t.tag[t0 + x]!]!;
      tagOfOccurrence[x] = h;
      volumeByHashtag[h]!++;
      notCrowdOccurrence[x] = crowd ? 0 : 1;
      postOfOccurrence[x] = k;
    }
  }
  // Non-crowd posts per hashtag, in time order: occurrences are in post order.
  const postsByHashtag = csrOfRows('swarms.index.byHashtag', hashtags.length, tagOfOccurrence, notCrowdOccurrence);
  const entries = postsByHashtag.items.length;
  const postsByHashtagTime = scratchFloat64('swarms.index.byHashtagTime', entries);
  const postsByHashtagAccount = scratchInt32('swarms.index.byHashtagAccount', entries);
  for (let i = 0; i < entries; i++) {
    const p = postOfOccurrence[postsByHashtag.items[i]!]!;
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
    hashtagsByPost: { starts: byPostStarts, items: tagOfOccurrence },
    volumeByHashtag,
    volumeByAccount,
  };
}
