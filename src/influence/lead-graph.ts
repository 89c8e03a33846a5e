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
 * Cost O(Σ_h N_h + adoptions · maxLeaders); no comparison sort: each new adoption's candidates
 * are a range of its hashtag's adopter list, so the credits of one leader are found from its own
 * adoptions and every CSR row is written once, in credit order, merging repeated targets on the
 * fly (no per-credit scattered writes, no unmerged edge list).
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

/**
 * The new adoptions as candidate-leader ranges over the adopter lists: adoption k (with
 * `evCredit[k]` > 0) credits `evCredit[k]` = 1/|C| to each adopter of `[evFrom[k], tieStart_k)`.
 * Within a hashtag both ends are nondecreasing in k, so the adoptions crediting adopter c are the
 * run of k from the end of c's tie group (`tieEnd[c]`) while `evFrom[k] ≤ c`; adoptions before the
 * window have `evCredit[k] = 0` and `evFrom[k]` = the hashtag's first adopter (so runs stop at the
 * hashtag's end: later hashtags' ranges start after c); adoptions without candidates have
 * `evCredit[k] = 0` and an empty range.
 */
interface CreditRanges {
  readonly evFrom: Int32Array;
  readonly evCredit: Float64Array;
  readonly tieEnd: Int32Array;
  /** New adoptions with at least one candidate leader. */
  readonly credited: number;
  /** Σ |C| over them (the credits, a bound on the lead edges). */
  readonly credits: number;
}

function creditRanges(ctx: WindowContext, adopters: Adopters, tauMs: number, maxLeaders: number): CreditRanges {
  const { startMs } = ctx;
  const { adoptStart, adoptTime } = adopters;
  const total = adoptStart[adoptStart.length - 1]!;
  const evFrom = scratchInt32('influence.lead.evFrom', total);
  const evCredit = scratchFloat64('influence.lead.evCredit', total);
  const tieEnd = scratchInt32('influence.lead.tieEnd', total);
  let credited = 0;
  let credits = 0;
  for (let h = 0; h + 1 < adoptStart.length; h++) {
    const first = adoptStart[h]!;
    const end = adoptStart[h + 1]!;
    let lo = first;
    let tieStart = first;
    for (let k = first; k < end; k++) {
      const t = adoptTime[k]!;
      if (k > first && t !== adoptTime[k - 1]) tieStart = k;
      evFrom[k] = first;
      evCredit[k] = 0;
      if (t < startMs) continue;
      while (adoptTime[lo]! < t - tauMs) lo++;
      const from = Math.max(lo, tieStart - maxLeaders);
      const count = tieStart - from;
      evFrom[k] = from;
      if (count <= 0) continue;
      evCredit[k] = 1 / count;
      credited++;
      credits += count;
    }
    for (let k = end - 1; k >= first; k--) tieEnd[k] = k + 1 < end && adoptTime[k + 1] === adoptTime[k] ? tieEnd[k + 1]! : k + 1;
  }
  return { evFrom, evCredit, tieEnd, credited, credits };
}

/**
 * Build G_lead and the per-account leadership counts.
 *
 * Row i of G_lead lists the credits of leader i in (hashtag, adoption) order — the order in which
 * the credits are spread — so each row is written at once: i's adoptions in hashtag order (an
 * inverted index of the adopter lists), and for each the run of adoptions it is credited by
 * (see {@link CreditRanges}). Repeated targets are merged as they come (first-seen order kept,
 * weights summed in row order), so no unmerged edge list is stored.
 */
export function buildLeadGraph(ctx: WindowContext, tauMs: number, maxLeaders: number, quantile: number): LeadGraph {
  const n = ctx.n;
  const adopters = collectAdopters(ctx, quantile);
  const { adoptAccount, adoptStart } = adopters;
  const { evFrom, evCredit, tieEnd, credited, credits } = creditRanges(ctx, adopters, tauMs, maxLeaders);
  // adoptions of each window account, in hashtag order
  const total = adoptStart[adoptStart.length - 1]!;
  const byAccountStart = new Int32Array(n + 1);
  for (let c = 0; c < total; c++) if (adoptAccount[c]! < n) byAccountStart[adoptAccount[c]! + 1]!++;
  for (let i = 0; i < n; i++) byAccountStart[i + 1]! += byAccountStart[i]!;
  const byAccount = scratchInt32('influence.lead.byAccount', byAccountStart[n]!);
  const fill = byAccountStart.slice(0, n);
  for (let c = 0; c < total; c++) if (adoptAccount[c]! < n) byAccount[fill[adoptAccount[c]!]!++] = c;
  // Lead edges (millions per window at 1M posts) in scratch buffers, reused across windows.
  const node = scratchInt32('influence.lead.node', credits);
  const weight = scratchFloat64('influence.lead.weight', credits);
  const outStart = new Int32Array(n + 1);
  const leadFollowers = new Float64Array(n);
  const slot = new Int32Array(n).fill(-1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const rowFirst = m;
    let followers = 0;
    for (let q = byAccountStart[i]!; q < byAccountStart[i + 1]!; q++) {
      const c = byAccount[q]!;
      for (let k = tieEnd[c]!; k < total && evFrom[k]! <= c; k++) {
        const credit = evCredit[k]!;
        if (credit === 0) continue;
        followers += credit;
        const j = adoptAccount[k]!;
        const at = slot[j]!;
        if (at >= rowFirst) weight[at]! += credit;
        else {
          slot[j] = m;
          node[m] = j;
          weight[m++] = credit;
        }
      }
    }
    leadFollowers[i] = followers;
    outStart[i + 1] = m;
  }
  return {
    outStart,
    outNode: node.subarray(0, m),
    outWeight: weight.subarray(0, m),
    leadFollowers,
    firstMoverHashtags: adopters.firstMoverHashtags,
    hashtagDegree: adopters.hashtagDegree,
    creditedAdoptions: credited,
  };
}
