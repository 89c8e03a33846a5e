/**
 * Run-level aggregation of the per-window scores.
 *
 * Accounts (per account, over the windows where it posted):
 *   sums  — postCount, leadFollowers, strength, engagementTotal, externalEngagement (counts and
 *           weights; with sliding windows a post is counted once per window holding it, so divide
 *           by size/step for per-post totals);
 *   max   — hashtagDegree, degree, followerReach, hIndex (reach and peak-type values);
 *   mean  — firstMoverShare, leadRank, engagementRate (rates; over windows where non-null);
 *   latest non-null swarmId, plus every swarm id seen (sorted).
 * Swarms (per swarm id): for every numeric field of {@link GroupInfluence}, the mean and the max over
 *   the windows where it is non-null and the latest value; windows, union of members, owned
 *   hashtags (sorted) and the number of windows with `collectiveInfluencer`.
 */
import { compareStrings } from '../_lib/compare.js';
import type { GroupInfluence, IndividualInfluence } from './types.js';

/** Aggregated individual influence of one account over the run. */
export interface AccountAggregate {
  readonly account: string;
  readonly windows: number;
  readonly postCount: number;
  readonly leadFollowers: number;
  readonly strength: number;
  readonly engagementTotal: number | null;
  readonly externalEngagement: number | null;
  readonly hashtagDegree: number;
  readonly degree: number;
  readonly followerReach: number | null;
  readonly hIndex: number | null;
  readonly firstMoverShare: number | null;
  readonly leadRank: number | null;
  readonly engagementRate: number | null;
  readonly swarmId: string | null;
  readonly swarmIds: readonly string[];
}

/** Mean, max and latest of one numeric group field over windows. */
export interface FieldSummary {
  readonly mean: number | null;
  readonly max: number | null;
  readonly latest: number | null;
}

/** Aggregated group influence of one swarm over the run. */
export interface SwarmAggregate {
  readonly swarmId: string;
  readonly windows: number;
  readonly members: readonly string[];
  readonly ownedHashtags: readonly string[];
  readonly collectiveInfluencerWindows: number;
  /** Keyed by numeric GroupInfluence field name (keys sorted). */
  readonly fields: Readonly<Record<string, FieldSummary>>;
}

const sumOrNull = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length > 0 ? v.reduce((s, x) => s + x, 0) : null;
};
const maxOrNull = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length > 0 ? Math.max(...v) : null;
};
const meanOrNull = (xs: readonly (number | null)[]): number | null => {
  const s = sumOrNull(xs);
  return s === null ? null : s / xs.filter((x) => x !== null).length;
};

/**
 * Aggregate per-window individual scores per account.
 * @param perWindow the `accounts` of each window's scores, in window order.
 * @returns one record per account, sorted by account.
 * @example
 * aggregateAccountScores([w0.accounts, w1.accounts])[0].postCount; // summed over windows
 */
export function aggregateAccountScores(perWindow: readonly (readonly IndividualInfluence[])[]): readonly AccountAggregate[] {
  const byAccount = new Map<string, IndividualInfluence[]>();
  for (const window of perWindow) for (const r of window) {
    const list = byAccount.get(r.account);
    if (list) list.push(r); else byAccount.set(r.account, [r]);
  }
  return [...byAccount.keys()].sort(compareStrings).map((account) => {
    const rs = byAccount.get(account)!;
    const pick = <K extends keyof IndividualInfluence>(k: K) => rs.map((r) => r[k]);
    const swarms = rs.map((r) => r.swarmId).filter((s): s is string => s !== null);
    return {
      account,
      windows: rs.length,
      postCount: sumOrNull(pick('postCount'))!,
      leadFollowers: sumOrNull(pick('leadFollowers'))!,
      strength: sumOrNull(pick('strength'))!,
      engagementTotal: sumOrNull(pick('engagementTotal')),
      externalEngagement: sumOrNull(pick('externalEngagement')),
      hashtagDegree: maxOrNull(pick('hashtagDegree'))!,
      degree: maxOrNull(pick('degree'))!,
      followerReach: maxOrNull(pick('followerReach')),
      hIndex: maxOrNull(pick('hIndex')),
      firstMoverShare: meanOrNull(pick('firstMoverShare')),
      leadRank: meanOrNull(pick('leadRank')),
      engagementRate: meanOrNull(pick('engagementRate')),
      swarmId: swarms.length > 0 ? swarms[swarms.length - 1]! : null,
      swarmIds: [...new Set(swarms)].sort(compareStrings),
    };
  });
}

/**
 * Aggregate per-window group scores per swarm id (use tracked ids so a swarm is one entry).
 * @param perWindow the group scores of each window, in window order.
 * @returns one record per swarm id, sorted by id.
 * @example
 * aggregateSwarmScores([w0.swarms, w1.swarms])[0].fields.burstLift.max;
 */
export function aggregateSwarmScores(perWindow: readonly (readonly GroupInfluence[])[]): readonly SwarmAggregate[] {
  const bySwarm = new Map<string, GroupInfluence[]>();
  for (const window of perWindow) for (const g of window) {
    const list = bySwarm.get(g.swarmId);
    if (list) list.push(g); else bySwarm.set(g.swarmId, [g]);
  }
  return [...bySwarm.keys()].sort(compareStrings).map((swarmId) => {
    const gs = bySwarm.get(swarmId)!;
    const keys = Object.keys(gs[0]!).filter((k) => gs.some((g) => typeof (g as unknown as Record<string, unknown>)[k] === 'number')).sort(compareStrings);
    const fields: Record<string, FieldSummary> = {};
    for (const k of keys) {
      const values = gs.map((g) => {
        const v = (g as unknown as Record<string, unknown>)[k];
        return typeof v === 'number' ? v : null;
      });
      const nonNull = values.filter((v) => v !== null);
      fields[k] = { mean: meanOrNull(values), max: maxOrNull(values), latest: nonNull.length > 0 ? nonNull[nonNull.length - 1]! : null };
    }
    return {
      swarmId,
      windows: gs.length,
      members: [...new Set(gs.flatMap((g) => g.members))].sort(compareStrings),
      ownedHashtags: [...new Set(gs.flatMap((g) => g.ownedHashtags))].sort(compareStrings),
      collectiveInfluencerWindows: gs.filter((g) => g.collectiveInfluencer).length,
      fields,
    };
  });
}
