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
import { sumSharedHashtags, type AccountHashtags } from './sum-shared-hashtags.js';

/** Parameters of the expectation. */
export interface ExpectationOptions {
  readonly maxLagMs: number;
  readonly windowStartMs: number;
  readonly windowLengthMs: number;
  readonly null: EdgeNullModel;
  readonly permutationNull: boolean;
  readonly profileShrinkage: number;
  /**
   * Count an account's posts on h at most once per Δt (a post within Δt after the last counted
   * one is not counted): the volume behind slot episodes, which a flurry of posts inside one
   * slot cannot raise. @default false
   */
  readonly thin?: boolean;
  /** τ of the rhythm null's lone slots (profile-coverage.ts). @default ∞ */
  readonly loneGapMs?: number;
}

/** Expectations of the listed edges (same order as the list). */
export interface EdgeExpectations {
  readonly expected: Float64Array;
  readonly expectedPermutation: Float64Array | undefined;
}

function coverLoss(g: number, lag: number): number {
  if (g <= lag) return 0;
  if (g <= 2 * lag) return (g - lag) * (g - lag);
  return lag * lag;
}

function accountHashtags(
  view: TableView, pairs: ClosePairs, lag: number, L: number, wanted: Uint8Array, list: Int32Array,
  profile: ((h: number, n: number) => number) | undefined, thin: boolean,
): AccountHashtags {
  const table = view.table;
  const nA = table.accounts.length;
  const { occAccount, occTime } = table;
  const stamp = scratchInt32('graph.ah.stamp', nA).fill(-1);
  const cnt = scratchInt32('graph.ah.cnt', nA);
  const first = scratchFloat64('graph.ah.first', nA);
  const last = scratchFloat64('graph.ah.last', nA);
  const counted = scratchFloat64('graph.ah.counted', nA);
  const cov = scratchFloat64('graph.ah.cov', nA);
  const loss = scratchFloat64('graph.ah.loss', nA);
  const touched = scratchInt32('graph.ah.touched', nA);
  // Entries per account first (distinct non-crowd hashtags of each wanted account), so the
  // entries are written straight into their account's range: no intermediate list.
  const accStart = scratchInt32('graph.ah.accStart', nA + 1).fill(0);
  for (let h = 0; h < table.hashtags.length; h++) {
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      const a = occAccount[i]!;
      if (wanted[a] === 0 || pairs.crowd[i] !== 0 || stamp[a] === h) continue;
      stamp[a] = h;
      accStart[a + 1]!++;
    }
  }
  for (let a = 0; a < nA; a++) accStart[a + 1]! += accStart[a]!;
  const m = accStart[nA]!;
  // Profile κ on first use in the sums pays a branch per shared hashtag; when the candidate
  // hashtags (the shorter list of each edge) outnumber the entries many times over (a long
  // window: most entries will be used), every κ is computed here instead, in hashtag order,
  // and the sums run branch-free. Same values either way.
  let eager = false;
  if (profile !== undefined) {
    let candidates = 0;
    for (let r = 0; r < list.length; r++) {
      const a = pairs.edges.a[list[r]!]!;
      const b = pairs.edges.b[list[r]!]!;
      candidates += Math.min(accStart[a + 1]! - accStart[a]!, accStart[b + 1]! - accStart[b]!);
    }
    eager = candidates >= EAGER_KAPPA_RATIO * m;
  }
  const fill = scratchInt32('graph.ah.fill', nA);
  fill.set(accStart.subarray(0, nA));
  stamp.fill(-1);
  // One more entry at m, count 0 and κ 0: the absent entry (see sumSharedHashtags).
  const hashtag = scratchInt32('graph.ah.hashtag', m + 1);
  const count = scratchInt32('graph.ah.count', m + 1);
  const cover = scratchFloat64('graph.ah.cover', m + 1);
  hashtag[m] = -1;
  count[m] = 0;
  cover[m] = 0;
  // Hashtags in name order, so each account's list (and every sum over it) has one order.
  for (let rank = 0; rank < table.hashtags.length; rank++) {
    const h = table.hashtagsByName[rank]!;
    let nt = 0;
    for (let i = view.lo[h]!; i < view.hi[h]!; i++) {
      const a = occAccount[i]!;
      if (wanted[a] === 0 || pairs.crowd[i] !== 0) continue;
      const t = occTime[i]!;
      if (stamp[a] !== h) {
        stamp[a] = h;
        touched[nt++] = a;
        cnt[a] = 1;
        counted[a] = t;
        first[a] = t;
        cov[a] = 0;
        loss[a] = 0;
      } else {
        if (!thin || t - counted[a]! > lag) {
          cnt[a]!++;
          counted[a] = t;
        }
        // The Δt-cover is the time-shift null's κ only; the profile null's κ depends on n alone.
        if (profile === undefined) {
          const g = t - last[a]!;
          cov[a]! += Math.min(g, 2 * lag);
          loss[a]! += coverLoss(g, lag);
        }
      }
      last[a] = t;
    }
    for (let k = 0; k < nt; k++) {
      const a = touched[k]!;
      const slot = fill[a]!++;
      hashtag[slot] = rank;
      count[slot] = cnt[a]!;
      if (profile !== undefined) cover[slot] = eager ? profile(h, cnt[a]!) : -1; // −1: on first use
      else {
        const wrap = Math.max(0, L - (last[a]! - first[a]!));
        const c = cov[a]! + Math.min(wrap, 2 * lag);
        const l = loss[a]! + coverLoss(wrap, lag);
        cover[slot] = Math.min(1, Math.max(0, (c - l / L) / L));
      }
    }
  }
  return { start: accStart, hashtag, count, cover, kappaPending: profile !== undefined && !eager };
}

/** Candidate shared hashtags per (account, hashtag) entry above which every κ is computed up front. */
const EAGER_KAPPA_RATIO = 12;

/**
 * Expected episodes (and optionally permutation-null coCount) of the listed edges of `pairs`.
 * @param view the interned window.
 * @param pairs the enumerated close pairs (crowd flags and volumes).
 * @param opts Δt, window start and length, null model.
 * @param list edge numbers to compute.
 * @param limit optional, aligned with `list`: an edge's sum may stop as soon as it exceeds its
 *   limit (its expectation is then only known to be above it). Ignored with the permutation null.
 * @returns expectations aligned with `list`.
 */
export function expectEdges(
  view: TableView, pairs: ClosePairs, opts: ExpectationOptions, list: Int32Array, limit?: Float64Array,
): EdgeExpectations {
  const lag = opts.maxLagMs;
  const L = opts.windowLengthMs;
  // Volumes are needed only for the accounts of the listed edges.
  const wanted = scratchUint8('graph.expect.wanted', view.table.accounts.length).fill(0);
  for (let r = 0; r < list.length; r++) {
    wanted[pairs.edges.a[list[r]!]!] = 1;
    wanted[pairs.edges.b[list[r]!]!] = 1;
  }
  const profile = opts.null === 'uniform' ? undefined : profileCoverage(view, pairs, { ...opts, withoutOwn: opts.null === 'rhythm' });
  const ah = accountHashtags(view, pairs, lag, L, wanted, list, profile, opts.thin === true);
  const lazy = ah.kappaPending ? profile : undefined;
  const expected = new Float64Array(list.length);
  const expectedPermutation = opts.permutationNull ? new Float64Array(list.length) : undefined;
  sumSharedHashtags(view, pairs, ah, lazy, list, expected, expectedPermutation, expectedPermutation === undefined ? limit : undefined);
  return { expected, expectedPermutation };
}
