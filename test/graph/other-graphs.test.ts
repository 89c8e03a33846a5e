import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import { buildBipartiteGraph, buildHashtagGraph, estimateMaxLag } from '../../src/graph/index.js';
import type { Post } from '../../src/ingest/index.js';
import { post, windowOf } from './helpers.js';

describe('estimateMaxLag', () => {
  it('returns the median time to half the uses of the quickest 10 % of hashtags (CooRnet)', () => {
    const posts: Post[] = [];
    // Hashtag k is used a second time (k + 1) s after its first use.
    for (let k = 0; k < 20; k++) {
      posts.push(post(`f${k}`, 'a', 0, [`h${k}`]), post(`s${k}`, 'b', (k + 1) * 1000, [`h${k}`]));
    }
    // h0: uses at 0, 1, 5, 9 s → the 3rd of 4 uses at 5 s; h1: 0, 2, 3, 7, 8 s → 3rd of 5 at 3 s.
    posts.push(post('x1', 'c', 5000, ['h0']), post('x2', 'c', 9000, ['h0']));
    posts.push(post('y1', 'c', 3000, ['h1']), post('y2', 'c', 7000, ['h1']), post('y3', 'c', 8000, ['h1']));
    const estimate = estimateMaxLag(posts);
    // The 10 % quantile of 1…20 s is 2.9 s: h0 and h1 are the quickest; median(5 s, 3 s) = 4 s.
    expect(estimate).toEqual({ maxLagMs: 4000, rawMs: 4000, hashtags: 20, fastHashtags: 2, fallback: false });
  });

  it('returns the 60 s default when no hashtag is used twice, and clamps to [1 s, 1 h]', () => {
    expect(estimateMaxLag([post('1', 'a', 0, ['x']), post('2', 'b', 0, ['y'])])).toMatchObject({ maxLagMs: 60_000, fallback: true });
    expect(estimateMaxLag([post('1', 'a', 0, ['x']), post('2', 'b', 0, ['x'])])).toMatchObject({ maxLagMs: 1000, rawMs: 0 });
    expect(estimateMaxLag([post('1', 'a', 0, ['x']), post('2', 'b', 9e6, ['x'])]).maxLagMs).toBe(3_600_000);
  });
});

describe('buildHashtagGraph', () => {
  const posts = [
    post('1', 'u', 0, ['a', 'b']),
    post('2', 'v', 1, ['b', 'a']),
    post('3', 'u', 2, ['a']),
    post('4', 'w', 3, ['c']),
    post('5', 'w', 4, []),
  ];

  it('returns co-occurrence counts and NPMI', () => {
    const { edges, graph, postsWithHashtags } = buildHashtagGraph(windowOf(posts));
    expect(postsWithHashtags).toBe(4);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: 'a', target: 'b', count: 2, weight: 2 });
    expect(edges[0]!.npmi).toBeCloseTo(Math.log(4 / 3) / Math.log(2), 12);
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(graph.getNodeAttributes('a')).toEqual({ posts: 3 });
  });

  it('returns npmi 1 for hashtags that always appear together in every post', () => {
    const { edges } = buildHashtagGraph([post('1', 'u', 0, ['x', 'y']), post('2', 'u', 1, ['y', 'x'])]);
    expect(edges[0]!.npmi).toBe(1);
  });

  it('returns the same graph whatever the input order and drops pairs below minCount', () => {
    expect(buildHashtagGraph([...posts].reverse()).graph.export()).toEqual(buildHashtagGraph(posts).graph.export());
    expect(buildHashtagGraph(posts, { minCount: 3 }).edges).toEqual([]);
  });

  it('throws invalid-options for a bad minCount', () => {
    expect(() => buildHashtagGraph(posts, { minCount: 0 })).toThrow(InvalidOptionsError);
    expect(() => buildHashtagGraph(posts, { minCount: 0 })).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});

describe('buildBipartiteGraph', () => {
  it('returns prefixed account and hashtag nodes with use counts as weights', () => {
    const posts = [
      post('1', 'alice', 0, ['news', 'x']),
      post('2', 'alice', 1, ['news']),
      post('3', 'news', 2, ['alice']),
    ];
    const { graph, accounts, hashtags } = buildBipartiteGraph(posts);
    expect([accounts, hashtags]).toEqual([2, 3]);
    expect(graph.nodes()).toEqual(['a:alice', 'a:news', 'h:alice', 'h:news', 'h:x']);
    expect(graph.getNodeAttributes('a:news')).toEqual({ kind: 'account', label: 'news', posts: 1 });
    expect(graph.getNodeAttributes('h:news')).toEqual({ kind: 'hashtag', label: 'news', posts: 2 });
    expect(graph.getEdgeAttribute('a:alice', 'h:news', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute('a:alice', 'h:x', 'weight')).toBe(1);
    expect(graph.size).toBe(3);
    expect(buildBipartiteGraph([...posts].reverse()).graph.export()).toEqual(graph.export());
  });
});
