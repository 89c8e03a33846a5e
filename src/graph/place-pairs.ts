/**
 * The two sweeps of enumerate-close-pairs.ts, one hashtag per call, and the aggregation that
 * follows them: the first marks crowd posts and counts each lower account's pairs; the second
 * writes each cross-account close pair into its lower account's slot range of one buffer (a
 * counting sort that keeps the sweep order within an account); then each account's pairs are
 * summed into edge records with a dense stamp per other account — no hash table. One function
 * per hashtag: small functions called many times are optimised early with full type feedback,
 * where one big loop body was compiled on-stack and deoptimised on code it had not yet run.
 */
import { scratchFloat64, scratchInt32 } from '../_lib/scratch.js';
import type { EdgeRecords } from './edge-records.js';
import {
  EDGE_STRIDE, F_CO, F_EPISODES, F_LAG, F_LAST_BURST, F_LAST_HASHTAG, F_LEAD_A2, F_LEAD_B2, F_SHARED,
} from './edge-table.js';
import type { TableView } from './occurrence-table.js';

/** nextOther[k]: first index after k with another account (runs of one account skipped in O(1)). */
export function linkOtherAccounts(ac: Int32Array, m: number, nextOther: Int32Array): void {
  for (let k = m - 1; k >= 0; k--) nextOther[k] = k + 1 < m && ac[k + 1] === ac[k] ? nextOther[k + 1]! : k + 1;
}

/**
 * Crowd cap (§1.4) on the occurrences `[s, e)` of one hashtag: flags each post whose ±Δt
 * neighbourhood holds more than `cap` distinct accounts (sliding window with per-account counts
 * in `cnt`, left at 0); returns how many were flagged.
 */
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

/** Slots of the pass-1 tally: bursts so far, close pairs, candidate pairs, 1 while every time is whole. */
const T_BURSTS = 0;
export const T_CLOSE = 1;
export const T_CANDIDATES = 2;
export const T_WHOLE = 3;
export const TALLY_SIZE = 4;

/**
 * Per account of h's posts (`ts`, `ac`, sorted by time): its posts thinned to one per Δt (a post
 * within Δt after the last counted one is not counted), in a per-account scratch array valid for
 * the accounts of h until the next call (two passes: reset the accounts of h, then count).
 */
function thinnedCounts(view: TableView, ts: Float64Array, ac: Int32Array, m: number, lag: number): Int32Array {
  const n = view.table.accounts.length;
  const count = scratchInt32('graph.thin.count', n);
  const at = scratchFloat64('graph.thin.at', n);
  for (let i = 0; i < m; i++) count[ac[i]!] = 0;
  for (let i = 0; i < m; i++) {
    const a = ac[i]!;
    const t = ts[i]!;
    if (count[a] === 0 || t - at[a]! > lag) {
      count[a]!++;
      at[a] = t;
    }
  }
  return count;
}

/**
 * With `capEpisodes`: whether the close pair in `burst` is a new episode of its pair after the
 * last counted one in `last` (−1: none), and if so the pair's episodes on this hashtag so far
 * (`onHashtag` counts them on the hashtag of `last`): another burst, and fewer than `cap`
 * episodes counted on the same hashtag. Returns 0 when it is not a new episode.
 */
export function cappedEpisode(burst: number, last: number, onHashtag: number, cap: number, burstHashtag: Int32Array): number {
  if (burst === last) return 0;
  if (last < 0 || burstHashtag[burst] !== burstHashtag[last]) return 1;
  return onHashtag < cap ? onHashtag + 1 : 0;
}

/**
 * Pass 1 on hashtag h (at least two occurrences in the view): crowd flags, volume N_h, users
 * U_h, close pairs K_h, its bursts (appended to `burstHashtag`) and, per lower account of each
 * cross-account pair, one more pair in `pairsOf`.
 */
export function sweepHashtagCounts(
  view: TableView, h: number, lag: number, cap: number, cnt: Int32Array, stamp: Int32Array, crowd: Uint8Array,
  ts: Float64Array, ac: Int32Array, nextOther: Int32Array, pairsOf: Float64Array, burstHashtag: Int32Array,
  volume: Int32Array, users: Int32Array, closeAll: Float64Array, crowdPosts: Int32Array, tally: Float64Array,
  span: number = Number.POSITIVE_INFINITY, ps?: Int32Array,
): void {
  const { occAccount, occTime, occPost, postParent: parent } = view.table;
  const s = view.lo[h]!;
  const e = view.hi[h]!;
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
  let whole = tally[T_WHOLE] === 1;
  for (let i = s; i < e; i++) {
    if (crowd[i] !== 0) continue;
    const a = occAccount[i]!;
    const t = occTime[i]!;
    if (whole && t !== Math.floor(t)) whole = false;
    ts[m] = t;
    ac[m] = a;
    if (parent !== undefined) ps![m] = occPost[i]!;
    m++;
    if (stamp[a] !== 2 * h + 1) {
      stamp[a] = 2 * h + 1;
      u++;
    }
  }
  volume[h] = m;
  users[h] = u;
  linkOtherAccounts(ac, m, nextOther);
  let bursts = tally[T_BURSTS]!;
  let close = 0;
  let closePairs = 0;
  let end = 0;
  let burstStart = 0;
  for (let i = 0; i < m; i++) {
    const ti = ts[i]!;
    if (i === 0 || ti - ts[i - 1]! > lag || ti - burstStart > span) {
      burstHashtag[bursts++] = h;
      burstStart = ti;
    }
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
      if (parent !== undefined && isReplyPair(parent, ps!, i, j)) continue;
      pairsOf[ai < aj ? ai : aj]!++;
      closePairs++;
    }
  }
  closeAll[h] = close;
  tally[T_BURSTS] = bursts;
  tally[T_CLOSE]! += closePairs;
  tally[T_CANDIDATES]! += (u * (u - 1)) / 2;
  tally[T_WHOLE] = whole ? 1 : 0;
}

/**
 * The second sweep: each cross-account pair whose lower account lies in the range is written
 * at its account's next slot — other account, burst, lag signed by who posted first (+ the
 * lower account, − the other, 0 a tie).
 */
export function placePairs(
  view: TableView, crowd: Uint8Array, lag: number, range: { readonly loFrom: number; readonly loTo: number }, slot: Int32Array,
  ts: Float64Array, ac: Int32Array, nextOther: Int32Array, other: Int32Array, burstOf: Int32Array, lagOf: Float64Array | Float32Array,
  span: number = Number.POSITIVE_INFINITY, capOf?: Int32Array, ps?: Int32Array,
): void {
  let burst = -1;
  for (let h = 0; h < view.lo.length; h++) {
    if (view.hi[h]! - view.lo[h]! < 2) continue;
    burst = placeHashtagPairs(view, h, burst, crowd, lag, range, slot, ts, ac, nextOther, other, burstOf, lagOf, span, capOf, ps);
  }
}

/**
 * Whether the close posts at compact positions i and j are a post and a direct reply to it: a
 * reply answers its parent, it does not choose its time or its hashtags alongside it (a
 * conversation is not a coordination), so the pair is not evidence — like a repost.
 */
function isReplyPair(parent: Int32Array, ps: Int32Array, i: number, j: number): boolean {
  const pi = ps[i]!;
  const pj = ps[j]!;
  return parent[pi] === pj || parent[pj] === pi;
}

/** {@link placePairs} on one hashtag (its own function: optimised early, see enumerate-close-pairs.ts); returns the last burst number. */
function placeHashtagPairs(
  view: TableView, h: number, lastBurst: number, crowd: Uint8Array, lag: number, range: { readonly loFrom: number; readonly loTo: number },
  slot: Int32Array, ts: Float64Array, ac: Int32Array, nextOther: Int32Array, other: Int32Array, burstOf: Int32Array,
  lagOf: Float64Array | Float32Array, span: number, capOf: Int32Array | undefined, ps: Int32Array | undefined,
): number {
  const { occAccount, occTime, occPost, postParent: parent } = view.table;
  const { loFrom, loTo } = range;
  const s = view.lo[h]!;
  const e = view.hi[h]!;
  let burst = lastBurst;
  let m = 0;
  for (let i = s; i < e; i++) {
    if (crowd[i] !== 0) continue;
    ts[m] = occTime[i]!;
    ac[m] = occAccount[i]!;
    if (parent !== undefined) ps![m] = occPost[i]!;
    m++;
  }
  linkOtherAccounts(ac, m, nextOther);
  // With slots, each pair carries the cap of its episodes on h: min(n'_i, n'_j), the two accounts'
  // posts on h thinned to one per Δt (the volumes of the null's expectation).
  const thinned = capOf === undefined ? undefined : thinnedCounts(view, ts, ac, m, lag);
  let end = 0;
  let burstStart = 0;
  for (let i = 0; i < m; i++) {
    const ti = ts[i]!;
    if (i === 0 || ti - ts[i - 1]! > lag || ti - burstStart > span) {
      burst++;
      burstStart = ti;
    }
    const ai = ac[i]!;
    if (end <= i) end = i + 1;
    while (end < m && ts[end]! - ti <= lag) end++;
    for (let j = i + 1; j < end; j++) {
      const aj = ac[j]!;
      if (aj === ai) {
        j = nextOther[j]! - 1;
        continue;
      }
      if (parent !== undefined && isReplyPair(parent, ps!, i, j)) continue;
      const lo = ai < aj ? ai : aj;
      if (lo < loFrom || lo >= loTo) continue;
      const k = slot[lo]!++;
      other[k] = ai < aj ? aj : ai;
      burstOf[k] = burst;
      if (capOf !== undefined) capOf[k] = Math.min(thinned![ai]!, thinned![aj]!);
      const d = ts[j]! - ti;
      lagOf[k] = ai === lo ? d : -d;
    }
  }
  return burst;
}

/**
 * Aggregate the pairs `[start, stop)` of lower account `lo` into edge records (only the pairs
 * with `kept[k] === 1` when `kept` is given).
 */
export function aggregatePairs(
  edges: EdgeRecords, lo: number, start: number, stop: number, other: Int32Array, burstOf: Int32Array, lagOf: Float64Array | Float32Array,
  burstHashtag: Int32Array, seenBy: Int32Array, edgeOf: Int32Array, kept?: Uint8Array, capOf?: Int32Array, onHashtag?: Int32Array,
): void {
  for (let k = start; k < stop; k++) {
    if (kept !== undefined && kept[k] === 0) continue;
    const hi = other[k]!;
    let e: number;
    if (seenBy[hi] === lo) e = edgeOf[hi]!;
    else {
      seenBy[hi] = lo;
      e = edgeOf[hi] = edges.append(lo, hi);
    }
    const rec = edges.rec;
    const r = e * EDGE_STRIDE;
    rec[r + F_CO]!++;
    const burst = burstOf[k]!;
    const last = rec[r + F_LAST_BURST]!;
    if (capOf === undefined) {
      if (last !== burst) {
        rec[r + F_LAST_BURST] = burst;
        rec[r + F_EPISODES]!++;
      }
    } else {
      const on = cappedEpisode(burst, last, onHashtag![hi]!, capOf[k]!, burstHashtag);
      if (on > 0) {
        onHashtag![hi] = on;
        rec[r + F_LAST_BURST] = burst;
        rec[r + F_EPISODES]!++;
      }
    }
    const h = burstHashtag[burst]!;
    if (rec[r + F_LAST_HASHTAG] !== h) {
      rec[r + F_LAST_HASHTAG] = h;
      rec[r + F_SHARED]!++;
    }
    // Branch-free (every path has type feedback from the first pair): a tie counts half a lead
    // on each side, a positive lag a whole lead of the lower account, a negative one of the other.
    const d = lagOf[k]!;
    const tie = d === 0 ? 1 : 0;
    rec[r + F_LAG]! += Math.abs(d);
    rec[r + F_LEAD_A2]! += d > 0 ? 2 : tie;
    rec[r + F_LEAD_B2]! += d < 0 ? 2 : tie;
  }
}
