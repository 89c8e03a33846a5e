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
 * A post and a direct reply to it (`replyTo`, both in the window) are never a pair: the reply
 * answers its parent — a conversation is not a coordination — as a repost copies its original.
 * Per account pair (a < b): coCount (matched pairs), episodes (distinct (h, burst) runs with
 * a match: a close pair always lies inside one burst), sharedHashtags, Σ|lag|, leads.
 */
import { scratchFloat32, scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import { EdgeRecords } from './edge-records.js';
import { aggregatePairs, cappedEpisode, placePairs, sweepHashtagCounts, TALLY_SIZE, T_CANDIDATES, T_CLOSE, T_WHOLE } from './place-pairs.js';
import type { TableView } from './occurrence-table.js';

/** Parameters of the self-join. */
export interface ClosePairOptions {
  readonly maxLagMs: number;
  readonly maxCrowdAccounts: number;
  /** Pairs buffered at once (default {@link MAX_BUFFERED_PAIRS}; tests lower it). */
  readonly maxBufferedPairs?: number;
  /**
   * Keep records only for account pairs with at least this many episodes (default 0: every
   * pair). The others are only counted ({@link ClosePairs.testedEdges}): with the filter on,
   * an edge below `minEpisodes` can never be kept, and at 1M posts seven pairs in eight are
   * such one-episode pairs, whose records would be most of the memory of the step.
   */
  readonly minEpisodes?: number;
  /**
   * Longest span of one episode, ms, from its first post (default ∞: an episode is a whole
   * burst). A burst longer than this is cut into consecutive episodes, so a pair that keeps
   * co-posting through a run of hours gains evidence as it goes (see DESIGN.md §5).
   */
  readonly maxEpisodeSpanMs?: number;
  /** Leave reposts (`repostOf` set) out of the pairs and the volumes (crowd flag 2). @default false */
  readonly excludeReposts?: boolean;
  /**
   * With a finite `maxEpisodeSpanMs`: cap a pair's episodes on each hashtag at min(n'_i, n'_j),
   * the two accounts' posts there thinned to one per Δt. @default false
   */
  readonly capEpisodes?: boolean;
}

/**
 * Buffers reused across the windows of one table (see {@link EdgeRecords.reset}). The result
 * of a call is valid until the next call with the same workspace.
 */
export interface PairWorkspace {
  edges: EdgeRecords | undefined;
  crowd: Uint8Array | undefined;
}

/** Output of {@link enumerateClosePairs}. */
export interface ClosePairs {
  /** One row per account pair with at least one matched post pair and `minEpisodes` episodes. */
  readonly edges: EdgeRecords;
  /** Account pairs with at least one matched post pair (recorded in `edges` or not). */
  readonly testedEdges: number;
  /** 1 for crowd occurrences, 2 for excluded reposts (indexed like the table's occurrences; 0 outside the view; may be longer). */
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

/** Pairs buffered at once (16 bytes each): beyond, the sweep runs again per range of accounts. */
export const MAX_BUFFERED_PAIRS = 1 << 22;

/**
 * Enumerate the close pairs of every hashtag and aggregate them per account pair.
 *
 * Two sweeps over the hashtags, no hashing (the second and the aggregation: place-pairs.ts): the
 * first marks crowd posts, counts the nulls'
 * volumes and, per lower account `lo` of each cross-account pair, how many pairs it has; the
 * second writes each pair (other account, burst, signed lag) into `lo`'s slot range of one
 * buffer (a counting sort, in sweep order within `lo`), and the pairs of each `lo` are then
 * aggregated with a dense stamp per other account. Statistics are summed in sweep order, as a
 * hash table would sum them; only the edge numbering differs (by `lo`, then first appearance).
 * When more than {@link MAX_BUFFERED_PAIRS} pairs (`maxBufferedPairs`) would be buffered, the second sweep runs
 * once per range of `lo` accounts, so memory stays bounded whatever the input.
 * @param view the interned window.
 * @param options Δt and the crowd cap.
 * @param workspace buffers to reuse (optional).
 * @returns per-pair statistics, crowd flags and per-hashtag volumes for the nulls.
 */
export function enumerateClosePairs(view: TableView, options: ClosePairOptions, workspace?: PairWorkspace): ClosePairs {
  const { maxLagMs: lag, maxCrowdAccounts: cap } = options;
  const maxBuffered = options.maxBufferedPairs ?? MAX_BUFFERED_PAIRS;
  const minEpisodes = options.minEpisodes ?? 0;
  const span = options.maxEpisodeSpanMs ?? Number.POSITIVE_INFINITY;
  const table = view.table;
  const hCount = table.hashtags.length;
  const nA = table.accounts.length;
  const { lo: first, hi: last } = view;
  const occAccount = table.occAccount;
  let crowd = workspace?.crowd;
  if (crowd === undefined || crowd.length < occAccount.length) crowd = new Uint8Array(occAccount.length);
  else crowd.fill(0, 0, occAccount.length);
  const volume = new Int32Array(hCount);
  const users = new Int32Array(hCount);
  const closeAll = new Float64Array(hCount);
  const crowdPosts = new Int32Array(hCount);
  const cnt = scratchInt32('graph.pairs.cnt', nA).fill(0);
  const stamp = scratchInt32('graph.pairs.stamp', nA).fill(-1);
  let maxN = 0;
  let inView = 0;
  for (let h = 0; h < hCount; h++) {
    maxN = Math.max(maxN, last[h]! - first[h]!);
    inView += last[h]! - first[h]!;
  }
  const ts = scratchFloat64('graph.pairs.ts', maxN);
  const ac = scratchInt32('graph.pairs.ac', maxN);
  const nextOther = scratchInt32('graph.pairs.nextOther', maxN);
  // Post ranks of the compacted occurrences, only when some post replies to another (reply pairs).
  const ps = table.postParent === undefined ? undefined : scratchInt32('graph.pairs.ps', maxN);
  // Pass 1 (one hashtag per call, place-pairs.ts): crowd flags, volumes, bursts, and the
  // number of pairs of each lower account.
  const pairsOf = scratchFloat64('graph.pairs.pairsOf', nA).fill(0);
  const burstHashtag = scratchInt32('graph.pairs.burstHashtag', inView);
  const tally = new Float64Array(TALLY_SIZE);
  tally[T_WHOLE] = 1;
  // Reposts (flag 2) did not choose their hashtags: on every hashtag of the view, they are neither
  // paired nor counted in the nulls' volumes (a crowd post stays a crowd post: flag 1 wins).
  if (options.excludeReposts === true) {
    const { occPost, postRepost } = table;
    for (let h = 0; h < hCount; h++) for (let i = first[h]!; i < last[h]!; i++) if (postRepost[occPost[i]!] === 1) crowd[i] = 2;
  }
  for (let h = 0; h < hCount; h++) {
    const s = first[h]!;
    const e = last[h]!;
    if (e - s < 2) {
      const evidence = e - s === 1 && crowd[s] === 0 ? 1 : 0;
      volume[h] = evidence;
      users[h] = evidence;
      continue;
    }
    sweepHashtagCounts(view, h, lag, cap, cnt, stamp, crowd, ts, ac, nextOther, pairsOf, burstHashtag, volume, users, closeAll, crowdPosts, tally, span, ps);
  }
  const closePairs = tally[T_CLOSE]!;
  const candidatePairs = tally[T_CANDIDATES]!;
  const wholeTimes = tally[T_WHOLE] === 1;
  let edges = workspace?.edges;
  if (edges === undefined) edges = new EdgeRecords(0);
  else edges.reset();
  if (workspace !== undefined) {
    workspace.edges = edges;
    workspace.crowd = crowd;
  }
  // Pass 2, per range of lower accounts holding at most MAX_BUFFERED_PAIRS pairs (or one account).
  const slot = scratchInt32('graph.pairs.slot', nA + 1);
  const buffered = Math.min(closePairs, maxBuffered);
  const pairOther = scratchInt32('graph.pairs.other', buffered);
  const pairBurst = scratchInt32('graph.pairs.burst', buffered);
  const capped = span !== Number.POSITIVE_INFINITY && options.capEpisodes === true;
  const pairCap = capped ? scratchInt32('graph.pairs.cap', buffered) : undefined;
  const onHashtag = capped ? scratchInt32('graph.pairs.onHashtag', nA) : undefined;
  // Lags are differences of two times at most Δt apart: with whole-millisecond times and
  // Δt ≤ 2^24 ms (4.6 h) each is an integer a float32 holds exactly, in half the memory (this
  // buffer is the step's largest; fresh typed-array memory is what starts full collections).
  const exact32 = wholeTimes && lag <= 16_777_216;
  const pairLag = exact32 ? scratchFloat32('graph.pairs.lag32', buffered) : scratchFloat64('graph.pairs.lag', buffered);
  const rangeOf = { loFrom: 0, loTo: 0 };
  const edgeOf = scratchInt32('graph.pairs.edgeOf', nA);
  const seenBy = scratchInt32('graph.pairs.seenBy', nA).fill(-1);
  const episodesOf = scratchInt32('graph.pairs.episodesOf', nA);
  const lastBurst = scratchInt32('graph.pairs.lastBurst', nA);
  const keep = scratchUint8('graph.pairs.keep', minEpisodes > 1 ? buffered : 0);
  let testedEdges = 0;
  for (let from = 0; from < nA; ) {
    let to = from;
    let total = 0;
    while (to < nA && (to === from || total + pairsOf[to]! <= maxBuffered)) total += pairsOf[to++]!;
    if (total > 0) {
      let offset = 0;
      for (let a = from; a < to; a++) {
        slot[a] = offset;
        offset += pairsOf[a]!;
      }
      rangeOf.loFrom = from;
      rangeOf.loTo = to;
      const other = total <= buffered ? pairOther : new Int32Array(total);
      const burstOf = total <= buffered ? pairBurst : new Int32Array(total);
      const lagOf = total <= buffered ? pairLag : exact32 ? new Float32Array(total) : new Float64Array(total);
      const capOf = pairCap === undefined ? undefined : total <= buffered ? pairCap : new Int32Array(total);
      placePairs(view, crowd, lag, rangeOf, slot, ts, ac, nextOther, other, burstOf, lagOf, span, capOf, ps);
      // Exact room for the range's recorded edges: distinct other accounts per lower account,
      // those with fewer than minEpisodes episodes (distinct bursts) counted but not recorded.
      const kept = keep.length >= total ? keep : new Uint8Array(minEpisodes > 1 ? total : 0);
      const filter = minEpisodes > 1;
      let distinct = 0;
      let recorded = 0;
      for (let a = from, k = 0; a < to; a++) {
        const begin = k;
        for (const stop = k + pairsOf[a]!; k < stop; k++) {
          const b = other[k]!;
          if (seenBy[b] !== a) {
            seenBy[b] = a;
            distinct++;
            episodesOf[b] = 0;
            lastBurst[b] = -1;
          }
          if (!filter) continue;
          if (capOf === undefined) {
            if (lastBurst[b] !== burstOf[k]) {
              lastBurst[b] = burstOf[k]!;
              episodesOf[b]!++;
            }
          } else {
            const on = cappedEpisode(burstOf[k]!, lastBurst[b]!, onHashtag![b]!, capOf[k]!, burstHashtag);
            if (on > 0) {
              onHashtag![b] = on;
              lastBurst[b] = burstOf[k]!;
              episodesOf[b]!++;
            }
          }
        }
        if (!filter) continue;
        for (let j = begin; j < k; j++) {
          const b = other[j]!;
          kept[j] = episodesOf[b]! >= minEpisodes ? 1 : 0;
          // Count each recorded pair once (−2: counted; bursts are ≥ 0).
          if (kept[j] === 1 && lastBurst[b] !== -2) {
            lastBurst[b] = -2;
            recorded++;
          }
        }
      }
      seenBy.fill(-1);
      testedEdges += distinct;
      edges.reserve(edges.size + (filter ? recorded : distinct));
      let start = 0;
      for (let a = from; a < to; a++) {
        const stop = start + pairsOf[a]!;
        aggregatePairs(edges, a, start, stop, other, burstOf, lagOf, burstHashtag, seenBy, edgeOf, filter ? kept : undefined, capOf, onHashtag);
        start = stop;
      }
    }
    from = to;
  }
  return { edges, testedEdges, crowd, volume, users, closeAll, crowdPosts, closePairs, candidatePairs };
}

