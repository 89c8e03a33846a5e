/**
 * leadRank (METRICS.md §2.8): PageRank on the REVERSED lead graph, so that rank flows from
 * followers to the accounts that led them (Page et al. 1999). Two engines run the same algorithm:
 * - `'graphology'`: graphology-metrics `centrality/pagerank` on a DirectedGraph built from G_lead;
 * - `'typed-arrays'` (default): the same power iteration — start 1/n, weights normalised by the
 *   weighted out-degree, dangling rank α·Σx_dangling spread uniformly, converged when
 *   Σ|x' − x| < n·tolerance — pulled over the lead CSR without building a graphology graph
 *   (building one costs ~30 µs per edge; the lead graph of a 25k-post window has ~10⁵ edges).
 *   Tests check it against the graphology engine.
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
      let error = 0;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        const end = outStart[i + 1]!;
        for (let k = outStart[i]!; k < end; k++) sum += share[outNode[k]!]! * outWeight[k]!;
        const value = base + alpha * sum;
        next[i] = value;
        error += Math.abs(value - x[i]!);
      }
      const previous = x;
      x = next;
      next = previous;
      if (error < n * tolerance) return x;
    }
    return null;
  };
}
