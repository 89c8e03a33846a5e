/**
 * Hand-made window for the swarms tests: two planted swarms, one organic news
 * crowd and organic background accounts, with an account graph built by hand
 * (cliques on the planted groups and on the crowd, plus a few weak edges).
 */
import { UndirectedGraph } from 'graphology';
import { createRng } from '../../src/_lib/rng.js';
import type { AccountEdge, AccountEdgeStats, AccountGraphResult, AccountNodeAttributes } from '../../src/graph/index.js';
import type { Post } from '../../src/ingest/index.js';
import type { Window } from '../../src/windows/index.js';

export const HOUR = 3_600_000;
export const START = Date.UTC(2024, 0, 1);

export const SWARM_A = ['a1', 'a2', 'a3', 'a4', 'a5'];
export const SWARM_B = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
export const WEAK_MEMBER = 'a6';
export const CROWD = ['n01', 'n02', 'n03', 'n04', 'n05', 'n06', 'n07', 'n08'];

/** Posts of the fixture window (sorted by time, id). */
export function fixturePosts(seed = 1): Post[] {
  const rng = createRng(seed);
  const posts: Post[] = [];
  let id = 0;
  const add = (account: string, timeMs: number, hashtags: string[]): void => {
    posts.push({ id: `p${String(id++).padStart(5, '0')}`, account, timeMs: Math.round(timeMs), hashtags });
  };
  // Swarm A: owned #opa (+ #news sometimes), 6 bursts, members within 20 s.
  for (let b = 0; b < 6; b++) {
    const t0 = START + (1 + 3.7 * b) * HOUR;
    for (const a of SWARM_A) add(a, t0 + rng.next() * 20_000, b % 2 === 0 ? ['opa', 'news'] : ['opa']);
    // a6 joins every other burst: too weak for a kept edge, found by growth.
    if (b % 2 === 0) add(WEAK_MEMBER, t0 + rng.next() * 20_000, ['opa']);
  }
  // Swarm B: popular #music only, 5 bursts, members within 30 s.
  for (let b = 0; b < 5; b++) {
    const t0 = START + (2.3 + 4.1 * b) * HOUR;
    for (const a of SWARM_B) add(a, t0 + rng.next() * 30_000, ['music']);
  }
  // Organic background: 40 accounts, 8 posts each at random times (#news is
  // used only in the shocks, so its volume is shock-shaped).
  const tags = ['music', 'daily', 'food', 'sport'];
  for (let i = 0; i < 40; i++) {
    const account = `o${String(i).padStart(2, '0')}`;
    for (let k = 0; k < 8; k++) add(account, START + rng.next() * 24 * HOUR, [tags[rng.int(tags.length)]!]);
  }
  // Two news shocks on #news: the crowd (which the graph links) and 40 other
  // accounts post within 2 minutes: synchronous, but explained by the hashtag's profile.
  for (const shock of [6.5, 15.2]) {
    const t0 = START + shock * HOUR;
    for (const a of CROWD) add(a, t0 + rng.next() * 120_000, ['news']);
    for (let i = 0; i < 40; i++) add(`s${String(i).padStart(2, '0')}`, t0 + rng.next() * 120_000, ['news']);
  }
  return posts.sort((x, y) => x.timeMs - y.timeMs || (x.id < y.id ? -1 : 1));
}

export function fixtureWindow(posts: readonly Post[] = fixturePosts(), index = 0): Window {
  return { index, startMs: START + index * 6 * HOUR, endMs: START + index * 6 * HOUR + 24 * HOUR, posts };
}

function stats(weight: number): AccountEdgeStats {
  return {
    weight, coCount: weight, episodes: weight, sharedHashtags: 1, edgeSymmetry: 1, meanLagMs: 10_000,
    leadSourceToTarget: weight / 2, leadTargetToSource: weight / 2, expected: 0.01, excess: weight, pValue: 1e-6, kept: true,
  };
}

/** A weighted undirected graph of the given edges (`weight` attribute), nodes in first-seen order. */
export function graphOf(edges: readonly (readonly [string, string, number])[]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [a, b, w] of edges) {
    g.mergeNode(a);
    g.mergeNode(b);
    g.mergeEdge(a, b, { weight: w });
  }
  return g;
}

/** An AccountGraphResult with the given weighted edges (nodes and edges inserted in the given order). */
export function handGraph(window: Window, edges: readonly (readonly [string, string, number])[], maxLagMs = 60_000): AccountGraphResult {
  const graph = new UndirectedGraph<AccountNodeAttributes, AccountEdgeStats>();
  const list: AccountEdge[] = [];
  for (const [x, y, w] of edges) {
    const [s, t] = x < y ? [x, y] : [y, x];
    for (const n of [s, t]) if (!graph.hasNode(n)) graph.addNode(n, { posts: 1, hashtags: 1 });
    graph.addEdge(s, t, stats(w));
    list.push({ source: s, target: t, ...stats(w) });
  }
  list.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return {
    status: 'analyzed', graph, edges: list, maxLagMs, crowdPost: new Uint8Array(window.posts.length),
    diagnostics: { posts: window.posts.length, accounts: 0, hashtags: 0, candidatePairs: 0, closePairs: 0, testedEdges: list.length, keptEdges: list.length, crowdPosts: 0, repostPosts: 0, crowdByHashtag: [], elapsedMs: 0 },
  };
}

export function clique(members: readonly string[], weight: number): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) out.push([members[i]!, members[j]!, weight]);
  return out;
}

/** The fixture's edges: the two swarms, the crowd, two weak bridges between them. */
export function fixtureEdges(): [string, string, number][] {
  return [...clique(SWARM_A, 5), ...clique(SWARM_B, 4), ...clique(CROWD, 1.5), ['a1', 'b1', 0.5], ['b2', 'n01', 0.3]];
}
