/**
 * The sums of the edge null (expect-edges.ts): for each listed edge (i, j),
 *     expected_ij = Σ_h min(n_ih·κ_jh, n_jh·κ_ih)
 * over the hashtags both accounts used, from their (account, hashtag) entries, and the
 * permutation null's Σ_h K_h·2·n_ih·n_jh / (N_h(N_h − 1)) when asked. The hottest loop of the
 * graph stage; kept apart from the entries' construction.
 */
import { scratchInt32 } from '../_lib/scratch.js';
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';

/** (account, hashtag) volumes grouped by account, hashtags in name order within an account. */
export interface AccountHashtags {
  readonly start: Int32Array;
  /** Name rank of the hashtag (`table.hashtagsByName[rank]` is its id). */
  readonly hashtag: Int32Array;
  readonly count: Int32Array;
  /** κ of the entry under the null: its Δt-cover share (time-shift) or κ_h(n) (profile; −1 until used). */
  readonly cover: Float64Array;
  /** True when profile κ are left for first use (−1 in `cover`). */
  readonly kappaPending: boolean;
}

/**
 * expected_ij = Σ_h min(n_ih·κ_jh, n_jh·κ_ih) over the hashtags the two accounts share (and the
 * permutation null's Σ_h K_h·2·n_ih·n_jh / (N_h(N_h − 1)) when asked), written at the edge's
 * row of `list`.
 *
 * The edges are grouped by their account with the longer hashtag list (counting sort); that
 * list is marked once in a dense rank → entry array and each partner's shorter list is walked
 * against it: O(1) per candidate hashtag, no search. Terms are summed in name-rank order
 * whichever list drives, so the sums do not depend on the grouping. A function of its own,
 * without closures: it is the hottest loop of the graph stage.
 */
export function sumSharedHashtags(
  view: TableView, pairs: ClosePairs, ah: AccountHashtags, profile: ((h: number, n: number) => number) | undefined, list: Int32Array,
  expected: Float64Array, expectedPermutation: Float64Array | undefined, limit: Float64Array | undefined,
): void {
  const { edges, volume, closeAll } = pairs;
  const byName = view.table.hashtagsByName;
  const nA = view.table.accounts.length;
  const { start, hashtag, count, cover } = ah;
  const keyOf = scratchInt32('graph.expect.keyOf', list.length);
  const groupStart = scratchInt32('graph.expect.groupStart', nA + 1).fill(0);
  for (let r = 0; r < list.length; r++) {
    const a = edges.a[list[r]!]!;
    const b = edges.b[list[r]!]!;
    const la = start[a + 1]! - start[a]!;
    const lb = start[b + 1]! - start[b]!;
    const key = la > lb || (la === lb && a < b) ? a : b;
    keyOf[r] = key;
    groupStart[key + 1]!++;
  }
  for (let a = 0; a < nA; a++) groupStart[a + 1]! += groupStart[a]!;
  const fill = scratchInt32('graph.expect.fill', nA);
  fill.set(groupStart.subarray(0, nA));
  const order = scratchInt32('graph.expect.order', list.length);
  for (let r = 0; r < list.length; r++) order[fill[keyOf[r]!]!++] = r;
  // slotOf[rank] = the group account's entry of that hashtag, or the absent entry (count 0,
  // κ 0) when it has none: its term is min(0, 0) = 0, and adding +0 leaves a non-negative sum
  // unchanged, so the time-shift loop needs no branch (half the candidates miss, unpredictably).
  const absent = start[nA]!;
  const slotOf = scratchInt32('graph.expect.slotOf', byName.length).fill(absent);
  for (let g = 0; g < nA; g++) {
    const gs = groupStart[g]!;
    const ge = groupStart[g + 1]!;
    if (gs === ge) continue;
    for (let k = start[g]!; k < start[g + 1]!; k++) slotOf[hashtag[k]!] = k;
    // Two loops in two functions (own type feedback and optimisation each): the κ-ready one
    // stays branch-free.
    if (profile === undefined) sumReady(ah, slotOf, edges, list, order, gs, ge, g, limit, expected);
    else sumOnFirstUse(ah, slotOf, absent, byName, profile, edges, list, order, gs, ge, g, limit, expected);
    if (expectedPermutation !== undefined) {
      for (let o = gs; o < ge; o++) {
        const r = order[o]!;
        const e = list[r]!;
        const y = edges.a[e] === g ? edges.b[e]! : edges.a[e]!;
        let perm = 0;
        for (let k = start[y]!; k < start[y + 1]!; k++) {
          const kg = slotOf[hashtag[k]!]!;
          if (kg === absent) continue;
          const h = byName[hashtag[k]!]!;
          const N = volume[h]!;
          if (N > 1) perm += (closeAll[h]! * 2 * count[k]! * count[kg]!) / (N * (N - 1));
        }
        expectedPermutation[r] = perm;
      }
    }
    for (let k = start[g]!; k < start[g + 1]!; k++) slotOf[hashtag[k]!] = absent;
  }
}

/**
 * The sums of group account g's edges (rows `order[gs…ge)`), κ ready in every entry. Terms are
 * ≥ 0: once past its limit, an edge can no longer be kept (scoreEdges), so its sum stops.
 */
function sumReady(
  ah: AccountHashtags, slotOf: Int32Array, edges: ClosePairs['edges'], list: Int32Array, order: Int32Array,
  gs: number, ge: number, g: number, limit: Float64Array | undefined, expected: Float64Array,
): void {
  const { start, hashtag, count, cover } = ah;
  for (let o = gs; o < ge; o++) {
    const r = order[o]!;
    const e = list[r]!;
    const y = edges.a[e] === g ? edges.b[e]! : edges.a[e]!;
    const stop = limit === undefined ? Number.POSITIVE_INFINITY : limit[r]!;
    let sum = 0;
    for (let k = start[y]!; k < start[y + 1]! && sum <= stop; k++) {
      const kg = slotOf[hashtag[k]!]!;
      sum += Math.min(count[kg]! * cover[k]!, count[k]! * cover[kg]!);
    }
    expected[r] = sum;
  }
}

/** As {@link sumReady}, computing an entry's profile κ on its first shared use. */
function sumOnFirstUse(
  ah: AccountHashtags, slotOf: Int32Array, absent: number, byName: Int32Array, profile: (h: number, n: number) => number,
  edges: ClosePairs['edges'], list: Int32Array, order: Int32Array,
  gs: number, ge: number, g: number, limit: Float64Array | undefined, expected: Float64Array,
): void {
  const { start, hashtag, count, cover } = ah;
  for (let o = gs; o < ge; o++) {
    const r = order[o]!;
    const e = list[r]!;
    const y = edges.a[e] === g ? edges.b[e]! : edges.a[e]!;
    const stop = limit === undefined ? Number.POSITIVE_INFINITY : limit[r]!;
    let sum = 0;
    for (let k = start[y]!; k < start[y + 1]! && sum <= stop; k++) {
      const kg = slotOf[hashtag[k]!]!;
      if (kg === absent) continue;
      // Read back from the array, never kept in a variable that may also hold the call's
      // result: that would box every read.
      if (cover[k]! < 0) cover[k] = profile(byName[hashtag[k]!]!, count[k]!);
      if (cover[kg]! < 0) cover[kg] = profile(byName[hashtag[kg]!]!, count[kg]!);
      sum += Math.min(count[kg]! * cover[k]!, count[k]! * cover[kg]!);
    }
    expected[r] = sum;
  }
}
