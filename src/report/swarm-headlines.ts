/**
 * The headline comparison of the report: a swarm's group influence against the
 * influence of its strongest member alone (DESIGN.md §1, §7). Both are lead
 * reach on the same lead graph (METRICS.md §3.1 `groupLeadReach`): the group's
 * out-neighbourhood share, and the strongest member's when scored as a
 * one-member group (`group.strongestMember.alone.groupLeadReach`). Same unit,
 * so a swarm above the diagonal reaches more accounts together than its best
 * member alone. When the group record carries no strongest member, the member
 * with the highest `leadFollowers` is named and its `leadFollowers` shown.
 *
 * The verdict reads the same comparison: `reachesMoreTogether` (influence/collective-verdict.ts) decides both
 * whether a swarm counts in "N of M swarms reach more accounts together than their strongest member
 * alone" and the verdict's fourth criterion, so every swarm judged a collective influencer is among
 * those N (issue #24).
 */
import { compareStrings } from '../_lib/compare.js';
import { reachesMoreTogether } from '../influence/index.js';
import { numberField } from './fields.js';
import type { AccountReport, SwarmReport, SwarmReportEntry } from './types.js';

/** Group field used as the headline group influence. */
export const GROUP_HEADLINE = 'groupLeadReach';
/** Individual field that picks the strongest member when the group record names none. */
export const INDIVIDUAL_HEADLINE = 'leadFollowers';
const INDIVIDUAL_TIE_BREAK = 'followerReach';

/** A swarm's strongest member and the two headline numbers. */
export interface SwarmHeadline {
  readonly swarmId: string;
  readonly groupInfluence: number | null;
  readonly strongestMember: string | null;
  readonly memberInfluence: number | null;
  /** Which field `memberInfluence` is: the member alone on the group metric, or its individual lead followers. */
  readonly memberMetric: 'alone.groupLeadReach' | 'leadFollowers';
  /**
   * Whether the group reaches more accounts than its strongest member alone (`reachesMoreTogether`
   * on the two numbers); null when they are not in one unit (`memberMetric` 'leadFollowers').
   */
  readonly reachesMoreTogether: boolean | null;
  /** The verdict of the swarm's representative window (`group.collectiveInfluencer`); null without a group record. */
  readonly collectiveInfluencer: boolean | null;
  /** The verdict's reasons, one `code: detail` line per criterion (`group.reasons`); empty without a group record. */
  readonly reasons: readonly string[];
}

/**
 * Name each swarm's strongest member and read the headline numbers.
 * @param report the report.
 * @returns one headline per swarm, in the report's swarm order.
 * @example
 * swarmHeadlines(report)[0]; // { swarmId: 's1', groupInfluence: 0.25, strongestMember: 'alice', memberInfluence: 0.12, reachesMoreTogether: true, collectiveInfluencer: true, … }
 */
export function swarmHeadlines(report: SwarmReport): SwarmHeadline[] {
  const byName = new Map<string, AccountReport>();
  for (const a of report.accounts) byName.set(a.account, a);
  return report.swarms.map((s) => headlineOf(s, byName));
}

function verdictOf(swarm: SwarmReportEntry): Pick<SwarmHeadline, 'collectiveInfluencer' | 'reasons'> {
  const g: unknown = swarm.group;
  if (g === null || typeof g !== 'object') return { collectiveInfluencer: null, reasons: [] };
  const { collectiveInfluencer, reasons } = g as { collectiveInfluencer?: unknown; reasons?: unknown };
  return {
    collectiveInfluencer: typeof collectiveInfluencer === 'boolean' ? collectiveInfluencer : null,
    reasons: Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [],
  };
}

function headlineOf(swarm: SwarmReportEntry, byName: ReadonlyMap<string, AccountReport>): SwarmHeadline {
  const groupInfluence = numberField(swarm.group, GROUP_HEADLINE);
  const named: unknown = swarm.group === null ? undefined : (swarm.group as { strongestMember?: unknown }).strongestMember;
  if (named !== null && typeof named === 'object' && typeof (named as { account?: unknown }).account === 'string') {
    const m = named as { account: string; alone?: unknown };
    const memberInfluence = numberField(m.alone, GROUP_HEADLINE);
    return {
      swarmId: swarm.id, groupInfluence, strongestMember: m.account, memberInfluence, memberMetric: 'alone.groupLeadReach',
      reachesMoreTogether: groupInfluence === null || memberInfluence === null ? null : reachesMoreTogether(groupInfluence, memberInfluence),
      ...verdictOf(swarm),
    };
  }
  let best: AccountReport | undefined;
  for (const name of swarm.members) {
    const a = byName.get(name);
    if (a !== undefined && (best === undefined || stronger(a, best))) best = a;
  }
  return {
    swarmId: swarm.id, groupInfluence, strongestMember: best?.account ?? null,
    memberInfluence: best === undefined ? null : numberField(best.individual, INDIVIDUAL_HEADLINE), memberMetric: 'leadFollowers',
    reachesMoreTogether: null, ...verdictOf(swarm),
  };
}

function stronger(a: AccountReport, b: AccountReport): boolean {
  for (const field of [INDIVIDUAL_HEADLINE, INDIVIDUAL_TIE_BREAK]) {
    const x = numberField(a.individual, field) ?? -Infinity;
    const y = numberField(b.individual, field) ?? -Infinity;
    if (x !== y) return x > y;
  }
  return compareStrings(a.account, b.account) < 0;
}
