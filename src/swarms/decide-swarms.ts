/**
 * The isSwarm rule of METRICS.md §6.2 with a correction across the window's
 * candidates:
 *
 *   isSwarm := m ≥ minSwarmSize ∧ p̃TimeShift ≤ α ∧ (p̃Permutation ≤ α ∨ ownedHashtags ≥ 1)
 *              ∧ repeatedBursts ≥ minRepeatedBursts ∧ T(S) ≥ minStatistic,
 *
 * where p̃ are Benjamini–Hochberg adjusted p-values over the C candidates
 * (default), Šidák-adjusted 1 − (1 − p)^C, or raw. The reported `pValue` is the
 * p-value of that conjunction (intersection–union test): max(p̃TimeShift,
 * p̃Permutation), or p̃TimeShift alone when the group owns a hashtag. With
 * `groupNulls: 'time-shift'` (detectSwarms' default) the permutation clause is
 * dropped: the hashtag's timing is already the edge null's (METRICS.md §6.5).
 */
import { benjaminiHochbergAdjust } from '../_lib/stats.js';
import type { SwarmCorrection, SwarmRejectReason } from './types.js';

/** What the rule needs of one candidate. */
export interface DecisionInput {
  readonly pTimeShift: number;
  readonly pPermutation: number;
  readonly ownedHashtags: number;
  readonly repeatedBursts: number;
  readonly statistic: number;
}

/** The rule's verdict for one candidate. */
export interface Decision {
  readonly pValue: number;
  readonly isSwarm: boolean;
  readonly reasons: readonly SwarmRejectReason[];
}

function adjust(pValues: readonly number[], correction: SwarmCorrection): Float64Array {
  const c = pValues.length;
  if (correction === 'bh') return benjaminiHochbergAdjust(pValues, c);
  if (correction === 'sidak') return Float64Array.from(pValues, (p) => 1 - (1 - p) ** c);
  return Float64Array.from(pValues);
}

/**
 * Apply the rule to every candidate of a window.
 * @param inputs one entry per candidate.
 * @param alpha level α.
 * @param correction the correction across candidates.
 * @param minRepeatedBursts the burst rule.
 * @param minStatistic the effect-size floor on T(S).
 * @param permutation whether the permutation null decides (`groupNulls: 'both'`).
 * @returns one decision per candidate, in input order.
 * @example
 * decideSwarms([{ pTimeShift: 0.005, pPermutation: 0.5, ownedHashtags: 1, repeatedBursts: 4, statistic: 0.8 }], 0.05, 'bh', 2)[0].isSwarm; // true
 */
export function decideSwarms(
  inputs: readonly DecisionInput[],
  alpha: number,
  correction: SwarmCorrection,
  minRepeatedBursts: number,
  minStatistic = 0,
  permutation = true,
): Decision[] {
  const ts = adjust(inputs.map((d) => d.pTimeShift), correction);
  const perm = adjust(inputs.map((d) => d.pPermutation), correction);
  return inputs.map((d, i) => {
    // The permutation null decides only when asked to and when the group owns no hashtag (§6.2).
    const timeShiftOnly = !permutation || d.ownedHashtags >= 1;
    const pValue = timeShiftOnly ? ts[i]! : Math.max(ts[i]!, perm[i]!);
    const reasons: SwarmRejectReason[] = [];
    if (ts[i]! > alpha) reasons.push('time-shift-not-significant');
    if (!timeShiftOnly && perm[i]! > alpha) reasons.push('permutation-not-significant');
    if (d.repeatedBursts < minRepeatedBursts) reasons.push('too-few-bursts');
    if (d.statistic < minStatistic) reasons.push('weak-synchrony');
    return { pValue: Math.min(1, pValue), isSwarm: reasons.length === 0, reasons };
  });
}
