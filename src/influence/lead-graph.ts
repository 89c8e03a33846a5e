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
 * Cost O(Σ_h N_h + adoptions · maxLeaders); edges are merged by a counting sort, no comparison sort.
 */
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

/** Build G_lead and the per-account leadership counts. */
export function buildLeadGraph(ctx: WindowContext, tauMs: number, maxLeaders: number, quantile: number): LeadGraph {
  const { n, occStart, occTime, occAccount, occPost, windowPosts, startMs } = ctx;
  const seen = new Int32Array(ctx.accounts.length).fill(-1);
  const usedInWindow = new Int32Array(ctx.accounts.length).fill(-1);
  const hashtagDegree = new Int32Array(n);
  const firstMoverHashtags = new Int32Array(n);
  const leadFollowers = new Float64Array(n);
  const edges = new EdgeBuffer();
  const advAcc: number[] = [];
  const advTime: number[] = [];
  let creditedAdoptions = 0;
  for (let h = 0; h < occStart.length - 1; h++) {
    advAcc.length = 0;
    advTime.length = 0;
    for (let r = occStart[h]!; r < occStart[h + 1]!; r++) {
      const a = occAccount[r]!;
      if (occPost[r]! < windowPosts && usedInWindow[a] !== h) {
        usedInWindow[a] = h;
        hashtagDegree[a]!++;
      }
      if (seen[a] === h) continue;
      seen[a] = h;
      advAcc.push(a);
      advTime.push(occTime[r]!);
    }
    // first movers among U_h (adopters that also post h in the window), competition rank
    let users = 0;
    for (const a of advAcc) if (usedInWindow[a] === h) users++;
    const cutoff = Math.ceil(quantile * users);
    let rank = 0;
    let counted = 0;
    let prevTime = Number.NaN;
    for (let k = 0; k < advAcc.length; k++) {
      const a = advAcc[k]!;
      if (usedInWindow[a] !== h) continue;
      counted++;
      if (advTime[k] !== prevTime) rank = counted;
      prevTime = advTime[k]!;
      if (rank <= cutoff) firstMoverHashtags[a]!++;
    }
    // lead edges
    let lo = 0;
    let tieStart = 0;
    for (let k = 0; k < advAcc.length; k++) {
      const t = advTime[k]!;
      if (k > 0 && t !== advTime[k - 1]) tieStart = k;
      if (t < startMs) continue;
      while (advTime[lo]! < t - tauMs) lo++;
      const from = Math.max(lo, tieStart - maxLeaders);
      const count = tieStart - from;
      if (count <= 0) continue;
      creditedAdoptions++;
      const credit = 1 / count;
      const j = advAcc[k]!;
      for (let c = from; c < tieStart; c++) {
        const i = advAcc[c]!;
        if (i >= n) continue;
        edges.push(i, j, credit);
        leadFollowers[i]! += credit;
      }
    }
  }
  return { ...mergeEdges(n, edges), leadFollowers, firstMoverHashtags, hashtagDegree, creditedAdoptions };
}

/** Growable typed buffer of (source, target, weight) triples. */
class EdgeBuffer {
  length = 0;
  src = new Int32Array(1024);
  dst = new Int32Array(1024);
  wt = new Float64Array(1024);

  push(i: number, j: number, w: number): void {
    if (this.length === this.src.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.src = grow(this.src);
      this.dst = grow(this.dst);
      this.wt = grow(this.wt);
    }
    this.src[this.length] = i;
    this.dst[this.length] = j;
    this.wt[this.length++] = w;
  }
}

/** Counting sort by source, then merge repeated targets of a source (first-seen order kept). */
function mergeEdges(n: number, edges: EdgeBuffer) {
  const { src, dst, wt, length } = edges;
  const counts = new Int32Array(n + 1);
  for (let k = 0; k < length; k++) counts[src[k]! + 1]!++;
  for (let i = 0; i < n; i++) counts[i + 1]! += counts[i]!;
  const fill = counts.slice(0, n);
  const rawNode = new Int32Array(length);
  const rawWeight = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    const at = fill[src[k]!]!++;
    rawNode[at] = dst[k]!;
    rawWeight[at] = wt[k]!;
  }
  const outStart = new Int32Array(n + 1);
  const outNode = new Int32Array(length);
  const outWeight = new Float64Array(length);
  const slot = new Int32Array(n).fill(-1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const rowStart = m;
    for (let k = counts[i]!; k < counts[i + 1]!; k++) {
      const j = rawNode[k]!;
      const at = slot[j]!;
      if (at >= rowStart) outWeight[at]! += rawWeight[k]!;
      else {
        slot[j] = m;
        outNode[m] = j;
        outWeight[m++] = rawWeight[k]!;
      }
    }
    outStart[i + 1] = m;
  }
  return { outStart, outNode: outNode.slice(0, m), outWeight: outWeight.slice(0, m) };
}
