/**
 * Distinct matched posts per side of the output edges, for `edgeSymmetry`
 * (METRICS.md §1.2.3: min(c_i, c_j) / max(c_i, c_j), c_i = distinct posts of i in any
 * matched pair with j). A post can match the same partner on several hashtags, so the
 * count is taken post by post: for each post of an account with an output edge, the
 * Δt-neighbourhoods of its (non-crowd) occurrences are scanned and each partner account
 * is counted once per post (a per-account stamp, no set of pairs); a post and a direct reply
 * to it do not match. Runs on the output edges only.
 */
import { scratchFloat64, scratchInt32 } from '../_lib/scratch.js';
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';

/**
 * The indices 0…m−1 ordered by (account, post), ties in index order: stable counting sorts,
 * by post (its rank minus `postBase`, below `posts`: one pass, or two 16-bit digits for a long
 * window) then by account (`group[account]`, below `groups`). Linear, with bucket arrays sized
 * by the window, not by the whole table (a month of hourly windows runs this thousands of times).
 */
function groupByAccountAndPost(
  post: Int32Array, account: Int32Array, m: number, postBase: number, posts: number, group: Int32Array, groups: number,
): Int32Array {
  const a = scratchInt32('graph.matched.sortA', m);
  const b = scratchInt32('graph.matched.sortB', m);
  const wide = posts > 65_536;
  const count = scratchInt32('graph.matched.sortCount', Math.max(wide ? 65_536 : posts, groups) + 1);
  // Pass 0 reads indices 0…m−1 and writes a; each later pass reads the previous one's output.
  const passes = wide ? 3 : 2;
  let from: Int32Array | undefined;
  let to = a;
  for (let pass = 0; pass < passes; pass++) {
    const byAccount = pass === passes - 1;
    const shift = wide && pass === 1 ? 16 : 0;
    const buckets = byAccount ? groups : wide ? 65_536 : posts;
    const mask = wide ? 0xffff : 0x7fffffff;
    count.fill(0, 0, buckets + 1);
    for (let s = 0; s < m; s++) {
      const c = from === undefined ? s : from[s]!;
      count[(byAccount ? group[account[c]!]! : ((post[c]! - postBase) >>> shift) & mask) + 1]!++;
    }
    for (let d = 0; d < buckets; d++) count[d + 1]! += count[d]!;
    for (let s = 0; s < m; s++) {
      const c = from === undefined ? s : from[s]!;
      to[count[byAccount ? group[account[c]!]! : ((post[c]! - postBase) >>> shift) & mask]!++] = c;
    }
    from = to;
    to = to === a ? b : a;
  }
  return from!;
}

/**
 * Count the distinct matched posts of each side of the given edges.
 * @param view the interned window.
 * @param pairs crowd flags.
 * @param lag Δt, ms.
 * @param a first endpoints (account ids), `a[k] < b[k]`.
 * @param b second endpoints.
 * @returns distinct matched posts of `a[k]` and of `b[k]`.
 */
export function countMatchedPosts(
  view: TableView, pairs: ClosePairs, lag: number, a: Int32Array, b: Int32Array,
): { sideA: Int32Array; sideB: Int32Array } {
  const table = view.table;
  const k = a.length;
  const sideA = new Int32Array(k);
  const sideB = new Int32Array(k);
  if (k === 0) return { sideA, sideB };
  const nA = table.accounts.length;
  // The output edges of each account (CSR): partner and edge number.
  const adjStart = scratchInt32('graph.matched.adjStart', nA + 1).fill(0);
  // Accounts with an output edge ("flagged") get a small dense number (first appearance), for
  // the grouping sort; −1 for the others.
  const groupOf = scratchInt32('graph.matched.groupOf', nA).fill(-1);
  let groups = 0;
  for (let e = 0; e < k; e++) {
    if (groupOf[a[e]!]! < 0) groupOf[a[e]!] = groups++;
    if (groupOf[b[e]!]! < 0) groupOf[b[e]!] = groups++;
    adjStart[a[e]! + 1]!++;
    adjStart[b[e]! + 1]!++;
  }
  for (let x = 0; x < nA; x++) adjStart[x + 1]! += adjStart[x]!;
  const adjFill = scratchInt32('graph.matched.adjFill', nA);
  adjFill.set(adjStart.subarray(0, nA));
  const adjPartner = scratchInt32('graph.matched.adjPartner', 2 * k);
  const adjEdge = scratchInt32('graph.matched.adjEdge', 2 * k);
  for (let e = 0; e < k; e++) {
    let slot = adjFill[a[e]!]!++;
    adjPartner[slot] = b[e]!;
    adjEdge[slot] = e;
    slot = adjFill[b[e]!]!++;
    adjPartner[slot] = a[e]!;
    adjEdge[slot] = e;
  }
  const { occAccount, occTime, occPost, postParent: parent } = table;
  const crowd = pairs.crowd;
  // The non-crowd occurrences of flagged accounts only, per hashtag in time order (compact
  // columns): the Δt-scans below never walk over the posts they would skip (a crowd hashtag
  // holds many posts per Δt, nearly all of other accounts).
  let m = 0;
  for (let h = 0; h < table.hashtags.length; h++) {
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) if (groupOf[occAccount[i]!]! >= 0 && crowd[i] === 0) m++;
  }
  const cTime = scratchFloat64('graph.matched.time', m);
  const cAccount = scratchInt32('graph.matched.account', m);
  const lo = scratchInt32('graph.matched.lo', m);
  const hi = scratchInt32('graph.matched.hi', m);
  const postOf = scratchInt32('graph.matched.postOf', m);
  for (let h = 0, c = 0; h < table.hashtags.length; h++) {
    const first = c;
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      if (groupOf[occAccount[i]!]! < 0 || crowd[i] !== 0) continue;
      cTime[c] = occTime[i]!;
      cAccount[c] = occAccount[i]!;
      postOf[c] = occPost[i]!;
      c++;
    }
    for (let x = first; x < c; x++) {
      lo[x] = first;
      hi[x] = c;
    }
  }
  const stamp = scratchInt32('graph.matched.stamp', nA).fill(-1);
  // Grouped by account, then by post (a partner counts once per post), in hashtag order
  // within a post. One account at a time, its partners' edges sit in a dense array.
  const order = groupByAccountAndPost(postOf, cAccount, m, view.postLo, view.postHi - view.postLo, groupOf, groups);
  const edgeOf = scratchInt32('graph.matched.edgeOf', nA).fill(-1);
  for (let s = 0; s < m; ) {
    const ai = cAccount[order[s]!]!;
    for (let q = adjStart[ai]!; q < adjStart[ai + 1]!; q++) edgeOf[adjPartner[q]!] = adjEdge[q]!;
    for (; s < m && cAccount[order[s]!] === ai; ) {
      const p = postOf[order[s]!]!;
      for (; s < m && postOf[order[s]!] === p; s++) {
        const c = order[s]!;
        const ti = cTime[c]!;
        for (let dir = -1; dir <= 1; dir += 2) {
          for (let j = c + dir; j >= lo[c]! && j < hi[c]! && Math.abs(cTime[j]! - ti) <= lag; j += dir) {
            const aj = cAccount[j]!;
            const e = edgeOf[aj]!;
            if (e < 0 || stamp[aj] === p) continue;
            // A post and a direct reply to it are not a matched pair (enumerate-close-pairs.ts).
            if (parent !== undefined && (parent[p] === postOf[j] || parent[postOf[j]!] === p)) continue;
            stamp[aj] = p;
            if (ai === a[e]) sideA[e]!++;
            else sideB[e]!++;
          }
        }
      }
    }
    for (let q = adjStart[ai]!; q < adjStart[ai + 1]!; q++) edgeOf[adjPartner[q]!] = -1;
  }
  return { sideA, sideB };
}
