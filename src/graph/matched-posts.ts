/**
 * Distinct matched posts per side of the output edges, for `edgeSymmetry`
 * (METRICS.md §1.2.3: min(c_i, c_j) / max(c_i, c_j), c_i = distinct posts of i in any
 * matched pair with j). A post can match the same partner on several hashtags, so the
 * count is taken post by post: for each post of an account with an output edge, the
 * Δt-neighbourhoods of its (non-crowd) occurrences are scanned and each partner account
 * is counted once per post (a per-account stamp, no set of pairs). Runs on the output
 * edges only.
 */
import { scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { EdgeTable } from './edge-table.js';
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';

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
  const base = view.postLo;
  const nPosts = view.postHi - view.postLo;
  // Occurrences grouped by post (only posts of flagged accounts), each with its hashtag's range.
  const postStart = scratchInt32('graph.matched.postStart', nPosts + 1).fill(0);
  for (let h = 0; h < table.hashtags.length; h++) {
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      if (flagged[occAccount[i]!] === 1 && crowd[i] === 0) postStart[occPost[i]! - base + 1]!++;
    }
  }
  for (let p = 0; p < nPosts; p++) postStart[p + 1]! += postStart[p]!;
  const fill = scratchInt32('graph.matched.fill', nPosts);
  fill.set(postStart.subarray(0, nPosts));
  const occOf = scratchInt32('graph.matched.occOf', postStart[nPosts]!);
  const lo = scratchInt32('graph.matched.lo', postStart[nPosts]!);
  const hi = scratchInt32('graph.matched.hi', postStart[nPosts]!);
  for (let h = 0; h < table.hashtags.length; h++) {
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      if (flagged[occAccount[i]!] === 0 || crowd[i] === 1) continue;
      const slot = fill[occPost[i]! - base]!++;
      occOf[slot] = i;
      lo[slot] = view.lo[h]!;
      hi[slot] = view.hi[h]!;
    }
  }
  const stamp = scratchInt32('graph.matched.stamp', nA).fill(-1);
  for (let p = 0; p < nPosts; p++) {
    const ai = table.postAccount[p + base]!;
    for (let s = postStart[p]!; s < postStart[p + 1]!; s++) {
      const i = occOf[s]!;
      const ti = occTime[i]!;
      for (let dir = -1; dir <= 1; dir += 2) {
        for (let j = i + dir; j >= lo[s]! && j < hi[s]! && Math.abs(occTime[j]! - ti) <= lag; j += dir) {
          const aj = occAccount[j]!;
          if (aj === ai || flagged[aj] === 0 || crowd[j] === 1 || stamp[aj] === p) continue;
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
