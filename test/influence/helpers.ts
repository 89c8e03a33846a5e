/**
 * Fixture builders for the influence tests: posts, windows and hand-made account graphs.
 */
import { UndirectedGraph } from 'graphology';
import type { Post } from 'hashtag-swarms';
import type { AccountEdge, AccountEdgeStats, AccountGraphResult, AccountNodeAttributes } from 'hashtag-swarms/graph';
import type { Window } from 'hashtag-swarms/windows';

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

let counter = 0;

/** A post; `id` defaults to a fresh one. */
export function post(account: string, timeMs: number, hashtags: readonly string[], extra: Partial<Post> = {}): Post {
  counter++;
  return { id: extra.id ?? `p${counter}`, account, timeMs, hashtags, ...extra };
}

/** A window over [startMs, endMs) holding `posts` sorted by (time, id). */
export function windowOf(posts: readonly Post[], startMs = 0, endMs = DAY): Window {
  const sorted = [...posts].sort((a, b) => a.timeMs - b.timeMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { index: 0, startMs, endMs, posts: sorted };
}

/** A hand-made AccountGraphResult with kept edges [source, target, weight]. */
export function handGraph(edges: readonly (readonly [string, string, number])[], maxLagMs = MIN): AccountGraphResult {
  const graph = new UndirectedGraph<AccountNodeAttributes, AccountEdgeStats>();
  const list: AccountEdge[] = [];
  for (const [a, b, w] of edges) {
    const [source, target] = a < b ? [a, b] : [b, a];
    for (const n of [source, target]) if (!graph.hasNode(n)) graph.addNode(n, { posts: 0, hashtags: 0 });
    const stats: AccountEdgeStats = {
      weight: w, coCount: 2, episodes: 2, sharedHashtags: 2, edgeSymmetry: 1, meanLagMs: 0,
      leadSourceToTarget: 1, leadTargetToSource: 1, expected: 0, excess: w, pValue: 0, kept: true,
    };
    graph.addEdge(source, target, stats);
    list.push({ source, target, ...stats });
  }
  list.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
  return {
    status: list.length > 0 ? 'analyzed' : 'skipped',
    ...(list.length > 0 ? {} : { reason: 'no-edges' as const }),
    graph,
    edges: list,
    maxLagMs,
    crowdPost: new Uint8Array(0),
    diagnostics: {
      posts: 0, accounts: 0, hashtags: 0, candidatePairs: 0, closePairs: 0, testedEdges: list.length,
      keptEdges: list.length, crowdPosts: 0, repostPosts: 0, crowdByHashtag: [], elapsedMs: 0,
    },
  };
}
