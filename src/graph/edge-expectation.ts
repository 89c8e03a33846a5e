/**
 * Expected co-occurrence episodes of every tested account pair under the nulls of
 * DESIGN.md §5 and METRICS.md §6.1.
 *
 * Time-shift null ('uniform'): each account's timeline is shifted circularly by an
 * independent U[0, L) offset; per-hashtag volumes n_ih are kept. Any shifted post is then
 * uniform on the window, independent of the other accounts, so for one pair of posts
 * P(|Δ| ≤ Δt) = 2δ − δ² (δ = Δt/L, linear distance on [0, L)); DESIGN.md's
 * `min(1, 2Δt/L)` is its first-order form, and Σ_h n_ih·n_jh·(2δ − δ²) is the exact
 * expectation of **coCount**.
 *
 * What is tested is **episodes**, not coCount, so the expectation must be of episodes.
 * Episodes on h are at most A_i^h = #{i-posts on h with a j-post within Δt} (each episode
 * holds at least one matched i-post, and bursts are disjoint), and likewise at most A_j^h.
 * Under the shift null A_i^h has the exact expectation n_ih · κ_jh, where κ_jh = E|C_jh|/L
 * and C_jh = ∪_q [t_q − Δt, t_q + Δt] ∩ [0, L) is j's Δt-cover on h after the shift:
 *     E|C_jh| = Σ_g min(g, 2Δt) − (1/L)·Σ_g φ(g),
 *     φ(g) = 0 (g ≤ Δt), (g − Δt)² (Δt < g ≤ 2Δt), Δt² (g > 2Δt),
 * summed over j's n_jh circular gaps g (consecutive posts, plus the wrap-around gap
 * L − (last − first)); the φ terms are the parts of the circular cover lost when the
 * window boundary cuts it. One post gives κ = 2δ − δ², as above. We use
 *     expected_ij = Σ_h min(n_ih·κ_jh, n_jh·κ_ih)  ≥  E[episodes_ij]
 * (E[min] ≤ min E): a tight, conservative bound (equality for isolated posts), never larger
 * than the coCount expectation; the tests check both facts by Monte Carlo.
 *
 * Profile null ('profile'): each post of h is redrawn independently from h's time profile
 * (a histogram of h's non-crowd posts, bins ≥ 2Δt wide, at most 96 bins, shrunk toward the
 * histogram of all the window's non-crowd posts: f = (U_h·f_h + k·f_all)/(U_h + k), so a tag
 * of a few accounts — a swarm's own — cannot explain its own bursts away), so
 * E[A_i^h] = n_ih · ∫ f_h(x)·(1 − (1 − P_h(x))^{n_jh}) dx with P_h(x) the profile mass
 * within Δt of x (exact: from moments for small n, from linear segments beyond; see
 * coverage-segments.ts and profile-coverage.ts).
 *
 * Permutation null (§6.1, optional): E0[coCount_ij] = Σ_h K_h · 2·n_ih·n_jh / (N_h(N_h − 1)).
 *
 * Crowd posts are excluded from every volume (§1.4).
 */
import { scratchFloat64, scratchInt32, scratchUint8 } from '../_lib/scratch.js';
import type { ClosePairs } from './enumerate-close-pairs.js';
import type { TableView } from './occurrence-table.js';
import type { EdgeNullModel } from './types.js';
import { profileCoverage } from './profile-coverage.js';

/** Parameters of the expectation. */
export interface ExpectationOptions {
  readonly maxLagMs: number;
  readonly windowStartMs: number;
  readonly windowLengthMs: number;
  readonly null: EdgeNullModel;
  readonly permutationNull: boolean;
  readonly profileShrinkage: number;
}

/** Expectations of the listed edges (same order as the list). */
export interface EdgeExpectations {
  readonly expected: Float64Array;
  readonly expectedPermutation: Float64Array | undefined;
}

/** (account, hashtag) volumes grouped by account, hashtags in name order within an account. */
interface AccountHashtags {
  readonly start: Int32Array;
  /** Name rank of the hashtag (`table.hashtagsByName[rank]` is its id). */
  readonly hashtag: Int32Array;
  readonly count: Int32Array;
  readonly cover: Float64Array;
}

function coverLoss(g: number, lag: number): number {
  if (g <= lag) return 0;
  if (g <= 2 * lag) return (g - lag) * (g - lag);
  return lag * lag;
}

function accountHashtags(
  view: TableView, pairs: ClosePairs, lag: number, L: number, wanted: Uint8Array,
): AccountHashtags {
  const table = view.table;
  const nA = table.accounts.length;
  const { occAccount, occTime } = table;
  const stamp = scratchInt32('graph.ah.stamp', nA).fill(-1);
  const cnt = scratchInt32('graph.ah.cnt', nA);
  const first = scratchFloat64('graph.ah.first', nA);
  const last = scratchFloat64('graph.ah.last', nA);
  const cov = scratchFloat64('graph.ah.cov', nA);
  const loss = scratchFloat64('graph.ah.loss', nA);
  const touched = scratchInt32('graph.ah.touched', nA);
  let cap = 0;
  for (let h = 0; h < table.hashtags.length; h++) cap += view.hi[h]! - view.lo[h]!;
  const entA = scratchInt32('graph.ah.entA', cap);
  const entH = scratchInt32('graph.ah.entH', cap);
  const entN = scratchInt32('graph.ah.entN', cap);
  const entK = scratchFloat64('graph.ah.entK', cap);
  let m = 0;
  // Hashtags in name order, so each account's list (and every sum over it) has one order.
  for (let rank = 0; rank < table.hashtags.length; rank++) {
    const h = table.hashtagsByName[rank]!;
    let nt = 0;
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      const a = occAccount[i]!;
      if (wanted[a] === 0 || pairs.crowd[i] === 1) continue;
      const t = occTime[i]!;
      if (stamp[a] !== h) {
        stamp[a] = h;
        touched[nt++] = a;
        cnt[a] = 1;
        first[a] = t;
        cov[a] = 0;
        loss[a] = 0;
      } else {
        const g = t - last[a]!;
        cnt[a]!++;
        cov[a]! += Math.min(g, 2 * lag);
        loss[a]! += coverLoss(g, lag);
      }
      last[a] = t;
    }
    for (let k = 0; k < nt; k++) {
      const a = touched[k]!;
      const wrap = Math.max(0, L - (last[a]! - first[a]!));
      const c = cov[a]! + Math.min(wrap, 2 * lag);
      const l = loss[a]! + coverLoss(wrap, lag);
      entA[m] = a;
      entH[m] = rank;
      entN[m] = cnt[a]!;
      entK[m] = Math.min(1, Math.max(0, (c - l / L) / L));
      m++;
    }
  }
  const accStart = scratchInt32('graph.ah.accStart', nA + 1).fill(0);
  for (let k = 0; k < m; k++) accStart[entA[k]! + 1]!++;
  for (let a = 0; a < nA; a++) accStart[a + 1]! += accStart[a]!;
  const fill = scratchInt32('graph.ah.fill', nA);
  fill.set(accStart.subarray(0, nA));
  const hashtag = scratchInt32('graph.ah.hashtag', m);
  const count = scratchInt32('graph.ah.count', m);
  const cover = scratchFloat64('graph.ah.cover', m);
  for (let k = 0; k < m; k++) {
    const slot = fill[entA[k]!]!++;
    hashtag[slot] = entH[k]!;
    count[slot] = entN[k]!;
    cover[slot] = entK[k]!;
  }
  return { start: accStart, hashtag, count, cover };
}

/**
 * Expected episodes (and optionally permutation-null coCount) of the listed edges of `pairs`.
 * @param view the interned window.
 * @param pairs the enumerated close pairs (crowd flags and volumes).
 * @param opts Δt, window start and length, null model.
 * @param list edge numbers to compute.
 * @returns expectations aligned with `list`.
 */
export function expectEdges(
  view: TableView, pairs: ClosePairs, opts: ExpectationOptions, list: Int32Array,
): EdgeExpectations {
  const lag = opts.maxLagMs;
  const L = opts.windowLengthMs;
  // Volumes are needed only for the accounts of the listed edges.
  const wanted = scratchUint8('graph.expect.wanted', view.table.accounts.length).fill(0);
  for (let r = 0; r < list.length; r++) {
    wanted[pairs.edges.a[list[r]!]!] = 1;
    wanted[pairs.edges.b[list[r]!]!] = 1;
  }
  const ah = accountHashtags(view, pairs, lag, L, wanted);
  const profile = opts.null === 'profile' ? profileCoverage(view, pairs, opts) : undefined;
  const { edges, volume, closeAll } = pairs;
  const byName = view.table.hashtagsByName;
  const expected = new Float64Array(list.length);
  const expectedPermutation = opts.permutationNull ? new Float64Array(list.length) : undefined;
  // Group the edges by their account with the longer hashtag list (counting sort), mark that
  // list once in a dense rank → slot array, and walk the shorter list of each partner: O(1) per
  // shared-hashtag candidate instead of a binary search. Terms are summed in name-rank order
  // whichever list drives, so the sums do not depend on the grouping.
  const len = (a: number): number => ah.start[a + 1]! - ah.start[a]!;
  const nA = view.table.accounts.length;
  const keyOf = scratchInt32('graph.expect.keyOf', list.length);
  const groupStart = scratchInt32('graph.expect.groupStart', nA + 1).fill(0);
  for (let r = 0; r < list.length; r++) {
    const a = edges.a[list[r]!]!;
    const b = edges.b[list[r]!]!;
    const key = len(a) > len(b) || (len(a) === len(b) && a < b) ? a : b;
    keyOf[r] = key;
    groupStart[key + 1]!++;
  }
  for (let a = 0; a < nA; a++) groupStart[a + 1]! += groupStart[a]!;
  const fill = scratchInt32('graph.expect.fill', nA);
  fill.set(groupStart.subarray(0, nA));
  const order = scratchInt32('graph.expect.order', list.length);
  for (let r = 0; r < list.length; r++) order[fill[keyOf[r]!]!++] = r;
  const kappa = scratchFloat64('graph.expect.kappa', profile === undefined ? 0 : ah.hashtag.length).fill(-1);
  const slotOf = scratchInt32('graph.expect.slotOf', byName.length);
  const markedBy = scratchInt32('graph.expect.markedBy', byName.length).fill(-1);
  for (let g = 0; g < nA; g++) {
    const gs = groupStart[g]!;
    const ge = groupStart[g + 1]!;
    if (gs === ge) continue;
    for (let k = ah.start[g]!; k < ah.start[g + 1]!; k++) {
      slotOf[ah.hashtag[k]!] = k;
      markedBy[ah.hashtag[k]!] = g;
    }
    for (let o = gs; o < ge; o++) {
      const r = order[o]!;
      const e = list[r]!;
      const y = edges.a[e] === g ? edges.b[e]! : edges.a[e]!;
      let sum = 0;
      let perm = 0;
      for (let k = ah.start[y]!; k < ah.start[y + 1]!; k++) {
        const rank = ah.hashtag[k]!;
        if (markedBy[rank] !== g) continue;
        const kg = slotOf[rank]!;
        const h = byName[rank]!;
        const ny = ah.count[k]!;
        const ng = ah.count[kg]!;
        if (profile === undefined) sum += Math.min(ng * ah.cover[k]!, ny * ah.cover[kg]!);
        else {
          // κ_h(n) of an entry depends on the entry alone: computed once, on first use.
          let ky = kappa[k]!;
          if (ky < 0) ky = kappa[k] = profile(h, ny);
          let kg2 = kappa[kg]!;
          if (kg2 < 0) kg2 = kappa[kg] = profile(h, ng);
          sum += Math.min(ng * ky, ny * kg2);
        }
        const N = volume[h]!;
        if (expectedPermutation !== undefined && N > 1) perm += (closeAll[h]! * 2 * ng * ny) / (N * (N - 1));
      }
      expected[r] = sum;
      if (expectedPermutation !== undefined) expectedPermutation[r] = perm;
    }
  }
  return { expected, expectedPermutation };
}
