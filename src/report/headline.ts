/**
 * The headline comparison of the report: a swarm's group influence against the
 * influence of its strongest member alone (DESIGN.md §1, §7). Both are lead
 * reach on the same lead graph (METRICS.md §3.1 `groupLeadReach`): the group's
 * out-neighbourhood share, and the strongest member's when scored as a
 * one-member group (`group.strongestMember.alone.groupLeadReach`). Same unit,
 * so a swarm above the diagonal reaches more accounts together than its best
 * member alone. When the group record carries no strongest member, the member
 * with the highest `leadFollowers` is named and its `leadFollowers` shown.
 */
import { compareStrings } from '../_lib/compare.js';
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
}

/**
 * Name each swarm's strongest member and read the headline numbers.
 * @param report the report.
 * @returns one headline per swarm, in the report's swarm order.
 * @example
 * swarmHeadlines(report)[0]; // { swarmId: 's1', groupInfluence: 0.25, strongestMember: 'alice', memberInfluence: 0.12, … }
 */
export function swarmHeadlines(report: SwarmReport): SwarmHeadline[] {
  const byName = new Map<string, AccountReport>();
  for (const a of report.accounts) byName.set(a.account, a);
  return report.swarms.map((s) => headlineOf(s, byName));
}

function headlineOf(swarm: SwarmReportEntry, byName: ReadonlyMap<string, AccountReport>): SwarmHeadline {
  const groupInfluence = numberField(swarm.group, GROUP_HEADLINE);
  const named: unknown = swarm.group === null ? undefined : (swarm.group as { strongestMember?: unknown }).strongestMember;
  if (named !== null && typeof named === 'object' && typeof (named as { account?: unknown }).account === 'string') {
    const m = named as { account: string; alone?: unknown };
    return { swarmId: swarm.id, groupInfluence, strongestMember: m.account, memberInfluence: numberField(m.alone, GROUP_HEADLINE), memberMetric: 'alone.groupLeadReach' };
  }
  let best: AccountReport | undefined;
  for (const name of swarm.members) {
    const a = byName.get(name);
    if (a !== undefined && (best === undefined || stronger(a, best))) best = a;
  }
  return {
    swarmId: swarm.id, groupInfluence, strongestMember: best?.account ?? null,
    memberInfluence: best === undefined ? null : numberField(best.individual, INDIVIDUAL_HEADLINE), memberMetric: 'leadFollowers',
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
