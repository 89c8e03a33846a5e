/**
 * The lead graph G_lead and the adoption-leadership scores of METRICS.md §2.8 [Proposed, adapted
 * from Goyal, Bonchi & Lakshmanan 2008, CIKM].
 *
 * α_i^h = first use of h by i (window and lookback posts). Every new adoption (α_j^h ≥ w₀) of a
 * window account j spreads credit 1/|C| over its candidate leaders
 * C = {i : 0 < α_j^h − α_i^h ≤ τ}, capped at the `maxLeaders` most recent; ℓ_ij = Σ_h credit.
 * Candidates seen only in the lookback take their share (so it is not handed to others) but are
 * not nodes of G_lead.
 *   leadFollowers_i  = Σ_j ℓ_ij
 *   firstMoverShare_i = |{h ∈ A_i : rank(α_i^h among U_h) ≤ ⌈q·|U_h|⌉}| / |A_i|
 * with U_h the accounts posting h in the window and the competition rank (1 + #strictly earlier).
 * Cost O(Σ_h N_h + adoptions · maxLeaders); no comparison sort: the credits are spread twice, once
 * to count each leader's row and once to write the rows of a CSR in credit order, whose repeated
 * targets are then merged in place (one edge array, no intermediate buffer of triples).
 */
import { scratchFloat64, scratchInt32 } from '../_lib/scratch.js';
import type { WindowContext } from './window-context.js';

/** G_lead as CSR over window accounts (out-edges i → j, merged weights ℓ_ij, in first-credit order). */
export interface LeadGraph {
  readonly outStart: Int32Array;
  readonly outNode: Int32Array;
  readonly outWeight: Float64Array;
  readonly leadFollowers: Float64Array;
  /** Count of first-mover hashtags per account (divide by hashtagDegree). */
  readonly firstMoverHashtags: Int32Array;
  /** Distinct window hashtags per account, |A_i|. */
  readonly hashtagDegree: Int32Array;
  /** New adoptions that had at least one candidate leader. */
  readonly creditedAdoptions: number;
}

/** Adopters of each hashtag in adoption order: `adoptAccount[adoptStart[h] … adoptStart[h+1])`. */
interface Adopters {
  readonly adoptStart: Int32Array;
  readonly adoptAccount: Int32Array;
  readonly adoptTime: Float64Array;
  readonly firstMoverHashtags: Int32Array;
  readonly hashtagDegree: Int32Array;
}

/** First use of each hashtag per account (window and lookback), |A_i| and the first-mover counts. */
function collectAdopters(ctx: WindowContext, quantile: number): Adopters {
  const { n, occStart, occTime, occAccount, occPost, windowPosts } = ctx;
  const hashtags = occStart.length - 1;
  const seen = new Int32Array(ctx.accounts.length).fill(-1);
  const usedInWindow = new Int32Array(ctx.accounts.length).fill(-1);
  const hashtagDegree = new Int32Array(n);
  const firstMoverHashtags = new Int32Array(n);
  const adoptStart = new Int32Array(hashtags + 1);
  // Occurrence-sized arrays from the scratch buffers: they live for one window (see _lib/scratch.ts).
  const adoptAccount = scratchInt32('influence.lead.adoptAccount', occStart[hashtags]!);
  const adoptTime = scratchFloat64('influence.lead.adoptTime', occStart[hashtags]!);
  let m = 0;
  for (let h = 0; h < hashtags; h++) {
    const first = m;
    for (let r = occStart[h]!; r < occStart[h + 1]!; r++) {
      const a = occAccount[r]!;
      if (occPost[r]! < windowPosts && usedInWindow[a] !== h) {
        usedInWindow[a] = h;
        hashtagDegree[a]!++;
      }
      if (seen[a] === h) continue;
      seen[a] = h;
      adoptAccount[m] = a;
      adoptTime[m++] = occTime[r]!;
    }
    adoptStart[h + 1] = m;
    // first movers among U_h (adopters that also post h in the window), competition rank
    let users = 0;
    for (let k = first; k < m; k++) if (usedInWindow[adoptAccount[k]!] === h) users++;
    const cutoff = Math.ceil(quantile * users);
    let rank = 0;
    let counted = 0;
    let prevTime = Number.NaN;
    for (let k = first; k < m; k++) {
      const a = adoptAccount[k]!;
      if (usedInWindow[a] !== h) continue;
      counted++;
      if (adoptTime[k] !== prevTime) rank = counted;
      prevTime = adoptTime[k]!;
      if (rank <= cutoff) firstMoverHashtags[a]!++;
    }
  }
  return { adoptStart, adoptAccount, adoptTime, firstMoverHashtags, hashtagDegree };
}

/** Where {@link spreadCredit} writes: CSR rows (`next[i]` = next free slot of row i) and Σ credit. */
interface CreditRows {
  readonly next: Int32Array;
  readonly node: Int32Array;
  readonly weight: Float64Array;
  readonly leadFollowers: Float64Array;
}

/**
 * Visit every credit (leader i < n, adopter j, 1/|C|) in (hashtag, adoption, leader) order. Without
 * `rows` it only counts the credits of each leader into `counts`; returns the credited adoptions.
 */
function spreadCredit(
  ctx: WindowContext, adopters: Adopters, tauMs: number, maxLeaders: number,
  counts: Int32Array, rows: CreditRows | null,
): number {
  const { n, startMs } = ctx;
  const { adoptStart, adoptAccount, adoptTime } = adopters;
  let credited = 0;
  for (let h = 0; h + 1 < adoptStart.length; h++) {
    const first = adoptStart[h]!;
    let lo = first;
    let tieStart = first;
    for (let k = first; k < adoptStart[h + 1]!; k++) {
      const t = adoptTime[k]!;
      if (k > first && t !== adoptTime[k - 1]) tieStart = k;
      if (t < startMs) continue;
      while (adoptTime[lo]! < t - tauMs) lo++;
      const from = Math.max(lo, tieStart - maxLeaders);
      const count = tieStart - from;
      if (count <= 0) continue;
      credited++;
      if (rows === null) {
        for (let c = from; c < tieStart; c++) if (adoptAccount[c]! < n) counts[adoptAccount[c]!]!++;
        continue;
      }
      const credit = 1 / count;
      const j = adoptAccount[k]!;
      for (let c = from; c < tieStart; c++) {
        const i = adoptAccount[c]!;
        if (i >= n) continue;
        const at = rows.next[i]!++;
        rows.node[at] = j;
        rows.weight[at] = credit;
        rows.leadFollowers[i]! += credit;
      }
    }
  }
  return credited;
}

/** Build G_lead and the per-account leadership counts. */
export function buildLeadGraph(ctx: WindowContext, tauMs: number, maxLeaders: number, quantile: number): LeadGraph {
  const n = ctx.n;
  const adopters = collectAdopters(ctx, quantile);
  const counts = new Int32Array(n);
  const creditedAdoptions = spreadCredit(ctx, adopters, tauMs, maxLeaders, counts, null);
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + counts[i]!;
  const rows: CreditRows = {
    next: rowStart.slice(0, n),
    // Lead edges (millions per window at 1M posts) in scratch buffers, reused across windows.
    node: scratchInt32('influence.lead.node', rowStart[n]!),
    weight: scratchFloat64('influence.lead.weight', rowStart[n]!),
    leadFollowers: new Float64Array(n),
  };
  spreadCredit(ctx, adopters, tauMs, maxLeaders, counts, rows);
  return {
    ...mergeRows(rowStart, rows.node, rows.weight),
    leadFollowers: rows.leadFollowers,
    firstMoverHashtags: adopters.firstMoverHashtags,
    hashtagDegree: adopters.hashtagDegree,
    creditedAdoptions,
  };
}

/**
 * Merge repeated targets inside each CSR row (first-seen order kept, weights summed in row order),
 * compacting in place: the write position never passes the read position. Returns views.
 */
function mergeRows(rowStart: Int32Array, node: Int32Array, weight: Float64Array) {
  const n = rowStart.length - 1;
  const outStart = new Int32Array(n + 1);
  const slot = new Int32Array(n).fill(-1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const first = m;
    const end = rowStart[i + 1]!;
    for (let k = rowStart[i]!; k < end; k++) {
      const j = node[k]!;
      const w = weight[k]!;
      const at = slot[j]!;
      if (at >= first) weight[at]! += w;
      else {
        slot[j] = m;
        node[m] = j;
        weight[m++] = w;
      }
    }
    outStart[i + 1] = m;
  }
  return { outStart, outNode: node.subarray(0, m), outWeight: weight.subarray(0, m) };
}
