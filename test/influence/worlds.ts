/**
 * Seeded planted worlds for the influence validation tests (built here, not by src/synthetic, so
 * that the planted adoption response per coordinated and per solo post is an explicit knob).
 */
import type { Post } from 'hashtag-swarms';
import { createRng, type Rng } from '../../src/_lib/rng.js';
import { DAY, HOUR, MIN, post } from './helpers.js';

/** Knuth's Poisson sampler (small means). */
export function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) { k++; p *= rng.next(); }
  return k;
}

/** A planted swarm: members post each campaign tag in one burst, then alone; adopters respond. */
export interface PlantedSwarm {
  readonly id: string;
  readonly members: number;
  readonly followers: number;
  readonly tags: number;
  /** Expected new adopters per coordinated post. */
  readonly perCoordinated: number;
  /** Expected new adopters per solo post. */
  readonly perSolo: number;
  /** Solo posts per member and tag. */
  readonly soloPerTag: number;
}

/** Posts of one planted swarm world (swarms use disjoint tags and time slots). */
export function plantedWorld(seed: number, swarms: readonly PlantedSwarm[], organic = 150): { posts: Post[]; members: Map<string, string[]> } {
  const rng = createRng(seed);
  const posts: Post[] = [];
  const members = new Map<string, string[]>();
  let adopters = 0;
  const adopt = (tag: string, from: number, mean: number) => {
    const k = poisson(rng, mean);
    for (let i = 0; i < k; i++) {
      const t = from + MIN + rng.next() * 20 * MIN;
      if (t < DAY) posts.push(post(`ad${seed}_${adopters++}`, t, [tag], { followers: 300 }));
    }
  };
  for (const s of swarms) {
    const names = Array.from({ length: s.members }, (_, i) => `${s.id}_m${i}`);
    members.set(s.id, names);
    for (let k = 0; k < s.tags; k++) {
      const tag = `${s.id}_c${k}`.toLowerCase();
      const burst = HOUR + rng.next() * 16 * HOUR;
      let joined = 0;
      for (const m of names) {
        if (rng.next() < 0.75 || joined < 3 && m === names[names.length - 1]) {
          joined++;
          const t = burst + rng.next() * 40_000;
          posts.push(post(m, t, [tag], { followers: s.followers }));
          adopt(tag, t, s.perCoordinated);
        }
        for (let j = 0; j < s.soloPerTag; j++) {
          const t = burst + 30 * MIN + rng.next() * 6 * HOUR;
          if (t >= DAY) continue;
          posts.push(post(m, t, [tag], { followers: s.followers }));
          adopt(tag, t, s.perSolo);
        }
      }
    }
  }
  for (let i = 0; i < organic; i++) {
    for (let j = 0; j < 3; j++) {
      posts.push(post(`org${i}`, rng.next() * DAY, [`o${rng.int(30)}`], { followers: 500 + rng.int(4500) }));
    }
  }
  return { posts, members };
}
