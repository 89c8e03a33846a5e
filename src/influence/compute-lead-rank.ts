/**
 * leadRank (METRICS.md §2.8): PageRank on the REVERSED lead graph, so that rank flows from
 * followers to the accounts that led them (Page et al. 1999). Two engines run the same algorithm:
 * - `'graphology'`: graphology-metrics `centrality/pagerank` on a DirectedGraph built from G_lead;
 * - `'typed-arrays'` (default): the same power iteration — start 1/n, weights normalised by the
 *   weighted out-degree, dangling rank α·Σx_dangling spread uniformly, converged when
 *   Σ|x' − x| < n·tolerance — pulled over the lead CSR without building a graphology graph
 *   (building one costs ~30 µs per edge; the lead graph of a 25k-post window has ~10⁵ edges).
 *   Rows are pulled four at a time with independent sums (see `pull`), each row still summed in
 *   CSR order, so the ranks are bit for bit those of a plain row-by-row loop.
 *   Tests check it against the graphology engine and against the plain loop.
 * Both fail when the iteration budget is exhausted: we retry once with 10× the budget and
 * otherwise report `leadRank: null` with the reason.
 */
import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { LeadGraph } from './lead-graph.js';
import type { LeadRankStatus } from './types.js';

/** PageRank settings. */
export interface LeadRankSettings {
  readonly engine: 'typed-arrays' | 'graphology';
  readonly alpha: number;
  readonly maxIterations: number;
  readonly tolerance: number;
}

/** Result: ranks by account id (null when not converged). */
export interface LeadRankResult {
  readonly rank: Float64Array | null;
  readonly status: LeadRankStatus;
  readonly reason: string | null;
}

/**
 * Run PageRank on the reversed lead graph.
 * @param accounts names of the window accounts (ids 0 … n−1).
 */
export function computeLeadRank(accounts: readonly string[], lead: LeadGraph, settings: LeadRankSettings): LeadRankResult {
  const n = lead.outStart.length - 1;
  if (n === 0) return { rank: new Float64Array(0), status: 'converged', reason: null };
  const run = settings.engine === 'graphology' ? graphologyRunner(accounts, lead, settings) : typedRunner(lead, settings);
  const budgets = [settings.maxIterations, settings.maxIterations * 10];
  for (let attempt = 0; attempt < budgets.length; attempt++) {
    const rank = run(budgets[attempt]!);
    if (rank !== null) return { rank, status: attempt === 0 ? 'converged' : 'converged-after-retry', reason: null };
  }
  return {
    rank: null,
    status: 'not-converged',
    reason: `pagerank-not-converged: no convergence within ${budgets[1]} iterations at tolerance ${settings.tolerance}`,
  };
}

type Runner = (maxIterations: number) => Float64Array | null;

function graphologyRunner(accounts: readonly string[], lead: LeadGraph, settings: LeadRankSettings): Runner {
  const n = lead.outStart.length - 1;
  const graph = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < n; i++) graph.addNode(accounts[i]!);
  for (let i = 0; i < n; i++) {
    for (let k = lead.outStart[i]!; k < lead.outStart[i + 1]!; k++) {
      // i led j with weight ℓ_ij → reversed edge j → i
      graph.addDirectedEdge(accounts[lead.outNode[k]!]!, accounts[i]!, { weight: lead.outWeight[k]! });
    }
  }
  return (maxIterations) => {
    try {
      const ranks = pagerank(graph, { getEdgeWeight: 'weight', alpha: settings.alpha, maxIterations, tolerance: settings.tolerance });
      return Float64Array.from({ length: n }, (_, i) => ranks[accounts[i]!] ?? 0);
    } catch (error) {
      if (error instanceof Error && /converge/.test(error.message)) return null;
      throw error;
    }
  };
}

/**
 * Rows of the CSR ordered by length (counting sort, shortest first), so that rows processed side
 * by side have about the same length.
 */
function rowsByLength(outStart: Int32Array): Int32Array {
  const n = outStart.length - 1;
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, outStart[i + 1]! - outStart[i]!);
  const at = new Int32Array(longest + 2);
  for (let i = 0; i < n; i++) at[outStart[i + 1]! - outStart[i]! + 1]!++;
  for (let l = 0; l <= longest; l++) at[l + 1]! += at[l]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[at[outStart[i + 1]! - outStart[i]!]!++] = i;
  return order;
}

/**
 * One pull of the power iteration: next[i] = base + α·Σ_k share[outNode[k]]·outWeight[k] over row
 * i, each row summed in its CSR order. Rows are taken four at a time (similar lengths, see
 * {@link rowsByLength}) with four running sums: each sum is a chain of dependent additions, and
 * four independent chains keep the floating-point adder busy; the order of additions within a
 * row, hence every bit of the result, is that of a plain row-by-row loop.
 */
function pull(
  outStart: Int32Array, outNode: Int32Array, outWeight: Float64Array, order: Int32Array,
  share: Float64Array, base: number, alpha: number, next: Float64Array,
): void {
  const n = order.length;
  let q = 0;
  for (; q + 4 <= n; q += 4) {
    const i0 = order[q]!;
    const i1 = order[q + 1]!;
    const i2 = order[q + 2]!;
    const i3 = order[q + 3]!;
    let k0 = outStart[i0]!;
    let k1 = outStart[i1]!;
    let k2 = outStart[i2]!;
    let k3 = outStart[i3]!;
    const e0 = outStart[i0 + 1]!;
    const e1 = outStart[i1 + 1]!;
    const e2 = outStart[i2 + 1]!;
    const e3 = outStart[i3 + 1]!;
    // rows in length order: row i0 is the shortest of the four
    const common = e0 - k0;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let t = 0; t < common; t++) {
      s0 += share[outNode[k0 + t]!]! * outWeight[k0 + t]!;
      s1 += share[outNode[k1 + t]!]! * outWeight[k1 + t]!;
      s2 += share[outNode[k2 + t]!]! * outWeight[k2 + t]!;
      s3 += share[outNode[k3 + t]!]! * outWeight[k3 + t]!;
    }
    k1 += common;
    k2 += common;
    k3 += common;
    for (; k1 < e1; k1++) s1 += share[outNode[k1]!]! * outWeight[k1]!;
    for (; k2 < e2; k2++) s2 += share[outNode[k2]!]! * outWeight[k2]!;
    for (; k3 < e3; k3++) s3 += share[outNode[k3]!]! * outWeight[k3]!;
    next[i0] = base + alpha * s0;
    next[i1] = base + alpha * s1;
    next[i2] = base + alpha * s2;
    next[i3] = base + alpha * s3;
  }
  for (; q < n; q++) {
    const i = order[q]!;
    let sum = 0;
    const end = outStart[i + 1]!;
    for (let k = outStart[i]!; k < end; k++) sum += share[outNode[k]!]! * outWeight[k]!;
    next[i] = base + alpha * sum;
  }
}

function typedRunner(lead: LeadGraph, settings: LeadRankSettings): Runner {
  // CSR arrays in locals: the inner loop then reads typed arrays only (property loads of `lead`
  // inside it were not hoisted and cost more than the arithmetic).
  const { outStart, outNode, outWeight } = lead;
  const n = outStart.length - 1;
  const m = outNode.length;
  // out-weight of j in the reversed graph = Σ_i ℓ_ij (credit j received)
  const received = new Float64Array(n);
  for (let k = 0; k < m; k++) received[outNode[k]!]! += outWeight[k]!;
  let danglingCount = 0;
  for (let j = 0; j < n; j++) if (received[j] === 0) danglingCount++;
  const dangling = new Int32Array(danglingCount);
  for (let j = 0, d = 0; j < n; j++) if (received[j] === 0) dangling[d++] = j;
  const order = rowsByLength(outStart);
  const { alpha, tolerance } = settings;
  const p = 1 / n;
  return (maxIterations) => {
    let x = new Float64Array(n).fill(p);
    let next = new Float64Array(n);
    // x_j / received_j once per node and iteration, so the edge loop multiplies instead of
    // dividing (millions of lead edges per window at 1M posts).
    const share = new Float64Array(n);
    for (let iteration = 0; iteration < maxIterations; iteration++) {
      let dangleSum = 0;
      for (let d = 0; d < danglingCount; d++) dangleSum += x[dangling[d]!]!;
      const base = alpha * dangleSum * p + (1 - alpha) * p;
      for (let j = 0; j < n; j++) share[j] = received[j] === 0 ? 0 : x[j]! / received[j]!;
      pull(outStart, outNode, outWeight, order, share, base, alpha, next);
      let error = 0;
      for (let i = 0; i < n; i++) error += Math.abs(next[i]! - x[i]!);
      const previous = x;
      x = next;
      next = previous;
      if (error < n * tolerance) return x;
    }
    return null;
  };
}
