/**
 * Group centralities (Everett & Borgatti 1999; Borgatti 2006 KPP-Pos; METRICS.md §3.1), with
 * V = the window accounts and S the group:
 *   groupDegreeCentrality  = |N(S) ∖ S| / (|V| − |S|)               on the kept account edges
 *   groupHarmonicCloseness = (1/(|V| − |S|)) Σ_{v∉S} 1/d(v, S)      hop distance, 1/∞ = 0
 *   groupLeadReach         = |N_out(S) ∖ S| / (|V| − |S|)           on the lead graph (out-edges)
 * d(v, S) comes from one multi-source BFS: O(|V| + |E|) per group. Null when |V| = |S|.
 * With `universe` (a swarm that contains the group, e.g. a member scored alone), counts and
 * denominators are over V ∖ universe instead of V ∖ S, so a member alone and its swarm are
 * measured on the same outsiders and the swarm's value is never below its member's.
 */
import type { InfluenceGroupData } from './group-data.js';
import type { LeadGraph } from './lead-graph.js';
import type { WindowContext } from './window-context.js';

/** Group centralities of a group. */
export interface CentralityScores {
  readonly groupDegreeCentrality: number | null;
  readonly groupHarmonicCloseness: number | null;
  readonly groupLeadReach: number | null;
}

/** Compute the group centralities of a group. */
export function scoreGroupCentrality(ctx: WindowContext, lead: LeadGraph, group: InfluenceGroupData, universe: InfluenceGroupData = group): CentralityScores {
  const n = ctx.n;
  const inside = universe.mask;
  const outside = n - universe.members.length;
  if (outside <= 0) return { groupDegreeCentrality: null, groupHarmonicCloseness: null, groupLeadReach: null };
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (const a of group.members) {
    dist[a] = 0;
    queue[tail++] = a;
  }
  let neighbours = 0;
  let harmonic = 0;
  while (head < tail) {
    const u = queue[head++]!;
    for (let k = ctx.adjStart[u]!; k < ctx.adjStart[u + 1]!; k++) {
      const v = ctx.adjNode[k]!;
      if (dist[v] !== -1) continue;
      dist[v] = dist[u]! + 1;
      queue[tail++] = v;
      if (inside[v] === 1) continue;
      if (dist[v] === 1) neighbours++;
      harmonic += 1 / dist[v]!;
    }
  }
  const reached = new Uint8Array(n);
  let leadReach = 0;
  for (const a of group.members) {
    for (let k = lead.outStart[a]!; k < lead.outStart[a + 1]!; k++) {
      const v = lead.outNode[k]!;
      if (inside[v] === 1 || reached[v] === 1) continue;
      reached[v] = 1;
      leadReach++;
    }
  }
  return {
    groupDegreeCentrality: neighbours / outside,
    groupHarmonicCloseness: harmonic / outside,
    groupLeadReach: leadReach / outside,
  };
}
