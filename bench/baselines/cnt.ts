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
  const { account, post } = occ;
  const n = occ.accountNames.length;
  // (post of A, account B) pairs, each counted once however many hashtags or posts of B match.
  const postMatchedBy = new Set<number>();
  forEachClosePair(occ, settings.maxLagMs, null, (i, j) => {
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
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const inEdge = new Uint8Array(n);
  let kept = 0;
  for (const [edge, w] of weights) {
    if (w < minWeight) continue;
    kept++;
    const a = Math.floor(edge / n);
    const b = edge % n;
    inEdge[a] = 1;
    inEdge[b] = 1;
    const ra = find(parent, a);
    const rb = find(parent, b);
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
  return { groups: groupsFromLists([...components.values()], settings.minGroupSize ?? 3), edges: weights.size, keptEdges: kept };
}
