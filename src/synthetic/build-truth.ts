/**
 * Assemble the JSON-serialisable ground truth of a finished run: swarms with member names
 * (sorted), campaign tags, lifetimes, membership periods, realised burst statistics and the
 * planted lift; events; coordinated post ids; shocks.
 */
import { compareStrings } from '../_lib/compare.js';
import type { World } from './build-world.js';
import type { Shock } from './organic.js';
import type { SwarmPlan } from './plan-swarms.js';
import type { BurstStats } from './swarm-bursts.js';
import type { MembershipPeriod, ResolvedScenarioOptions, ScenarioEvent, ScenarioTruth, SwarmTruth } from './types.js';

/** Everything {@link buildTruth} needs from a run. */
export interface TruthInput {
  readonly options: ResolvedScenarioOptions;
  readonly world: World;
  readonly plans: readonly SwarmPlan[];
  readonly events: readonly ScenarioEvent[];
  readonly stats: readonly BurstStats[];
  readonly shocks: readonly Shock[];
  readonly coordinatedIds: readonly string[];
  readonly posts: number;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Build the truth object.
 * @param input the run's plans, statistics and counters
 * @returns the ground truth (plain data)
 */
export function buildTruth(input: TruthInput): ScenarioTruth {
  const { options, world, plans, stats } = input;
  const swarms: SwarmTruth[] = plans.map((plan, i) => {
    const s = stats[i]!;
    const names = (indices: Iterable<number>): string[] => [...new Set([...indices].map((a) => world.names[a]!))].sort(compareStrings);
    const joinTimes = [...new Set(plan.memberFromMs)].sort((a, b) => a - b);
    const membership: MembershipPeriod[] = joinTimes.map((from, k) => ({
      fromMs: Math.max(from, plan.activeFrom),
      toMs: joinTimes[k + 1] ?? plan.activeTo,
      members: names([...plan.members].filter((_, p) => plan.memberFromMs[p]! <= from)),
    }));
    return {
      id: plan.id,
      members: names(plan.members),
      hashtags: [...plan.owned, ...plan.hijacked],
      ownedHashtags: [...plan.owned],
      hijackedHashtags: [...plan.hijacked],
      activeFrom: plan.activeFrom,
      activeTo: plan.activeTo,
      membership,
      bursts: s.bursts,
      coordinatedPosts: s.participants,
      measuredParticipation: s.rosterSlots > 0 ? s.participants / s.rosterSlots : 0,
      adoptionGamma: plan.gamma,
      adoptions: s.adoptions,
      plantedLift: options.adoptionScale > 0 && s.responseDesync > 0 ? s.responseActual / s.responseDesync : null,
    };
  });
  return {
    scenario: options.scenario,
    options,
    startMs: input.startMs,
    endMs: input.endMs,
    posts: input.posts,
    accounts: world.names.length,
    swarms: swarms.sort((a, b) => compareStrings(a.id, b.id)),
    events: input.events,
    coordinatedPostIds: [...input.coordinatedIds].sort(compareStrings),
    shocks: input.shocks.map((s) => ({ timeMs: s.timeMs, hashtag: s.hashtag, accounts: s.accounts })),
  };
}
