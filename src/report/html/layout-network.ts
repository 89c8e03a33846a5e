/**
 * Deterministic layout of the HTML report's network view: ForceAtlas2
 * (Jacomy et al. 2014, PLoS ONE 9(6): e98679) from graphology-layout-forceatlas2,
 * run for a fixed number of iterations from seeded initial positions — each
 * swarm starts on its own spot of a circle, members jittered by a seeded rng —
 * so the same report always gets the same picture.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { createRng } from '../../_lib/rng.js';

/** A node to place: its id and the index of its group (swarm), or -1. */
export interface LayoutNode {
  readonly id: string;
  readonly group: number;
}

/** A weighted edge between two node ids. */
export interface LayoutEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** Fixed ForceAtlas2 iterations (small graphs converge well before). */
export const LAYOUT_ITERATIONS = 150;

/**
 * Place the nodes with ForceAtlas2.
 * @param nodes nodes with their group.
 * @param edges weighted edges (unknown ids and self-loops are ignored).
 * @param seed seed of the initial positions.
 * @returns id → `[x, y]`, rounded to 3 decimals.
 */
export function layoutNetwork(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], seed = 1): Map<string, [number, number]> {
  const graph = new Graph({ type: 'undirected' });
  const rng = createRng(seed);
  const groups = Math.max(1, new Set(nodes.map((n) => n.group)).size);
  const radius = 10 * Math.sqrt(groups);
  for (const n of nodes) {
    const angle = (2 * Math.PI * (n.group < 0 ? groups : n.group)) / (groups + 1);
    graph.addNode(n.id, { x: radius * Math.cos(angle) + rng.next() * 4 - 2, y: radius * Math.sin(angle) + rng.next() * 4 - 2 });
  }
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    graph.addEdge(e.source, e.target, { weight: Math.max(e.weight, 1e-6) });
  }
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false };
    forceAtlas2.assign(graph, { iterations: LAYOUT_ITERATIONS, settings, getEdgeWeight: 'weight' });
  }
  const out = new Map<string, [number, number]>();
  graph.forEachNode((id, a) => {
    out.set(id, [Math.round((a['x'] as number) * 1000) / 1000, Math.round((a['y'] as number) * 1000) / 1000]);
  });
  return out;
}
