/**
 * The evidence of the graph stage (issue: detection that finds real operations): slot
 * episodes, reposts left out, and the 'rhythm' null that a hashtag's own operation cannot
 * explain away while a news crowd of one-off posters explains itself.
 */
import { describe, expect, it } from 'vitest';
import { buildAccountGraph } from '../../src/graph/index.js';
import { InvalidOptionsError } from '../../src/errors.js';
import type { Post } from '../../src/ingest/index.js';
import { createRng } from '../../src/_lib/rng.js';
import { post, windowOf } from './helpers.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('slot episodes', () => {
  // Two accounts co-post every 30 s for 10 minutes on one hashtag: one unbroken burst.
  const posts: Post[] = [];
  for (let k = 0; k < 20; k++) {
    posts.push(post(`a${k}`, 'a', 12 * HOUR + k * 30_000, ['run']));
    posts.push(post(`b${k}`, 'b', 12 * HOUR + k * 30_000 + 5_000, ['run']));
  }
  const w = windowOf(posts);

  it('counts one episode per Δt slot of a long burst, and one per burst with episodes: bursts', () => {
    const slots = buildAccountGraph(w, { filter: false, episodes: 'slots' }).edges[0]!;
    const bursts = buildAccountGraph(w, { filter: false, episodes: 'bursts' }).edges[0]!;
    expect(bursts.episodes).toBe(1);
    // A new episode starts once a burst's post is more than Δt after the episode's first post:
    // 10 minutes of posts every 30 s (the partner 5 s later) make 8 or 9 slots; with capEpisodes,
    // a pair's episodes on a hashtag are capped by its thinned posts there: min(n'_a, n'_b) = 7
    // (a at 0, 90, …, 540 s).
    expect(slots.episodes).toBeGreaterThanOrEqual(8);
    expect(slots.episodes).toBeLessThanOrEqual(9);
    expect(buildAccountGraph(w, { filter: false, capEpisodes: true }).edges[0]!.episodes).toBe(7);
    expect(slots.coCount).toBe(bursts.coCount);
  });

  it('keeps the long-run pair as an edge with slots and not with whole bursts', () => {
    expect(buildAccountGraph(w, { episodes: 'slots', null: 'uniform' }).edges).toHaveLength(1);
    expect(buildAccountGraph(w, { episodes: 'bursts', null: 'uniform' }).edges).toHaveLength(0);
  });

  it('caps, with capEpisodes, the episodes of an account that posts twice within seconds across a slot boundary at one', () => {
    // y posts at 0 s and 120 s; x posts at 55 s and 62 s (one thinned post). The burst's first
    // slot runs from 0 s; 62 s opens the second: (y0, x55) lies in the first, (x62, y120) in the
    // second, so without the cap the pair would have two episodes from one flurry of x.
    const flurry = [post('y1', 'y', 0, ['t']), post('x1', 'x', 55_000, ['t']), post('x2', 'x', 62_000, ['t']), post('y2', 'y', 120_000, ['t'])];
    const e = buildAccountGraph(windowOf(flurry, 0, 600_000), { filter: false, capEpisodes: true }).edges[0]!;
    expect(e.coCount).toBe(2); // y0–x55 and x62–y120 (y0–x62 and x55–y120 are more than Δt apart)
    expect(e.episodes).toBe(1);
    expect(buildAccountGraph(windowOf(flurry, 0, 600_000), { filter: false }).edges[0]!.episodes).toBe(2);
    expect(buildAccountGraph(windowOf(flurry), { filter: false, episodes: 'bursts' }).edges[0]!.episodes).toBe(1);
  });

  it('thins the expectation to one post per Δt: a flurry inside one slot adds no expected evidence', () => {
    const flurry = [...posts];
    for (let k = 0; k < 20; k++) for (let r = 1; r <= 4; r++) flurry.push(post(`a${k}-${r}`, 'a', 12 * HOUR + k * 30_000 + r * 1_000, ['run']));
    const plain = buildAccountGraph(w, { filter: false, episodes: 'slots', null: 'uniform' }).edges[0]!;
    const flooded = buildAccountGraph(windowOf(flurry), { filter: false, episodes: 'slots', null: 'uniform' }).edges[0]!;
    expect(flooded.coCount).toBeGreaterThan(2 * plain.coCount);
    // Only a's Δt-cover moves (its extra posts sit inside the slots it already covers).
    expect(Math.abs(flooded.expected / plain.expected - 1)).toBeLessThan(0.02);
  });
});

describe('reposts', () => {
  // c reposts a's posts within seconds, twice: the classic organic cascade.
  const posts: Post[] = [
    post('a1', 'a', 1 * HOUR, ['news']), { ...post('c1', 'c', 1 * HOUR + 3_000, ['news']), repostOf: 'a1' },
    post('a2', 'a', 5 * HOUR, ['news']), { ...post('c2', 'c', 5 * HOUR + 4_000, ['news']), repostOf: 'a2' },
    post('a3', 'a', 9 * HOUR, ['news']), { ...post('c3', 'c', 9 * HOUR + 2_000, ['news']), repostOf: 'a3' },
    // A repost whose hashtag nobody else used in the window is left out too.
    { ...post('c4', 'c', 12 * HOUR, ['solo']), repostOf: 'elsewhere' },
  ];

  it('leaves reposts out of the pairs by default and counts them in the diagnostics', () => {
    const r = buildAccountGraph(windowOf(posts), { filter: false });
    expect(r.diagnostics.testedEdges).toBe(0);
    expect(r.diagnostics.repostPosts).toBe(4);
    expect(r.diagnostics.posts).toBe(7);
    expect(Array.from(r.crowdPost)).toEqual([0, 2, 0, 2, 0, 2, 2]);
  });

  it("pairs them with reposts: 'include'", () => {
    const r = buildAccountGraph(windowOf(posts), { filter: false, reposts: 'include', null: 'uniform' });
    expect(r.diagnostics.repostPosts).toBe(0);
    expect(r.edges).toHaveLength(1);
    expect(r.edges[0]!.episodes).toBe(3);
  });

  it('rejects unknown values with a typed error', () => {
    expect(() => buildAccountGraph(windowOf(posts), { reposts: 'drop' as never })).toThrow(InvalidOptionsError);
    expect(() => buildAccountGraph(windowOf(posts), { episodes: 'posts' as never })).toThrow(InvalidOptionsError);
  });
});

/** A day of background chatter: `n` accounts posting on `tags` at random times. */
function background(rng: () => number, n: number, tags: number, postsEach: number): Post[] {
  const out: Post[] = [];
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < postsEach; k++) {
      out.push(post(`bg${a}-${k}`, `bg${a}`, Math.floor(rng() * 24 * HOUR), [`topic${Math.floor(rng() * tags)}`]));
    }
  }
  return out;
}

describe("the 'rhythm' null", () => {
  it('keeps the edges of an operation that is the only user of its hashtag for hours', () => {
    const rng = createRng(7).next;
    const posts = background(rng, 300, 40, 5);
    // 30 accounts post #op in 16 waves over 2 hours (every 7.5 minutes), each joining 8 of them
    // within 20 s of the wave's start.
    for (let a = 0; a < 30; a++) {
      for (let wave = 0; wave < 16; wave++) {
        if (rng() < 0.5) continue;
        posts.push(post(`op${a}-${wave}`, `op${a}`, 14 * HOUR + wave * 7.5 * MIN + Math.floor(rng() * 20_000), ['op']));
      }
    }
    const rhythm = buildAccountGraph(windowOf(posts));
    const profile = buildAccountGraph(windowOf(posts), { null: 'profile' });
    const opEdges = (edges: readonly { source: string; target: string }[]) =>
      edges.filter((e) => e.source.startsWith('op') && e.target.startsWith('op')).length;
    // The profile null is made of the operation itself: it explains its own run away.
    expect(opEdges(rhythm.edges)).toBeGreaterThan(200); // of C(30, 2) = 435 pairs
    expect(opEdges(profile.edges)).toBeLessThan(opEdges(rhythm.edges) / 4);
  });

  it('explains a pair that met in two news crowds of one-off posters (p < 1e-4 under the uniform null)', () => {
    const rng = createRng(11).next;
    const posts = background(rng, 300, 40, 5);
    // Two shocks: 120 accounts each post once within 3 minutes; x and y are in both, side by side.
    for (const [tag, at] of [['shock1', 9 * HOUR], ['shock2', 17 * HOUR]] as const) {
      for (let a = 0; a < 120; a++) posts.push(post(`${tag}-${a}`, `crowd${tag}${a}`, at + Math.floor(rng() * 3 * MIN), [tag]));
      posts.push(post(`${tag}-x`, 'x', at + 60_000, [tag]));
      posts.push(post(`${tag}-y`, 'y', at + 62_000, [tag]));
    }
    const isXY = (e: { source: string; target: string }) => e.source === 'x' && e.target === 'y';
    const uniform = buildAccountGraph(windowOf(posts), { null: 'uniform', filter: false }).edges.find(isXY)!;
    const rhythm = buildAccountGraph(windowOf(posts), { filter: false }).edges.find(isXY)!;
    expect(uniform.episodes).toBe(2);
    expect(rhythm.episodes).toBe(2);
    expect(uniform.pValue).toBeLessThan(1e-4);
    expect(rhythm.kept).toBe(false);
    expect(rhythm.pValue).toBeGreaterThan(0.01);
    expect(rhythm.expected).toBeGreaterThan(20 * uniform.expected);
  });
});
