/**
 * One coordinated burst (METRICS.md §8.1–§8.2): the active roster (rotating when
 * `rotation > 0`) joins with probability `π`; each member posts at burst start + jitter
 * (`U[0, σ_t]` or `Exp(σ_t)`) with the burst's primary campaign tag and each other campaign
 * tag with probability `q_tag`, spelled as a variant with probability `variantShare`.
 *
 * Planted influence (METRICS.md §8.1 "Planted influence", simplified to an expected response):
 * a burst of `n` members triggers `Poisson(A·g(n))` organic adoptions of the primary tag by
 * non-members within `adoptionWindowMs`, with `g(k) = k^γ / κ^(γ−1)` (γ = 1 additive,
 * γ > 1 super-additive complex contagion; `κ` is the group size at which one burst equals
 * `κ` solo posts). The desynchronised counterfactual (each member post alone, `k = 1`)
 * expects `A·Σ_b n_b·g(1)`, so the planted lift is `Σ_b g(n_b) / Σ_b n_b·g(1) = Σ n^γ / Σ n`,
 * exactly 1 when γ = 1.
 */
import type { Rng } from '../_lib/rng.js';
import { samplePoisson, sampleExponential } from './random.js';
import { pickOrganicTags, pickTopic, pickTopicTag, type World } from './build-world.js';
import { DraftKind, type DraftBuckets } from './organic.js';
import type { SwarmPlan } from './plan-swarms.js';
import type { ResolvedScenarioOptions } from './types.js';

/** Running counts of one swarm, filled burst by burst. */
export interface BurstStats {
  bursts: number;
  rosterSlots: number;
  participants: number;
  adoptions: number;
  responseActual: number;
  responseDesync: number;
}

/** Adoption response `g(k) = k^γ / κ^(γ−1)` (expected adopters per unit of `adoptionScale`). */
export function adoptionResponse(k: number, gamma: number, kappa: number): number {
  if (k <= 0) return 0;
  return Math.pow(k, gamma) / Math.pow(kappa, gamma - 1);
}

/** Whether roster position `p` of `m` sits out burst `b` under rotation share `r`. */
export function sitsOut(p: number, m: number, b: number, r: number): boolean {
  const out = Math.floor(r * m);
  return (p - (b % m) + m) % m < out;
}

/**
 * Generate burst `b` of a plan into the buckets.
 * @param memberSet accounts of this swarm (adopters are non-members)
 * @returns nothing; updates `stats`
 */
export function addBurst(
  buckets: DraftBuckets, world: World, options: ResolvedScenarioOptions, rng: Rng,
  plan: SwarmPlan, planIndex: number, b: number, memberSet: ReadonlySet<number>, stats: BurstStats,
): void {
  const start = plan.bursts[b]!;
  const campaign = [...plan.owned, ...plan.hijacked];
  const primary = campaign[b % campaign.length]!;
  const m = plan.members.length;
  let joined = 0;
  let roster = 0;
  for (let p = 0; p < m; p++) {
    if (plan.memberFromMs[p]! > start || sitsOut(p, m, b, options.rotation)) continue;
    roster++;
    if (rng.next() >= options.participation) continue;
    const delay = options.jitterDistribution === 'uniform' ? rng.next() * options.jitterMs : sampleExponential(rng, options.jitterMs);
    const tags: string[] = [];
    for (const tag of campaign) {
      if (tag !== primary && rng.next() >= options.tagInclusion) continue;
      tags.push(rng.next() < options.variantShare ? `${tag}${rng.next() < 0.5 ? '2024' : '_'}` : tag);
    }
    const account = plan.members[p]!;
    if (rng.next() < 0.3) {
      const extra = pickTopicTag(world, rng, pickTopic(world, rng, account));
      if (!tags.includes(extra)) tags.push(extra);
    }
    if (buckets.add(start + delay, account, tags, DraftKind.Coordinated, planIndex) !== null) joined++;
  }
  stats.bursts++;
  stats.rosterSlots += roster;
  stats.participants += joined;
  const g1 = adoptionResponse(1, plan.gamma, options.adoptionKappa);
  stats.responseActual += adoptionResponse(joined, plan.gamma, options.adoptionKappa);
  stats.responseDesync += joined * g1;
  if (options.adoptionScale <= 0 || joined === 0) return;
  const adopters = samplePoisson(rng, options.adoptionScale * adoptionResponse(joined, plan.gamma, options.adoptionKappa));
  const n = world.names.length;
  const window = options.adoptionWindowMs;
  for (let k = 0; k < adopters; k++) {
    let account = rng.int(n);
    for (let tries = 0; memberSet.has(account) && tries < 20; tries++) account = rng.int(n);
    if (memberSet.has(account)) continue;
    let offset = sampleExponential(rng, window / 3);
    while (offset > window) offset = sampleExponential(rng, window / 3);
    const extra = rng.next() < 0.5 ? pickOrganicTags(world, rng, account, 0, options.globalTagShare) : [];
    const tags = extra[0] !== undefined && extra[0] !== primary ? [primary, extra[0]] : [primary];
    if (buckets.add(start + options.jitterMs + offset, account, tags, DraftKind.Adoption) !== null) stats.adoptions++;
  }
}
