/**
 * The generator's output statistics match its parameters within stated tolerances
 * (measured from the posts, not read back from internal counters).
 */
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../src/synthetic/index.js';
import { clusterTimes, postsPerAccount } from './helpers.js';

describe('generateScenario statistics', () => {
  it('returns log-normal activity: median ≈ e^μ·days, mean ≈ e^(μ+σ²/2)·days, heavy top 1 %', () => {
    const days = 2;
    const { posts, truth } = generateScenario({ scenario: 'null', accounts: 1200, days, seed: 5, shocksPerDay: 0 });
    const counts = postsPerAccount(posts, truth.accounts);
    const median = counts[Math.floor(counts.length / 2)]!;
    // median of λ·days = 3·2 = 6; Poisson noise around it: ±2
    expect(Math.abs(median - 6)).toBeLessThanOrEqual(2);
    // mean 3·e^1.125·2 = 18.5; sd/mean of a log-normal σ = 1.5 is 2.9, so ±3 standard errors ≈ ±20 %
    expect(Math.abs(posts.length / truth.accounts / 18.48 - 1)).toBeLessThan(0.2);
    // share of the top 1 % of a log-normal σ = 1.5: 1 − Φ(2.326 − 1.5) = 0.20
    const top = counts.slice(-Math.ceil(counts.length / 100)).reduce((s, x) => s + x, 0) / posts.length;
    expect(top).toBeGreaterThan(0.12);
    expect(top).toBeLessThan(0.3);
  });

  it('returns measured participation within ±0.05 of π and coordinated share within ±0.06 of ρ_c', () => {
    for (const participation of [0.5, 0.8]) {
      const { posts, truth } = generateScenario({
        scenario: 'medium', accounts: 1000, days: 2, seed: 9, overlap: 0, shocksPerDay: 0, adoptionScale: 0,
        participation, coordinatedShare: 0.4, swarmSizeMin: 15, swarmSizeMax: 30,
      });
      const coordinated = new Set(truth.coordinatedPostIds);
      let joined = 0;
      let slots = 0;
      let memberPosts = 0;
      let memberCoordinated = 0;
      for (const swarm of truth.swarms) {
        const members = new Set(swarm.members);
        const own = posts.filter((p) => members.has(p.account));
        memberPosts += own.length;
        const burstPosts = own.filter((p) => coordinated.has(p.id)).length;
        memberCoordinated += burstPosts;
        joined += burstPosts;
        slots += swarm.bursts * swarm.members.length;
      }
      expect(Math.abs(joined / slots - participation)).toBeLessThan(0.05);
      expect(Math.abs(memberCoordinated / memberPosts - 0.4)).toBeLessThan(0.06);
    }
  });

  it('returns exponential jitter with mean σ_t and uniform jitter within [0, σ_t]', () => {
    const base = { scenario: 'medium', accounts: 800, days: 2, seed: 21, overlap: 0, jitterMs: 20_000, burstSchedule: 'periodic' } as const;
    const exp = generateScenario({ ...base, jitterDistribution: 'exponential' });
    const uni = generateScenario({ ...base, jitterDistribution: 'uniform' });
    const delays = (scenario: typeof exp): { mean: number; spreads: number[] } => {
      const coordinated = new Set(scenario.truth.coordinatedPostIds);
      let sum = 0;
      let n = 0;
      const spreads: number[] = [];
      for (const swarm of scenario.truth.swarms) {
        const members = new Set(swarm.members);
        const times = scenario.posts.filter((p) => coordinated.has(p.id) && members.has(p.account)).map((p) => p.timeMs);
        for (const cluster of clusterTimes(times, 600_000)) {
          // Memoryless: delays after the first member's post are again Exp(σ_t).
          for (const t of cluster.slice(1)) sum += t - cluster[0]!;
          n += cluster.length - 1;
          spreads.push(cluster[cluster.length - 1]! - cluster[0]!);
        }
      }
      return { mean: sum / n, spreads };
    };
    expect(Math.abs(delays(exp).mean / 20_000 - 1)).toBeLessThan(0.15);
    const spreads = delays(uni).spreads;
    // Periodic bursts (every 6 h) never merge: every burst spans at most σ_t.
    expect(spreads.length).toBeGreaterThan(50);
    expect(Math.max(...spreads)).toBeLessThanOrEqual(20_000);
  });

  it('returns shocks where hundreds of unrelated accounts post the same hashtag within minutes', () => {
    const { posts, truth } = generateScenario({ scenario: 'null', accounts: 1000, days: 1, seed: 4, shocksPerDay: 6 });
    expect(truth.shocks.length).toBeGreaterThan(0);
    for (const shock of truth.shocks) {
      expect(shock.accounts).toBeGreaterThanOrEqual(100);
      expect(shock.accounts).toBeLessThanOrEqual(400);
      const crowd = new Set(posts.filter((p) => p.timeMs >= shock.timeMs && p.timeMs <= shock.timeMs + 600_000 && p.hashtags.includes(shock.hashtag)).map((p) => p.account));
      expect(crowd.size).toBeGreaterThanOrEqual(shock.accounts);
    }
  });

  it('returns planted lift Σn^γ/Σn: exactly 1 for γ = 1 and rising with γ', () => {
    const { posts, truth } = generateScenario({ scenario: 'medium', accounts: 800, days: 2, seed: 13, adoptionGammas: [1, 2], swarmSizeMin: 10, swarmSizeMax: 20 });
    for (const swarm of truth.swarms) {
      if (swarm.adoptionGamma === 1) expect(swarm.plantedLift).toBeCloseTo(1, 12);
      else expect(swarm.plantedLift!).toBeGreaterThan(3);
    }
    // adopters are non-members posting the primary campaign tags after bursts
    const adoptions = truth.swarms.reduce((s, w) => s + w.adoptions, 0);
    expect(adoptions).toBeGreaterThan(0);
    expect(posts.length).toBe(truth.posts);
    const off = generateScenario({ scenario: 'medium', accounts: 500, days: 1, seed: 13, adoptionScale: 0 });
    expect(off.truth.swarms.every((s) => s.plantedLift === null && s.adoptions === 0)).toBe(true);
  });

  it('returns a ladder of decreasing pair evidence: member pairs co-posting a tag within 60 s in ≥ 2 bursts', () => {
    const evidence = (scenario: 'easy' | 'medium' | 'hard' | 'adversarial'): number => {
      const { posts, truth } = generateScenario({ scenario, accounts: 600, days: 2, seed: 3 });
      const coordinated = new Set(truth.coordinatedPostIds);
      let strong = 0;
      let pairs = 0;
      for (const swarm of truth.swarms) {
        const members = new Set(swarm.members);
        const burst = posts.filter((p) => coordinated.has(p.id) && members.has(p.account));
        const episodes = new Map<string, Set<number>>();
        for (let i = 0; i < burst.length; i++) {
          for (let j = i + 1; j < burst.length && burst[j]!.timeMs - burst[i]!.timeMs <= 60_000; j++) {
            const p = burst[i]!;
            const q = burst[j]!;
            if (p.account === q.account || !q.hashtags.some((h) => p.hashtags.includes(h))) continue;
            const key = p.account < q.account ? `${p.account}|${q.account}` : `${q.account}|${p.account}`;
            const set = episodes.get(key) ?? new Set<number>();
            set.add(Math.floor(p.timeMs / 600_000));
            episodes.set(key, set);
          }
        }
        for (const set of episodes.values()) if (set.size >= 2) strong++;
        pairs += (swarm.members.length * (swarm.members.length - 1)) / 2;
      }
      return strong / pairs;
    };
    const values = (['easy', 'medium', 'hard', 'adversarial'] as const).map(evidence);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeLessThan(values[i - 1]!);
  });
});
