import { describe, expect, it } from 'vitest';
import { createRng, shuffleInPlace, type Rng } from '../../src/_lib/rng.js';
import { buildAccountGraph, type AccountEdge } from '../../src/graph/index.js';
import type { Post } from '../../src/ingest/index.js';
import { post, windowOf } from './helpers.js';
import { referenceEdges } from './reference.js';

const L = 100_000;
const LAG = 3000;
const delta = LAG / L;

function edgeOf(posts: readonly Post[], a: string, b: string, extra: object = {}): AccountEdge {
  const result = buildAccountGraph(windowOf(posts, 0, L), { maxLagMs: LAG, filter: false, null: 'uniform', episodes: 'bursts', ...extra });
  const edge = result.edges.find((e) => e.source === a && e.target === b);
  if (edge === undefined) throw new Error('fixture must co-occur');
  return edge;
}

/** Circular time shift of every account's timeline by an independent U[0, L) offset. */
function shifted(posts: readonly Post[], rng: Rng): Post[] {
  const offset = new Map<string, number>();
  return posts.map((p) => {
    if (!offset.has(p.account)) offset.set(p.account, rng.next() * L);
    return { ...p, timeMs: (p.timeMs + offset.get(p.account)!) % L };
  });
}

/** Posts of `a` on `tag` with a post of `b` on `tag` within LAG. */
function matchedPosts(posts: readonly Post[], a: string, b: string, tag: string): number {
  const mine = posts.filter((p) => p.account === a && p.hashtags.includes(tag));
  const theirs = posts.filter((p) => p.account === b && p.hashtags.includes(tag));
  return mine.filter((p) => theirs.some((q) => Math.abs(p.timeMs - q.timeMs) <= LAG)).length;
}

function meanSe(values: readonly number[]): { mean: number; se: number } {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}

describe('edge expectation under the time-shift null', () => {
  const single = [
    post('i1', 'i', 10_000, ['h']),
    post('j1', 'j', 11_000, ['h']),
    post('j2', 'j', 12_000, ['h']),
    post('j3', 'j', 13_500, ['h']),
    post('j4', 'j', 50_000, ['h']),
    post('j5', 'j', 97_000, ['h']),
  ];

  it('returns E[matched posts] exactly (Monte Carlo within 3 SE) for a one-post account', () => {
    const edge = edgeOf(single, 'i', 'j');
    const rng = createRng(7);
    const draws: number[] = [];
    const coCounts: number[] = [];
    for (let r = 0; r < 20_000; r++) {
      const world = shifted(single, rng);
      draws.push(matchedPosts(world, 'i', 'j', 'h'));
      const i = world[0]!.timeMs;
      coCounts.push(world.slice(1).filter((q) => Math.abs(q.timeMs - i) <= LAG).length);
    }
    const { mean, se } = meanSe(draws);
    expect(Math.abs(edge.expected - mean)).toBeLessThan(3 * se);
    // And the coCount expectation n_i·n_j·(2δ − δ²) is exact too.
    const co = meanSe(coCounts);
    expect(Math.abs(5 * (2 * delta - delta * delta) - co.mean)).toBeLessThan(3 * co.se);
  });

  it('returns an expectation between E[episodes] and E[coCount] (Monte Carlo) on several hashtags', () => {
    const posts = [
      post('i1', 'i', 5000, ['h', 'g']),
      post('i2', 'i', 40_000, ['h']),
      post('i3', 'i', 80_000, ['h', 'g']),
      post('j1', 'j', 6000, ['h']),
      post('j2', 'j', 7000, ['h']),
      post('j3', 'j', 8200, ['h', 'g']),
      post('j4', 'j', 9000, ['h']),
      post('j5', 'j', 60_000, ['g']),
      post('k1', 'k', 7500, ['h']),
      post('k2', 'k', 30_000, ['h', 'g']),
    ];
    const edge = edgeOf(posts, 'i', 'j');
    const rng = createRng(11);
    const episodes: number[] = [];
    const coCounts: number[] = [];
    const matchedI: number[] = [];
    for (let r = 0; r < 4000; r++) {
      const world = shifted(posts, rng);
      const e = referenceEdges(world, LAG).get('i\u0000j');
      episodes.push(e?.episodes ?? 0);
      coCounts.push(e?.coCount ?? 0);
      matchedI.push(matchedPosts(world, 'i', 'j', 'h') + matchedPosts(world, 'i', 'j', 'g'));
    }
    const ep = meanSe(episodes);
    const co = meanSe(coCounts);
    const mi = meanSe(matchedI);
    expect(edge.expected).toBeGreaterThanOrEqual(ep.mean - 3 * ep.se);
    expect(edge.expected).toBeLessThanOrEqual(co.mean + 3 * co.se);
    // Here i's side is the smaller on both hashtags: expected = E[matched i-posts] exactly.
    expect(Math.abs(edge.expected - mi.mean)).toBeLessThan(3 * mi.se);
  });

  it('returns 2δ − δ² per pair of isolated posts', () => {
    const edge = edgeOf([post('a', 'a', 1000, ['h']), post('b', 'b', 2000, ['h'])], 'a', 'b');
    expect(edge.expected).toBeCloseTo(2 * delta - delta * delta, 12);
  });
});

describe('edge expectation under the permutation null', () => {
  it('returns E0[coCount] = Σ K_h·2·n_i·n_j/(N(N−1)) (Monte Carlo within 3 SE)', () => {
    const times = [0, 1000, 2500, 3000, 20_000, 21_000, 22_000, 60_000, 61_000];
    const labels = ['a', 'b', 'a', 'c', 'b', 'a', 'c', 'b', 'c'];
    const posts = times.map((t, k) => post(`p${k}`, labels[k]!, t, ['h']));
    const edge = edgeOf(posts, 'a', 'b', { permutationNull: true });
    const rng = createRng(3);
    const draws: number[] = [];
    const shuffled = [...labels];
    for (let r = 0; r < 20_000; r++) {
      shuffleInPlace(shuffled, rng);
      let count = 0;
      for (let x = 0; x < times.length; x++) {
        for (let y = x + 1; y < times.length; y++) {
          const pair = [shuffled[x], shuffled[y]].sort().join('');
          if (pair === 'ab' && times[y]! - times[x]! <= LAG) count++;
        }
      }
      draws.push(count);
    }
    const { mean, se } = meanSe(draws);
    expect(Math.abs(edge.expectedPermutation! - mean)).toBeLessThan(3 * se);
    expect(edge.pValuePermutation).toBeGreaterThan(0);
  });
});

describe('edge expectation under the profile null', () => {
  it("returns E[matched posts] when posts are redrawn from the hashtag's profile (Monte Carlo within 3 SE)", () => {
    const posts = [
      post('i1', 'i', 10_000, ['h']),
      post('j1', 'j', 11_000, ['h']),
      post('j2', 'j', 14_000, ['h']),
      post('j3', 'j', 70_000, ['h']),
      post('k1', 'k', 12_000, ['h']),
      post('k2', 'k', 13_000, ['h']),
    ];
    const edge = edgeOf(posts, 'i', 'j', { null: 'profile' });
    const nb = Math.min(96, Math.floor(L / (2 * LAG)));
    const width = L / nb;
    const bins = posts.map((p) => Math.floor(p.timeMs / width));
    const rng = createRng(5);
    const draws: number[] = [];
    const draw = (): number => bins[rng.int(bins.length)]! * width + rng.next() * width;
    for (let r = 0; r < 20_000; r++) {
      const i = draw();
      let hit = 0;
      for (let k = 0; k < 3; k++) if (Math.abs(draw() - i) <= LAG) hit = 1;
      draws.push(hit);
    }
    const { mean, se } = meanSe(draws);
    expect(Math.abs(edge.expected - mean)).toBeLessThan(3 * se + 0.002);
  });

  it('shrinks a few-account hashtag toward the window profile: f = (U·f_h + k·f_all)/(U + k) (Monte Carlo within 3 SE)', () => {
    // h is used by 2 accounts (U = 2) in one burst; 'bg' spreads 40 posts over the window.
    const posts = [post('i1', 'i', 10_000, ['h']), post('j1', 'j', 11_000, ['h']), post('j2', 'j', 12_000, ['h'])];
    for (let n = 0; n < 40; n++) posts.push(post(`b${n}`, `bg${n}`, 1_000 + n * 2_450, ['bg']));
    const k = 20;
    const edge = edgeOf(posts, 'i', 'j', { null: 'profile', profileShrinkage: k });
    const pure = edgeOf(posts, 'i', 'j', { null: 'profile', profileShrinkage: 0 });
    const nb = Math.min(96, Math.floor(L / (2 * LAG)));
    const width = L / nb;
    const hBins = posts.filter((p) => p.hashtags[0] === 'h').map((p) => Math.min(nb - 1, Math.floor(p.timeMs / width)));
    const allBins = posts.map((p) => Math.min(nb - 1, Math.floor(p.timeMs / width)));
    const rng = createRng(9);
    const u = 2;
    const draw = (): number => {
      const bins = rng.next() < u / (u + k) ? hBins : allBins;
      return bins[rng.int(bins.length)]! * width + rng.next() * width;
    };
    const draws: number[] = [];
    for (let r = 0; r < 20_000; r++) {
      const i = draw();
      let hit = 0;
      for (let m = 0; m < 2; m++) if (Math.abs(draw() - i) <= LAG) hit = 1;
      draws.push(hit);
    }
    const { mean, se } = meanSe(draws);
    expect(Math.abs(edge.expected - mean)).toBeLessThan(3 * se + 0.002);
    // The swarm's own burst explains much less of its synchrony once shrunk.
    expect(edge.expected).toBeLessThan(pure.expected / 2);
  });
});

describe("edge expectation under the rhythm null (the default)", () => {
  it("returns E[matched thinned posts] with h's profile = w·(single-slot posters) + (1 − w)·(rest of the window) (Monte Carlo within 3 SE)", () => {
    // h: i posts once; j posts three times, two of them within Δt (2 slots); five one-off posters
    // land in a burst at 60 s (the single-slot posters, U1 = 5 of 7 slots); 'bg' spreads 40
    // posts over the window (the rest of the window's rhythm).
    const posts = [
      post('i1', 'i', 10_000, ['h']),
      post('j1', 'j', 11_000, ['h']), post('j2', 'j', 12_500, ['h']), post('j3', 'j', 61_000, ['h']),
    ];
    for (let n = 0; n < 5; n++) posts.push(post(`s${n}`, `single${n}`, 60_000 + n * 400, ['h']));
    for (let n = 0; n < 40; n++) posts.push(post(`b${n}`, `bg${n}`, 1_000 + n * 2_450, ['bg']));
    const k = 10;
    const edge = edgeOf(posts, 'i', 'j', { null: 'rhythm', profileShrinkage: k, episodes: 'slots' });
    // The oracle, computed from the definition (expect-edges.ts, profile-coverage.ts).
    const nb = Math.min(96, Math.floor(L / (2 * LAG)));
    const width = L / nb;
    const binOf = (t: number): number => Math.min(nb - 1, Math.floor(t / width));
    const onH = posts.filter((p) => p.hashtags.includes('h'));
    const slots = new Map<string, number>();
    const last = new Map<string, number>();
    for (const p of onH) {
      if (!last.has(p.account) || p.timeMs - last.get(p.account)! > LAG) {
        slots.set(p.account, (slots.get(p.account) ?? 0) + 1);
        last.set(p.account, p.timeMs);
      }
    }
    const singles = onH.filter((p) => slots.get(p.account) === 1);
    const u1 = new Set(singles.map((p) => p.account)).size;
    const allSlots = [...slots.values()].reduce((s, x) => s + x, 0);
    const w = (u1 / allSlots) * (u1 / (u1 + k));
    const singleBins = singles.map((p) => binOf(p.timeMs));
    const restBins = posts.filter((p) => !p.hashtags.includes('h')).map((p) => binOf(p.timeMs));
    const rng = createRng(21);
    const draw = (): number => {
      const bins = rng.next() < w ? singleBins : restBins;
      return bins[rng.int(bins.length)]! * width + rng.next() * width;
    };
    const ni = slots.get('i')!;
    const nj = slots.get('j')!;
    expect([ni, nj]).toEqual([1, 2]); // j's second post is 1.5 s after its first: thinned
    const sideI: number[] = [];
    const sideJ: number[] = [];
    for (let r = 0; r < 20_000; r++) {
      const is = Array.from({ length: ni }, draw);
      const js = Array.from({ length: nj }, draw);
      sideI.push(is.filter((t) => js.some((u) => Math.abs(u - t) <= LAG)).length);
      sideJ.push(js.filter((t) => is.some((u) => Math.abs(u - t) <= LAG)).length);
    }
    const a = meanSe(sideI);
    const b = meanSe(sideJ);
    const oracle = Math.min(a.mean, b.mean);
    expect(Math.abs(edge.expected - oracle)).toBeLessThan(3 * Math.max(a.se, b.se) + 0.002);
  });
});
