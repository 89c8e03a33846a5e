/**
 * All group metrics of one member set in a prepared window (METRICS.md §3, §7.3), except the
 * verdict and the strongest member, which {@link scoreSwarms} adds. Each metric family lives in
 * its own file; this file wires them to one {@link InfluenceGroupData}.
 */
import { createRng, hashSeed } from '../_lib/rng.js';
import { scoreAudience } from './score-audience.js';
import { scoreBurstLift } from './score-burst-lift.js';
import { scoreCohesion } from './score-cohesion.js';
import { scoreConcentration } from './score-concentration.js';
import { scoreGroupCentrality } from './score-group-centrality.js';
import { buildGroupData, type InfluenceGroupData } from './group-data.js';
import type { PreparedWindow } from './score-accounts.js';
import { scoreVoice } from './score-voice.js';
import { scoreSwarmLift } from './score-swarm-lift.js';
import { scoreSynchrony } from './score-synchrony.js';
import type { GroupInfluence, IndividualInfluence } from './types.js';

/** Group metrics before the verdict. */
export type GroupCore = Omit<GroupInfluence, 'swarmId' | 'collectiveInfluencer' | 'reasons' | 'strongestMember'>;

/**
 * Score a member set.
 * @param group the member-level data of the set ({@link buildGroupData}).
 * @param individual individual scores by account id (window accounts).
 * @param seedKey key mixed into the seed, so each group has its own reproducible stream.
 */
export function scoreGroupCore(
  prep: PreparedWindow,
  group: InfluenceGroupData,
  individual: readonly IndividualInfluence[],
  seedKey: string,
): GroupCore {
  const { ctx, lead, options } = prep;
  const rng = createRng(hashSeed(`${options.seed}:${seedKey}`));
  const liftRng = rng.fork();
  const burstRng = rng.fork();
  const lift = scoreSwarmLift(ctx, group, {
    tauMs: options.tauMs,
    shrinkage: options.shrinkage,
    resamples: options.bootstrapResamples,
    confidenceLevel: options.confidenceLevel,
    minSupport: options.minLiftSupport,
    strata: options.liftStrata,
  }, liftRng);
  const burst = scoreBurstLift(ctx, group, options.shiftReplicates, burstRng);
  const postsOnHs = new Float64Array(group.members.length);
  const counted = new Set<number>();
  for (const r of group.rows) {
    const p = ctx.occPost[r]!;
    if (counted.has(p)) continue;
    counted.add(p);
    postsOnHs[group.local[ctx.occAccount[r]!]!]!++;
  }
  const { creditByMember, ...liftScores } = lift;
  return {
    size: group.members.length,
    members: Array.from(group.members, (a) => ctx.accounts[a]!),
    memberPosts: group.memberPosts,
    groupHashtags: group.hashtags.length,
    ...scoreSynchrony(ctx, group),
    ...scoreCohesion(ctx, group, options.resolution),
    ...scoreGroupCentrality(ctx, lead, group),
    ...scoreAudience(ctx, group, Array.from(group.members, (a) => individual[a]!.followerReach)),
    ...scoreVoice(ctx, group, options, burst),
    ...scoreConcentration(creditByMember, postsOnHs),
    ...liftScores,
    burstLift: burst.burstLift,
    burstZ: burst.burstZ,
    burstPValue: burst.burstPValue,
  };
}

/**
 * The reach and burst metrics of one account scored as a one-member group (for the strongest member).
 * @param universe the member-level data of the account's swarm.
 */
export function scoreMemberAlone(prep: PreparedWindow, account: number, seedKey: string, universe: InfluenceGroupData) {
  const { ctx, lead, options } = prep;
  const group = buildGroupData(ctx, [account], options.minGroupHashtagPosts);
  const burst = scoreBurstLift(ctx, group, options.shiftReplicates, createRng(hashSeed(`${options.seed}:${seedKey}`)));
  return { burstLift: burst.burstLift, burstZ: burst.burstZ, ...scoreGroupCentrality(ctx, lead, group, universe) };
}
