/**
 * The Δt self-join per hashtag (METRICS.md §1.1): every pair of posts of different
 * accounts that share a hashtag and are at most Δt apart, aggregated per account pair.
 * This is the one place that enumerates close pairs; a SQL backend (DESIGN.md §9: a
 * sort-merge on (hashtag, time), sharded by hashtag) can replace it by producing the same
 * {@link ClosePairs}.
 *
 * Per hashtag h, with its occurrences sorted by time:
 *  1. crowd cap (§1.4): a post whose Δt-neighbourhood on h holds more than
 *     `maxCrowdAccounts` distinct accounts (itself included) is a crowd post. Sliding window
 *     with per-account counts in a typed array: O(N_h); skipped when U_h ≤ cap.
 *  2. bursts: maximal runs of the remaining posts with gaps ≤ Δt.
 *  3. two-pointer sweep over the remaining posts: for each post, the later posts within Δt.
 *     Cost O(N_h + K_h) after the sort, K_h = close post pairs (any labels) — never all
 *     pairs of h. Same-account pairs are counted in K_h (the permutation null needs them)
 *     and otherwise dropped.
 * Per account pair (a < b): coCount (matched pairs), episodes (distinct (h, burst) runs with
 * a match: a close pair always lies inside one burst), sharedHashtags, Σ|lag|, leads.
 */
import { EdgeTable } from './edge-table.js';
import type { OccurrenceTable } from './occurrence-table.js';

/** Parameters of the self-join. */
export interface ClosePairOptions {
  readonly maxLagMs: number;
  readonly maxCrowdAccounts: number;
}

/** Output of {@link enumerateClosePairs}. */
export interface ClosePairs {
  /** One row per account pair with at least one matched post pair. */
  readonly edges: EdgeTable;
  /** 1 for crowd occurrences (same indexing as the table's occurrences). */
  readonly crowd: Uint8Array;
  /** Per hashtag: non-crowd posts N_h. */
  readonly volume: Int32Array;
  /** Per hashtag: distinct accounts among non-crowd posts U_h. */
  readonly users: Int32Array;
  /** Per hashtag: non-crowd post pairs within Δt, any labels (K_h of §6.1). */
  readonly closeAll: Float64Array;
  /** Per hashtag: crowd posts. */
  readonly crowdPosts: Int32Array;
  /** Matched post pairs of different accounts, all hashtags. */
  readonly closePairs: number;
  /** Σ_h C(U_h, 2): the number of candidate pairs (an upper bound on distinct pairs). */
  readonly candidatePairs: number;
}

function markCrowd(
  table: OccurrenceTable, s: number, e: number, lag: number, cap: number, cnt: Int32Array, crowd: Uint8Array,
): number {
  const t = table.occTime;
  const acc = table.occAccount;
  let l = s;
  let r = s;
  let distinct = 0;
  let marked = 0;
  for (let i = s; i < e; i++) {
    const ti = t[i]!;
    for (; r < e && t[r]! <= ti + lag; r++) if (cnt[acc[r]!]!++ === 0) distinct++;
    for (; t[l]! < ti - lag; l++) if (--cnt[acc[l]!]! === 0) distinct--;
    if (distinct > cap) {
      crowd[i] = 1;
      marked++;
    }
  }
  for (; l < r; l++) cnt[acc[l]!] = 0;
  return marked;
}

/**
 * Enumerate the close pairs of every hashtag and aggregate them per account pair.
 * @param table the interned window.
 * @param options Δt and the crowd cap.
 * @returns per-pair statistics, crowd flags and per-hashtag volumes for the nulls.
 */
export function enumerateClosePairs(table: OccurrenceTable, options: ClosePairOptions): ClosePairs {
  const { maxLagMs: lag, maxCrowdAccounts: cap } = options;
  const hCount = table.hashtags.length;
  const start = table.hashtagStart;
  const occAccount = table.occAccount;
  const occTime = table.occTime;
  const crowd = new Uint8Array(occAccount.length);
  const volume = new Int32Array(hCount);
  const users = new Int32Array(hCount);
  const closeAll = new Float64Array(hCount);
  const crowdPosts = new Int32Array(hCount);
  const cnt = new Int32Array(table.accounts.length);
  const stamp = new Int32Array(table.accounts.length).fill(-1);
  let maxN = 0;
  for (let h = 0; h < hCount; h++) maxN = Math.max(maxN, start[h + 1]! - start[h]!);
  const ts = new Float64Array(maxN);
  const ac = new Int32Array(maxN);
  const edges = new EdgeTable(Math.max(1024, occAccount.length));
  let burst = -1;
  let closePairs = 0;
  let candidatePairs = 0;
  for (let h = 0; h < hCount; h++) {
    const s = start[h]!;
    const e = start[h + 1]!;
    let allUsers = 0;
    for (let i = s; i < e; i++) {
      const a = occAccount[i]!;
      if (stamp[a] !== 2 * h) {
        stamp[a] = 2 * h;
        allUsers++;
      }
    }
    if (allUsers > cap) crowdPosts[h] = markCrowd(table, s, e, lag, cap, cnt, crowd);
    let m = 0;
    let u = 0;
    for (let i = s; i < e; i++) {
      if (crowd[i] === 1) continue;
      const a = occAccount[i]!;
      ts[m] = occTime[i]!;
      ac[m] = a;
      m++;
      if (stamp[a] !== 2 * h + 1) {
        stamp[a] = 2 * h + 1;
        u++;
      }
    }
    volume[h] = m;
    users[h] = u;
    candidatePairs += (u * (u - 1)) / 2;
    let close = 0;
    for (let i = 0; i < m; i++) {
      const ti = ts[i]!;
      if (i === 0 || ti - ts[i - 1]! > lag) burst++;
      const ai = ac[i]!;
      let j = i + 1;
      for (; j < m; j++) {
        const tj = ts[j]!;
        if (tj - ti > lag) break;
        const aj = ac[j]!;
        if (aj === ai) continue;
        const lo = ai < aj ? ai : aj;
        const ed = edges.getOrInsert(lo, ai < aj ? aj : ai);
        edges.coCount[ed]!++;
        if (edges.lastBurst[ed] !== burst) {
          edges.lastBurst[ed] = burst;
          edges.episodes[ed]!++;
        }
        if (edges.lastHashtag[ed] !== h) {
          edges.lastHashtag[ed] = h;
          edges.sharedHashtags[ed]!++;
        }
        edges.lagSum[ed]! += tj - ti;
        if (tj === ti) {
          edges.leadA2[ed]! += 1;
          edges.leadB2[ed]! += 1;
        } else if (ai === lo) edges.leadA2[ed]! += 2;
        else edges.leadB2[ed]! += 2;
        closePairs++;
      }
      close += j - i - 1;
    }
    closeAll[h] = close;
  }
  return { edges, crowd, volume, users, closeAll, crowdPosts, closePairs, candidatePairs };
}
