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

// Running per-account state: one record of STRIDE float64 slots per account in one buffer, the
// means as sum and count, each nullable value with a "seen" flag. The aggregator visits every
// account of every window; with one object per account, each double field is a separate heap
// box, so a row touches some eight scattered cache lines; a 160-byte record is three
// (figures: bench/README.md, "Measurements behind implementation choices").
const WINDOWS = 0;
const POST_COUNT = 1;
const LEAD_FOLLOWERS = 2;
const STRENGTH = 3;
const HASHTAG_DEGREE = 4;
const DEGREE = 5;
const ENGAGEMENT_TOTAL = 6; // sum, then its seen flag at +1
const EXTERNAL_ENGAGEMENT = 8;
const FOLLOWER_REACH = 10; // max, then its seen flag at +1
const H_INDEX = 12;
const FIRST_MOVER = 14; // sum, then the count at +1
const LEAD_RANK = 16;
const ENGAGEMENT_RATE = 18;
const STRIDE = 20;

/** Incremental form of {@link aggregateAccountScores}: feed windows in order, read at any time. */
export interface AccountAggregator {
  /** Add one window's individual scores (windows in order). */
  add(window: readonly IndividualInfluence[]): void;
  /** The aggregate so far, sorted by account. */
  result(): readonly AccountAggregate[];
}

function addNullable(v: Float64Array, o: number, x: number | null): void {
  if (x === null) return;
  v[o] = v[o + 1] === 1 ? v[o]! + x : x;
  v[o + 1] = 1;
}

function maxNullable(v: Float64Array, o: number, x: number | null): void {
  if (x === null) return;
  v[o] = v[o + 1] === 1 ? Math.max(v[o]!, x) : x;
  v[o + 1] = 1;
}

function addToMean(v: Float64Array, o: number, x: number | null): void {
  if (x === null) return;
  v[o] = v[o]! + x;
  v[o + 1] = v[o + 1]! + 1;
}

const nullable = (v: Float64Array, o: number): number | null => (v[o + 1] === 1 ? v[o]! : null);
const meanOf = (v: Float64Array, o: number): number | null => (v[o + 1]! > 0 ? v[o]! / v[o + 1]! : null);

/**
 * Create an incremental account aggregator (memory bounded by the number of accounts, not of
 * windows — what a long-running stream needs).
 * @returns the aggregator.
 * @example
 * const agg = createAccountAggregator(); agg.add(w0.accounts); agg.add(w1.accounts); agg.result();
 */
export function createAccountAggregator(): AccountAggregator {
  const indexOf = new Map<string, number>();
  const names: string[] = [];
  let values = new Float64Array(256 * STRIDE);
  const swarmId: (string | null)[] = [];
  const swarmIds: (Set<string> | null)[] = [];
  return {
    add(window) {
      for (const r of window) {
        let i = indexOf.get(r.account);
        if (i === undefined) {
          i = names.length;
          indexOf.set(r.account, i);
          names.push(r.account);
          swarmId.push(null);
          swarmIds.push(null);
          if ((i + 1) * STRIDE > values.length) {
            const grown = new Float64Array(values.length * 2);
            grown.set(values);
            values = grown;
          }
          values[i * STRIDE + HASHTAG_DEGREE] = r.hashtagDegree;
          values[i * STRIDE + DEGREE] = r.degree;
        }
        const v = values;
        const o = i * STRIDE;
        v[o + WINDOWS]!++;
        v[o + POST_COUNT] = v[o + POST_COUNT]! + r.postCount;
        v[o + LEAD_FOLLOWERS] = v[o + LEAD_FOLLOWERS]! + r.leadFollowers;
        v[o + STRENGTH] = v[o + STRENGTH]! + r.strength;
        v[o + HASHTAG_DEGREE] = Math.max(v[o + HASHTAG_DEGREE]!, r.hashtagDegree);
        v[o + DEGREE] = Math.max(v[o + DEGREE]!, r.degree);
        addNullable(v, o + ENGAGEMENT_TOTAL, r.engagementTotal);
        addNullable(v, o + EXTERNAL_ENGAGEMENT, r.externalEngagement);
        maxNullable(v, o + FOLLOWER_REACH, r.followerReach);
        maxNullable(v, o + H_INDEX, r.hIndex);
        addToMean(v, o + FIRST_MOVER, r.firstMoverShare);
        addToMean(v, o + LEAD_RANK, r.leadRank);
        addToMean(v, o + ENGAGEMENT_RATE, r.engagementRate);
        if (r.swarmId !== null) {
          swarmId[i] = r.swarmId;
          (swarmIds[i] ??= new Set()).add(r.swarmId);
        }
      }
    },
    result() {
      const order = names.map((_, i) => i).sort((x, y) => compareStrings(names[x]!, names[y]!));
      return order.map((i) => {
        const v = values;
        const o = i * STRIDE;
        const ids = swarmIds[i] ?? null;
        return {
          account: names[i]!, windows: v[o + WINDOWS]!, postCount: v[o + POST_COUNT]!, leadFollowers: v[o + LEAD_FOLLOWERS]!,
          strength: v[o + STRENGTH]!, engagementTotal: nullable(v, o + ENGAGEMENT_TOTAL),
          externalEngagement: nullable(v, o + EXTERNAL_ENGAGEMENT), hashtagDegree: v[o + HASHTAG_DEGREE]!, degree: v[o + DEGREE]!,
          followerReach: nullable(v, o + FOLLOWER_REACH), hIndex: nullable(v, o + H_INDEX), firstMoverShare: meanOf(v, o + FIRST_MOVER),
          leadRank: meanOf(v, o + LEAD_RANK), engagementRate: meanOf(v, o + ENGAGEMENT_RATE), swarmId: swarmId[i]!,
          swarmIds: ids === null ? [] : [...ids].sort(compareStrings),
        };
      });
    },
  };
}

/**
 * Aggregate per-window individual scores per account.
 * @param perWindow the `accounts` of each window's scores, in window order.
 * @returns one record per account, sorted by account.
 * @example
 * aggregateAccountScores([w0.accounts, w1.accounts])[0].postCount; // summed over windows
 */
export function aggregateAccountScores(perWindow: readonly (readonly IndividualInfluence[])[]): readonly AccountAggregate[] {
  const agg = createAccountAggregator();
  for (const window of perWindow) agg.add(window);
  return agg.result();
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
