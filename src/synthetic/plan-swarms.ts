/**
 * Planted swarms (METRICS.md §8.1 "Planted swarms", §8.2): rosters drawn from organic
 * accounts (with a share `overlap` re-used from earlier swarms), owned and hijacked campaign
 * tags, and — with `dynamics` — scheduled births, deaths, a merge, a split and a growth.
 * Burst times are laid out afterwards by {@link scheduleBursts}. When the fresh accounts run
 * out (many large swarms in a small world), rosters reuse random accounts, adding overlap.
 */
import type { Rng } from '../_lib/rng.js';
import { shuffleInPlace } from '../_lib/rng.js';
import { compareStrings } from '../_lib/compare.js';
import { samplePoisson } from './random.js';
import type { World } from './build-world.js';
import type { ResolvedScenarioOptions, ScenarioEvent } from './types.js';

/** One planted swarm as the generator runs it. */
export interface SwarmPlan {
  readonly id: string;
  /** Account indices in roster order (rotation walks this order). */
  readonly members: Int32Array;
  /** Time from which each member takes part. */
  readonly memberFromMs: Float64Array;
  readonly owned: readonly string[];
  readonly hijacked: readonly string[];
  readonly activeFrom: number;
  activeTo: number;
  readonly gamma: number;
  /** Sorted burst start times. */
  bursts: Float64Array;
}

/** Swarm plans plus the event log. */
export interface SwarmPlanning {
  readonly plans: SwarmPlan[];
  readonly events: ScenarioEvent[];
}

const HIJACK_POOL = 50;

/**
 * Plan rosters, tags and lifetimes of the swarms.
 * @param options resolved options
 * @param world the organic world (accounts, vocabulary, name factory)
 * @param rng the planning generator
 * @returns plans (bursts not yet scheduled) and events
 */
export function planSwarms(options: ResolvedScenarioOptions, world: World, rng: Rng): SwarmPlanning {
  const startMs = options.startMs;
  const endMs = startMs + options.days * 86_400_000;
  const candidates = Int32Array.from({ length: world.names.length }, (_, i) => i).filter((i) => world.hyperactive[i] === 0);
  shuffleInPlace(candidates, rng);
  let nextFresh = 0;
  const used: number[] = [];
  const fresh = (): number => {
    if (nextFresh >= candidates.length) return candidates[rng.int(candidates.length)]!;
    return candidates[nextFresh++]!;
  };
  const pickTags = (): { owned: string[]; hijacked: string[] } => {
    const owned = Array.from({ length: options.ownTags }, () => world.nameFactory.next());
    const pool = Math.min(HIJACK_POOL, world.vocabulary.length);
    const hijacked: string[] = [];
    while (hijacked.length < Math.min(options.hijackTags, pool)) {
      const tag = world.vocabulary[world.globalOrder[rng.int(pool)]!]!;
      if (!hijacked.includes(tag)) hijacked.push(tag);
    }
    return { owned, hijacked };
  };
  const plans: SwarmPlan[] = [];
  const newPlan = (members: number[], from: number, to: number, tags = pickTags(), memberFrom?: number[]): SwarmPlan => {
    const plan: SwarmPlan = {
      id: `S${String(plans.length + 1).padStart(2, '0')}`,
      members: Int32Array.from(members),
      memberFromMs: Float64Array.from(memberFrom ?? members.map(() => from)),
      owned: tags.owned, hijacked: tags.hijacked, activeFrom: from, activeTo: to,
      gamma: options.adoptionGammas[plans.length % options.adoptionGammas.length]!,
      bursts: new Float64Array(0),
    };
    plans.push(plan);
    return plan;
  };
  for (let k = 0; k < options.swarms; k++) {
    const size = Math.min(candidates.length, options.swarmSizeMin + rng.int(options.swarmSizeMax - options.swarmSizeMin + 1));
    // `used` holds distinct accounts (fresh members only), so `shared` of them can always be drawn.
    const shared = Math.min(used.length, Math.round(options.overlap * size));
    const members: number[] = [];
    while (members.length < shared) {
      const a = used[rng.int(used.length)]!;
      if (!members.includes(a)) members.push(a);
    }
    while (members.length < size) {
      const a = fresh();
      if (!members.includes(a)) members.push(a);
    }
    used.push(...members.slice(shared));
    newPlan(members, startMs, endMs);
  }
  const events: ScenarioEvent[] = [];
  if (options.dynamics) applyDynamics(plans, events, startMs, endMs, newPlan, fresh);
  // Swarms made by a merge or a split enter through that event, not through a birth.
  const derived = new Set(events.filter((e) => e.type === 'merge' || e.type === 'split').flatMap((e) => e.to));
  const closed = new Set(events.filter((e) => e.type === 'merge' || e.type === 'split').flatMap((e) => e.from));
  for (const plan of plans) {
    if (!derived.has(plan.id)) events.push(event('birth', plan.activeFrom, [], [plan.id]));
    if (plan.activeTo < endMs && !closed.has(plan.id)) events.push(event('death', plan.activeTo, [plan.id], []));
  }
  const rank = { birth: 0, growth: 1, merge: 2, split: 3, death: 4 } as const;
  events.sort((a, b) => a.timeMs - b.timeMs || rank[a.type] - rank[b.type] || compareStrings(a.swarms[0]!, b.swarms[0]!));
  return { plans, events };
}

function event(type: ScenarioEvent['type'], timeMs: number, from: string[], to: string[]): ScenarioEvent {
  return { type, timeMs, swarms: [...new Set([...from, ...to])].sort(), from, to };
}

type NewPlan = (members: number[], from: number, to: number, tags?: { owned: string[]; hijacked: string[] }, memberFrom?: number[]) => SwarmPlan;

/** Scheduled dynamics on the first swarms: birth, death, merge, split, growth (hour-aligned). */
function applyDynamics(plans: SwarmPlan[], events: ScenarioEvent[], startMs: number, endMs: number, newPlan: NewPlan, fresh: () => number): void {
  const at = (share: number): number => startMs + Math.round((share * (endMs - startMs)) / 3_600_000) * 3_600_000;
  const base = plans.slice();
  const b1 = base[1];
  if (b1 !== undefined) plans[1] = { ...b1, activeFrom: at(0.3), memberFromMs: b1.memberFromMs.map(() => at(0.3)) };
  if (base[2] !== undefined) base[2].activeTo = at(0.6);
  const a = base[3];
  const b = base[4];
  if (a !== undefined && b !== undefined) {
    const t = at(0.5);
    a.activeTo = t;
    b.activeTo = t;
    const merged = newPlan([...new Set([...a.members, ...b.members])], t, endMs, { owned: [...a.owned], hijacked: [...a.hijacked] });
    events.push(event('merge', t, [a.id, b.id], [merged.id]));
  }
  const s = base[5];
  if (s !== undefined) {
    const t = at(0.5);
    s.activeTo = t;
    const half = Math.ceil(s.members.length / 2);
    const first = newPlan([...s.members.subarray(0, half)], t, endMs, { owned: [...s.owned], hijacked: [...s.hijacked] });
    const second = newPlan([...s.members.subarray(half)], t, endMs);
    events.push(event('split', t, [s.id], [first.id, second.id]));
  }
  const g = base[6];
  if (g !== undefined) {
    const t = at(0.4);
    const added: number[] = [];
    while (added.length < Math.ceil(g.members.length / 2)) {
      const x = fresh();
      if (!g.members.includes(x) && !added.includes(x)) added.push(x);
    }
    const index = plans.indexOf(g);
    plans[index] = { ...g, members: Int32Array.from([...g.members, ...added]), memberFromMs: Float64Array.from([...g.memberFromMs, ...added.map(() => t)]) };
    events.push(event('growth', t, [g.id], [g.id]));
  }
}

/**
 * Lay out burst start times for each plan: a Poisson process of rate `burstsPerDay`, or a
 * fixed period with a random phase (`periodic`, bot-like).
 * @param plans swarm plans (their `bursts` are replaced)
 * @param options resolved options
 * @param rng the planning generator
 */
export function scheduleBursts(plans: readonly SwarmPlan[], options: ResolvedScenarioOptions, rng: Rng): void {
  const periodMs = 86_400_000 / options.burstsPerDay;
  for (const plan of plans) {
    const span = plan.activeTo - plan.activeFrom;
    const times: number[] = [];
    if (options.burstSchedule === 'periodic') {
      for (let t = plan.activeFrom + rng.next() * periodMs; t < plan.activeTo; t += periodMs) times.push(t);
    } else {
      const count = samplePoisson(rng, (options.burstsPerDay * span) / 86_400_000);
      for (let i = 0; i < count; i++) times.push(plan.activeFrom + rng.next() * span);
      times.sort((x, y) => x - y);
    }
    plan.bursts = Float64Array.from(times);
  }
}
