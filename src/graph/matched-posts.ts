/**
 * Distinct matched posts per side of the output edges, for `edgeSymmetry`
 * (METRICS.md §1.2.3: min(c_i, c_j) / max(c_i, c_j), c_i = distinct posts of i in any
 * matched pair with j). A post can match the same partner on several hashtags, so the
 * count is taken post by post: for each post of an account with an output edge, the
 * Δt-neighbourhoods of its (non-crowd) occurrences are scanned and each partner account
 * is counted once per post (a per-account stamp, no set of pairs). Runs on the output
 * edges only.
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { EdgeTable } from './edge-table.js';
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';

/**
 * The indices 0…m−1 ordered by `key` (non-negative int32), ties in index order: a stable LSD
 * radix sort on two 16-bit digits (linear, and no array sized by the number of posts).
 */
function groupByPost(key: Int32Array, m: number): Int32Array {
  const tmp = scratchInt32('graph.matched.radixTmp', m);
  const out = scratchInt32('graph.matched.order', m);
  const count = scratchInt32('graph.matched.radixCount', 65537);
  for (let pass = 0; pass < 2; pass++) {
    const shift = pass * 16;
    count.fill(0);
    for (let c = 0; c < m; c++) count[((key[c]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 65536; d++) count[d + 1]! += count[d]!;
    const from = pass === 0 ? undefined : tmp;
    const to = pass === 0 ? tmp : out;
    for (let s = 0; s < m; s++) {
      const c = from === undefined ? s : from[s]!;
      to[count[(key[c]! >>> shift) & 0xffff]!++] = c;
    }
  }
  return out;
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
  const lookup = new EdgeTable(k);
  const nA = table.accounts.length;
  const flagged = scratchUint8('graph.matched.flagged', nA).fill(0);
  for (let e = 0; e < k; e++) {
    lookup.getOrInsert(a[e]!, b[e]!);
    flagged[a[e]!] = 1;
    flagged[b[e]!] = 1;
  }
  const { occAccount, occTime, occPost } = table;
  const crowd = pairs.crowd;
  // The non-crowd occurrences of flagged accounts only, per hashtag in time order (compact
  // columns): the Δt-scans below never walk over the posts they would skip (a crowd hashtag
  // holds many posts per Δt, nearly all of other accounts).
  let m = 0;
  for (let h = 0; h < table.hashtags.length; h++) {
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) if (flagged[occAccount[i]!] === 1 && crowd[i] === 0) m++;
  }
  const cTime = scratchFloat64('graph.matched.time', m);
  const cAccount = scratchInt32('graph.matched.account', m);
  const lo = scratchInt32('graph.matched.lo', m);
  const hi = scratchInt32('graph.matched.hi', m);
  const postOf = scratchInt32('graph.matched.postOf', m);
  for (let h = 0, c = 0; h < table.hashtags.length; h++) {
    const first = c;
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      if (flagged[occAccount[i]!] === 0 || crowd[i] === 1) continue;
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
  // Grouped by post (a partner counts once per post), in hashtag order within a post.
  const order = groupByPost(postOf, m);
  for (let s = 0; s < m; ) {
    const p = postOf[order[s]!]!;
    const ai = table.postAccount[p]!;
    for (; s < m && postOf[order[s]!] === p; s++) {
      const c = order[s]!;
      const ti = cTime[c]!;
      for (let dir = -1; dir <= 1; dir += 2) {
        for (let j = c + dir; j >= lo[c]! && j < hi[c]! && Math.abs(cTime[j]! - ti) <= lag; j += dir) {
          const aj = cAccount[j]!;
          if (aj === ai || stamp[aj] === p) continue;
          stamp[aj] = p;
          const e = ai < aj ? lookup.get(ai, aj) : lookup.get(aj, ai);
          if (e < 0) continue;
          if (ai === a[e]) sideA[e]!++;
          else sideB[e]!++;
        }
      }
    }
  }
  return { sideA, sideB };
}
