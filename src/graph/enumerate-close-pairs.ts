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
 *     and otherwise dropped; runs of one account's consecutive posts are skipped in O(1),
 *     so an account flooding a hashtag (the crowd cap counts accounts, not posts) costs
 *     its cross-account pairs only.
 * Per account pair (a < b): coCount (matched pairs), episodes (distinct (h, burst) runs with
 * a match: a close pair always lies inside one burst), sharedHashtags, Σ|lag|, leads.
 */
import { scratchFloat64, scratchInt32 } from '../_lib/scratch.js';
import {
  EDGE_STRIDE,
  EdgeTable,
  F_CO,
  F_EPISODES,
  F_LAG,
  F_LAST_BURST,
  F_LAST_HASHTAG,
  F_LEAD_A2,
  F_LEAD_B2,
  F_SHARED,
} from './edge-table.js';
import type { TableView } from './occurrence-table.js';

/** Parameters of the self-join. */
export interface ClosePairOptions {
  readonly maxLagMs: number;
  readonly maxCrowdAccounts: number;
}

/**
 * Buffers reused across the windows of one table (see {@link EdgeTable.reset}). The result
 * of a call is valid until the next call with the same workspace.
 */
export interface PairWorkspace {
  edges: EdgeTable | undefined;
  crowd: Uint8Array | undefined;
}

/** Output of {@link enumerateClosePairs}. */
export interface ClosePairs {
  /** One row per account pair with at least one matched post pair. */
  readonly edges: EdgeTable;
  /** 1 for crowd occurrences (indexed like the table's occurrences; 0 outside the view; may be longer). */
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
  view: TableView, s: number, e: number, lag: number, cap: number, cnt: Int32Array, crowd: Uint8Array,
): number {
  const t = view.table.occTime;
  const acc = view.table.occAccount;
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
 * An upper bound on the account pairs the sweep can produce: Σ_h min(close post pairs of h,
 * C(U_h, 2)), crowd posts included (O(N), two pointers, no hashing). Sizing the edge table
 * with it spares the doubling (and the garbage collections its large allocations start).
 * Leaves `stamp` at negative values (the sweep's stamps are ≥ 0).
 */
function distinctPairBound(view: TableView, lag: number, stamp: Int32Array): number {
  const { occAccount, occTime } = view.table;
  let bound = 0;
  for (let h = 0; h < view.lo.length; h++) {
    const s = view.lo[h]!;
    const e = view.hi[h]!;
    let close = 0;
    let users = 0;
    let end = s;
    for (let i = s; i < e; i++) {
      const a = occAccount[i]!;
      if (stamp[a] !== -2 - h) {
        stamp[a] = -2 - h;
        users++;
      }
      if (end <= i) end = i + 1;
      while (end < e && occTime[end]! - occTime[i]! <= lag) end++;
      close += end - i - 1;
    }
    bound += Math.min(close, (users * (users - 1)) / 2);
  }
  return bound;
}

/**
 * Enumerate the close pairs of every hashtag and aggregate them per account pair.
 * @param view the interned window.
 * @param options Δt and the crowd cap.
 * @param workspace buffers to reuse (optional).
 * @returns per-pair statistics, crowd flags and per-hashtag volumes for the nulls.
 */
export function enumerateClosePairs(view: TableView, options: ClosePairOptions, workspace?: PairWorkspace): ClosePairs {
  const { maxLagMs: lag, maxCrowdAccounts: cap } = options;
  const table = view.table;
  const hCount = table.hashtags.length;
  const { lo: first, hi: last } = view;
  const occAccount = table.occAccount;
  const occTime = table.occTime;
  let crowd = workspace?.crowd;
  if (crowd === undefined || crowd.length < occAccount.length) crowd = new Uint8Array(occAccount.length);
  else crowd.fill(0, 0, occAccount.length);
  const volume = new Int32Array(hCount);
  const users = new Int32Array(hCount);
  const closeAll = new Float64Array(hCount);
  const crowdPosts = new Int32Array(hCount);
  const cnt = scratchInt32('graph.pairs.cnt', table.accounts.length).fill(0);
  const stamp = scratchInt32('graph.pairs.stamp', table.accounts.length).fill(-1);
  let maxN = 0;
  let inView = 0;
  for (let h = 0; h < hCount; h++) {
    maxN = Math.max(maxN, last[h]! - first[h]!);
    inView += last[h]! - first[h]!;
  }
  const ts = scratchFloat64('graph.pairs.ts', maxN);
  const ac = scratchInt32('graph.pairs.ac', maxN);
  const nextOther = scratchInt32('graph.pairs.nextOther', maxN);
  const bound = Math.min(2 * inView, distinctPairBound(view, lag, stamp));
  let edges = workspace?.edges;
  if (edges === undefined) edges = new EdgeTable(Math.max(1024, bound));
  else {
    edges.reset();
    edges.reserve(bound);
  }
  if (workspace !== undefined) {
    workspace.edges = edges;
    workspace.crowd = crowd;
  }
  let burst = -1;
  let closePairs = 0;
  let candidatePairs = 0;
  for (let h = 0; h < hCount; h++) {
    const s = first[h]!;
    const e = last[h]!;
    if (e - s < 2) {
      volume[h] = e - s;
      users[h] = e - s;
      continue;
    }
    let allUsers = 0;
    for (let i = s; i < e; i++) {
      const a = occAccount[i]!;
      if (stamp[a] !== 2 * h) {
        stamp[a] = 2 * h;
        allUsers++;
      }
    }
    if (allUsers > cap) crowdPosts[h] = markCrowd(view, s, e, lag, cap, cnt, crowd);
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
    // nextOther[k]: first index after k with another account, so runs of one account's
    // posts are skipped in O(1) (an account flooding a hashtag stays linear).
    for (let k = m - 1; k >= 0; k--) nextOther[k] = k + 1 < m && ac[k + 1] === ac[k] ? nextOther[k + 1]! : k + 1;
    let close = 0;
    let end = 0;
    for (let i = 0; i < m; i++) {
      const ti = ts[i]!;
      if (i === 0 || ti - ts[i - 1]! > lag) burst++;
      const ai = ac[i]!;
      if (end <= i) end = i + 1;
      while (end < m && ts[end]! - ti <= lag) end++;
      close += end - i - 1;
      for (let j = i + 1; j < end; j++) {
        const aj = ac[j]!;
        if (aj === ai) {
          j = nextOther[j]! - 1;
          continue;
        }
        const tj = ts[j]!;
        const lo = ai < aj ? ai : aj;
        const r = edges.getOrInsert(lo, ai < aj ? aj : ai) * EDGE_STRIDE;
        const rec = edges.rec;
        rec[r + F_CO]!++;
        if (rec[r + F_LAST_BURST] !== burst) {
          rec[r + F_LAST_BURST] = burst;
          rec[r + F_EPISODES]!++;
        }
        if (rec[r + F_LAST_HASHTAG] !== h) {
          rec[r + F_LAST_HASHTAG] = h;
          rec[r + F_SHARED]!++;
        }
        rec[r + F_LAG]! += tj - ti;
        if (tj === ti) {
          rec[r + F_LEAD_A2]! += 1;
          rec[r + F_LEAD_B2]! += 1;
        } else if (ai === lo) rec[r + F_LEAD_A2]! += 2;
        else rec[r + F_LEAD_B2]! += 2;
        closePairs++;
      }
    }
    closeAll[h] = close;
  }
  return { edges, crowd, volume, users, closeAll, crowdPosts, closePairs, candidatePairs };
}
