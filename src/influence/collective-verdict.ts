/**
 * The collective-influencer verdict (METRICS.md end of §3.8, and the library's fourth criterion):
 *
 *   collectiveInfluencer := emergence ∧ collective ∧ members weak ∧ reaches more together, where
 *   emergence     = swarmLift interval above 1 (Definition A), or, when A has low support or is
 *                   undefined, burstLift > 1 with Monte Carlo p ≤ alpha (Definition B);
 *   collective    = collectiveness ≥ collectivenessThreshold;
 *   members weak  = median member followerReach < window median followerReach, or
 *                   median member leadRank < window median leadRank;
 *   reaches more together = groupLeadReach > the strongest member's groupLeadReach scored alone
 *                   ({@link reachesMoreTogether}): the group reaches accounts its best member does not.
 *
 * The fourth criterion is the report's headline comparison (report/swarm-headlines.ts counts it for "N of M
 * swarms reach more accounts together than their strongest member alone"), so a swarm judged a
 * collective influencer is always one of those N: before issue #24 a swarm whose group and member
 * reach were both 0 could be judged one while the headline counted it out.
 */
import { median } from '../_lib/stats.js';
import type { PreparedWindow } from './score-accounts.js';
import type { GroupCore } from './score-group-core.js';
import type { IndividualInfluence, StrongestMember } from './types.js';

const fmt = (x: number): string => String(Number(x.toPrecision(3)));

/**
 * Whether a group reaches more accounts together than its strongest member alone: both lead reaches
 * known and the group's strictly larger. The one definition behind the verdict's
 * `reach-above-best-member` criterion and the report's headline count.
 * @param groupReach the group's `groupLeadReach`.
 * @param memberAloneReach the strongest member's `groupLeadReach` scored alone.
 * @returns false when either is null.
 * @example
 * reachesMoreTogether(0.1, 0.07); // true
 * reachesMoreTogether(0, 0);      // false: a group that reaches no one is not more than its members
 */
export function reachesMoreTogether(groupReach: number | null, memberAloneReach: number | null): boolean {
  return groupReach !== null && memberAloneReach !== null && groupReach > memberAloneReach;
}

/** The non-null values of `key` over `records` (in order). */
export function presentValues(records: readonly IndividualInfluence[], key: 'followerReach' | 'leadRank'): number[] {
  const values: number[] = [];
  for (const r of records) {
    const v = r[key];
    if (v !== null) values.push(v);
  }
  return values;
}

/** Window medians of followerReach and leadRank (undefined without data). */
export interface WindowMedians {
  readonly followerReach: number | undefined;
  readonly leadRank: number | undefined;
}

/** The medians the members-weak criterion compares against. */
export function windowMedians(individual: readonly IndividualInfluence[]): WindowMedians {
  return {
    followerReach: median(presentValues(individual, 'followerReach')),
    leadRank: median(presentValues(individual, 'leadRank')),
  };
}

/** The verdict and one `code: detail` line per criterion, in the order of the definition. */
export function collectiveVerdict(
  core: GroupCore, strongest: StrongestMember, prep: PreparedWindow, individual: readonly IndividualInfluence[],
  members: readonly number[], medians: WindowMedians,
): { collectiveInfluencer: boolean; reasons: string[] } {
  const o = prep.options;
  const reasons: string[] = [];
  let emergence = false;
  if (core.swarmLift !== null && !core.swarmLiftLowSupport) {
    emergence = core.swarmLiftLower !== null && core.swarmLiftLower > 1;
    const detail = `swarmLift ${fmt(core.swarmLift)} [${core.swarmLiftLower === null ? '–' : fmt(core.swarmLiftLower)}, ${core.swarmLiftUpper === null ? '–' : fmt(core.swarmLiftUpper)}]`;
    reasons.push(`${emergence ? 'swarm-lift-above-1' : 'swarm-lift-not-above-1'}: ${detail}`);
  } else {
    reasons.push(`swarm-lift-unsupported: ${core.swarmLiftReason ?? `low support (${core.coordinatedPosts} coordinated, ${core.soloPosts} solo units)`}`);
    if (core.burstLift === null || core.burstPValue === null) reasons.push('burst-lift-unavailable: no hashtag with enough member posts');
    else {
      emergence = core.burstLift > 1 && core.burstPValue <= o.alpha;
      reasons.push(`${emergence ? 'burst-lift-significant' : 'burst-lift-not-significant'}: burstLift ${fmt(core.burstLift)}, p ${fmt(core.burstPValue)} (alpha ${o.alpha})`);
    }
  }
  const collective = core.collectiveness !== null && core.collectiveness >= o.collectivenessThreshold;
  reasons.push(core.collectiveness === null ? 'collectiveness-unavailable: fewer than two contributing members'
    : `${collective ? 'collective' : 'not-collective'}: collectiveness ${fmt(core.collectiveness)} vs ${o.collectivenessThreshold}`);
  const weakness: string[] = [];
  let weak = false;
  for (const key of ['followerReach', 'leadRank'] as const) {
    const windowMedian = medians[key];
    const memberMedian = median(presentValues(members.map((a) => individual[a]!), key));
    if (windowMedian === undefined || memberMedian === undefined) continue;
    if (memberMedian < windowMedian) weak = true;
    weakness.push(`median member ${key} ${fmt(memberMedian)} ${memberMedian < windowMedian ? '<' : '≥'} window median ${fmt(windowMedian)}`);
  }
  reasons.push(weakness.length === 0 ? 'member-strength-unavailable: no followerReach or leadRank'
    : `${weak ? 'members-weak' : 'members-not-weak'}: ${weakness.join('; ')}`);
  const group = core.groupLeadReach;
  const alone = strongest.alone.groupLeadReach;
  const more = reachesMoreTogether(group, alone);
  reasons.push(group === null || alone === null ? 'reach-unavailable: no lead reach for the group or its strongest member'
    : `${more ? 'reach-above-best-member' : 'reach-not-above-best-member'}: groupLeadReach ${fmt(group)} ${more ? '>' : '≤'} ${fmt(alone)} of ${strongest.account} alone`);
  return { collectiveInfluencer: emergence && collective && weak && more, reasons };
}
