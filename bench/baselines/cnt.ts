/**
 * Coordination Network Toolkit-style detection (QUT DMRC, `compute_networks.py`), with the
 * hashtag as the shared object: a directed edge A → B weighs the number of distinct posts of A
 * that have a post of B on one of their hashtags within ±Δt (`count(distinct e_1.message_id)`),
 * self-pairs excluded; edges with weight ≥ `min_edge_weight` (2) are kept; groups are the
 * weakly connected components of the kept edges with ≥ 3 accounts.
 */
import type { Occurrences } from '../lib/occurrences.js';
import { forEachClosePair } from './sweep.js';
import { groupsFromLists, type Group } from './louvain-groups.js';

/** Settings of {@link cnt}. */
export interface CntSettings {
  /** Δt in ms (the toolkit's `time_window`, default 60 s). */
  readonly maxLagMs: number;
  readonly minEdgeWeight?: number;
  readonly minGroupSize?: number;
}

/** What {@link cnt} found. */
export interface CntResult {
  readonly groups: Group[];
  /** Directed edges with weight ≥ 1 and ≥ `minEdgeWeight`. */
  readonly edges: number;
  readonly keptEdges: number;
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

/**
 * Run the CNT-style pipeline.
 * @param occ interned rows sorted by (hashtag, time)
 * @param settings Δt and thresholds
 * @returns groups and edge counts
 * @example
 * cnt(occ, { maxLagMs: 60_000 }).groups;
 */
export function cnt(occ: Occurrences, settings: CntSettings): CntResult {
  const minWeight = settings.minEdgeWeight ?? 2;
  const n = occ.accountNames.length;
  const edges = cntWeights(occ, settings.maxLagMs);
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const inEdge = new Uint8Array(n);
  let kept = 0;
  for (const { from, to, weight } of edges) {
    if (weight < minWeight) continue;
    kept++;
    inEdge[from] = 1;
    inEdge[to] = 1;
    const ra = find(parent, from);
    const rb = find(parent, to);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const components = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    if (inEdge[i] === 0) continue;
    const r = find(parent, i);
    let list = components.get(r);
    if (list === undefined) components.set(r, (list = []));
    list.push(occ.accountNames[i]!);
  }
  return { groups: groupsFromLists([...components.values()], settings.minGroupSize ?? 3), edges: edges.length, keptEdges: kept };
}

/** A directed CNT edge: `weight` posts of `from` matched by `to`. */
export interface DirectedEdge {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

/**
 * Directed weights: for each account pair (A, B), A ≠ B, the number of distinct posts of A with a
 * post of B on a shared hashtag within ±Δt.
 * @param occ interned rows sorted by (hashtag, time)
 * @param maxLagMs Δt in ms (inclusive)
 * @returns every edge with weight ≥ 1
 * @example
 * cntWeights(occ, 60_000).length;
 */
export function cntWeights(occ: Occurrences, maxLagMs: number): DirectedEdge[] {
  const { account, post } = occ;
  const n = occ.accountNames.length;
  // (post of A, account B) pairs, each counted once however many hashtags or posts of B match.
  const postMatchedBy = new Set<number>();
  forEachClosePair(occ, maxLagMs, null, (i, j) => {
    const a = account[i]!;
    const b = account[j]!;
    if (a === b) return;
    postMatchedBy.add(post[i]! * n + b);
    postMatchedBy.add(post[j]! * n + a);
  });
  const postAccount = new Int32Array(occ.posts);
  for (let r = 0; r < occ.rows; r++) postAccount[post[r]!] = account[r]!;
  const weights = new Map<number, number>();
  for (const key of postMatchedBy) {
    const b = key % n;
    const a = postAccount[Math.floor(key / n)]!;
    const edge = a * n + b;
    weights.set(edge, (weights.get(edge) ?? 0) + 1);
  }
  const edges: DirectedEdge[] = [];
  for (const [edge, weight] of weights) edges.push({ from: Math.floor(edge / n), to: edge % n, weight });
  return edges;
}
