/**
 * A community that is two groups joined through one account: Louvain at a low resolution puts
 * two swarms that share a member into one community (the shared account has edges into both),
 * while the pieces of one operation with rotating rosters are tied by many edges. A cut vertex
 * (articulation point) of the community's kept-edge graph whose removal leaves at least two
 * parts of the minimum swarm size is that one account: {@link splitAtCutVertex} returns those
 * parts, the cut account joined to the part it shares most edge weight with (and the smaller
 * leftovers, which hang on it, with it), so the split is a partition of the community (no
 * account dropped).
 */
import type Graph from 'graphology';
import { compareStrings } from '../_lib/compare.js';

/**
 * The parts of `members` at their first cut vertex (in member order) that separates two or more
 * parts of at least `minSize` accounts; `[]` when there is none.
 * @param graph the kept-edge account graph (weights in the `weight` attribute).
 * @param members the community, sorted.
 * @param minSize the minimum swarm size.
 * @returns the parts, each sorted, largest first; or none.
 */
export function splitAtCutVertex(graph: Graph, members: readonly string[], minSize: number): string[][] {
  const n = members.length;
  if (n < 2 * minSize + 1) return [];
  const id = new Map(members.map((m, i) => [m, i]));
  // Adjacency inside the community, with each neighbour's edge weight at the same position.
  const adj: number[][] = members.map(() => []);
  const adjWeight: number[][] = members.map(() => []);
  members.forEach((m, i) => {
    if (!graph.hasNode(m)) return;
    graph.forEachEdge(m, (_e, attrs, source, target) => {
      const j = id.get(source === m ? target : source);
      if (j === undefined || j === i) return;
      adj[i]!.push(j);
      adjWeight[i]!.push((attrs as { weight?: number }).weight ?? 1);
    });
  });
  for (const cut of cutVertices(adj)) {
    const parts = componentsWithout(adj, cut);
    const big = parts.filter((p) => p.length >= minSize);
    if (big.length < 2) continue;
    const pieces = big.map((p) => [...p]);
    const pieceOf = new Int32Array(n).fill(-1);
    pieces.forEach((p, k) => { for (const x of p) pieceOf[x] = k; });
    // The cut account joins the part it has the most edge weight to, and every small leftover
    // (attached only through it) goes with it.
    const pull = new Float64Array(pieces.length);
    adj[cut]!.forEach((y, k) => { if (pieceOf[y]! >= 0) pull[pieceOf[y]!]! += adjWeight[cut]![k]!; });
    let home = 0;
    for (let k = 1; k < pull.length; k++) if (pull[k]! > pull[home]!) home = k;
    pieces[home]!.push(cut);
    pieceOf[cut] = home;
    for (const p of parts) if (p.length < minSize) for (const x of p) { pieces[home]!.push(x); pieceOf[x] = home; }
    return pieces
      .map((p) => p.map((x) => members[x]!).sort(compareStrings))
      .sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  }
  return [];
}

/** Articulation points of an undirected graph (Hopcroft–Tarjan, iterative), ascending. */
export function cutVertices(adj: readonly (readonly number[])[]): number[] {
  const n = adj.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const isCut = new Uint8Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    const stack: [number, number][] = [[root, 0]];
    disc[root] = low[root] = time++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, k] = top;
      if (k < adj[v]!.length) {
        top[1]++;
        const w = adj[v]![k]!;
        if (disc[w] === -1) {
          parent[w] = v;
          if (v === root) rootChildren++;
          disc[w] = low[w] = time++;
          stack.push([w, 0]);
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, disc[w]!);
      } else {
        stack.pop();
        const p = parent[v]!;
        if (p >= 0) {
          low[p] = Math.min(low[p]!, low[v]!);
          if (p !== root && low[v]! >= disc[p]!) isCut[p] = 1;
        }
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const out: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v] === 1) out.push(v);
  return out;
}

/** Connected components of the graph without vertex `cut`. */
function componentsWithout(adj: readonly (readonly number[])[], cut: number): number[][] {
  const n = adj.length;
  const seen = new Uint8Array(n);
  seen[cut] = 1;
  const parts: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s] === 1) continue;
    const part = [s];
    seen[s] = 1;
    for (let k = 0; k < part.length; k++) {
      for (const y of adj[part[k]!]!) {
        if (seen[y] === 0) {
          seen[y] = 1;
          part.push(y);
        }
      }
    }
    parts.push(part);
  }
  return parts;
}
