import { describe, expect, it } from 'vitest';
import { scoreSwarms } from 'hashtag-swarms/influence';
import type { Post } from 'hashtag-swarms';
import { createRng } from '../../src/_lib/rng.js';
import { DAY, handGraph, post, windowOf } from './helpers.js';
import { plantedWorld } from './worlds.js';

/** Spearman rank correlation (average ranks for ties). */
function spearman(x: readonly number[], y: readonly number[]): number {
  const rank = (v: readonly number[]) => {
    const order = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && v[order[j + 1]!] === v[order[i]!]) j++;
      for (let k = i; k <= j; k++) r[order[k]!] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0, dx = 0, dy = 0;
  for (let i = 0; i < x.length; i++) {
    num += (rx[i]! - mx) * (ry[i]! - my);
    dx += (rx[i]! - mx) ** 2;
    dy += (ry[i]! - my) ** 2;
  }
  return num / Math.sqrt(dx * dy);
}

/*
 * Planted worlds (hand-built in worlds.ts; src/synthetic plants adoption per burst only, with no
 * response to solo posts, so it has no knob for the coordinated-vs-solo yield that Definition A
 * estimates): a coordinated post recruits Poisson(0.3·λ) new adopters, a solo post Poisson(0.3).
 */
const LAMBDAS = [0.5, 1, 2, 4, 8];

function liftsFor(seed: number, lambdas: readonly number[]) {
  const swarms = lambdas.map((l, i) => ({ id: `S${i}`, members: 8, followers: 50, tags: 12, perCoordinated: 0.3 * l, perSolo: 0.3, soloPerTag: 2 }));
  const { posts, members } = plantedWorld(seed, swarms, 100);
  const window = windowOf(posts);
  // swarmLift does not read the account graph: an empty one keeps this test independent of the graph stage
  const groups = scoreSwarms(window, handGraph([]), swarms.map((s) => ({ id: s.id, members: members.get(s.id)! })), { shiftReplicates: 19 });
  return swarms.map((s) => groups.find((g) => g.swarmId === s.id)!);
}

describe('swarmLift on planted adoption responses', () => {
  it('ranks swarms by the planted lift (Spearman over 3 seeds)', () => {
    const rhos = [1, 2, 3].map((seed) => spearman(LAMBDAS, liftsFor(seed, LAMBDAS).map((g) => g.swarmLift!)));
    const mean = rhos.reduce((s, r) => s + r, 0) / rhos.length;
    console.info(`swarmLift vs planted λ: Spearman per seed ${rhos.map((r) => r.toFixed(2)).join(', ')}; mean ${mean.toFixed(2)}`);
    expect(mean).toBeGreaterThanOrEqual(0.8);
  });

  it('is ≈ 1 with an interval covering 1 when the planted response is additive', () => {
    const groups = [1, 2].flatMap((seed) => liftsFor(100 + seed, [1, 1, 1]));
    const covered = groups.filter((g) => g.swarmLiftLower! <= 1 && g.swarmLiftUpper! >= 1).length;
    const meanLog = groups.reduce((s, g) => s + Math.log(g.swarmLift!), 0) / groups.length;
    console.info(`additive worlds: ${covered}/${groups.length} intervals cover 1; geometric mean lift ${Math.exp(meanLog).toFixed(2)}`);
    expect(covered).toBeGreaterThanOrEqual(groups.length - 1);
    expect(Math.abs(meanLog)).toBeLessThan(Math.log(1.3));
  });
});

describe('burstLift of independent members', () => {
  it('averages 1 ± 0.15 over Monte Carlo worlds of independent random posters', () => {
    const rng = createRng(2024);
    const lifts: number[] = [];
    for (let world = 0; world < 40; world++) {
      const posts: Post[] = [];
      for (let m = 0; m < 6; m++) for (let k = 0; k < 8; k++) posts.push(post(`m${m}`, rng.next() * DAY, ['h']));
      const [g] = scoreSwarms(windowOf(posts), handGraph([], 600_000), [{ id: 'S', members: ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'] }], { shiftReplicates: 99, bootstrapResamples: 0, seed: world });
      lifts.push(g!.burstLift!);
    }
    const mean = lifts.reduce((s, v) => s + v, 0) / lifts.length;
    console.info(`independent members: mean burstLift ${mean.toFixed(3)} over ${lifts.length} worlds`);
    expect(Math.abs(mean - 1)).toBeLessThanOrEqual(0.15);
  });

  it('is well above 1 when the same members post together', () => {
    const rng = createRng(5);
    const posts: Post[] = [];
    for (let b = 0; b < 8; b++) {
      const t = rng.next() * (DAY - 60_000);
      for (let m = 0; m < 6; m++) posts.push(post(`m${m}`, t + rng.next() * 30_000, ['h']));
    }
    const [g] = scoreSwarms(windowOf(posts), handGraph([], 60_000), [{ id: 'S', members: ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'] }]);
    expect(g!.burstLift!).toBeGreaterThan(3);
    expect(g!.burstPValue!).toBeLessThanOrEqual(0.01);
  });
});
