/**
 * Account-level detection (METRICS.md §5.3): precision `|F ∩ T| / |F|`, recall
 * `|F ∩ T| / |T|`, F1; and, for a continuous score, the area under the precision–recall
 * curve as average precision `AP = Σ_k (R_k − R_{k−1}) · P_k` over score thresholds
 * (tied scores enter together, as in scikit-learn's `average_precision_score`).
 */
import type { PrecisionRecall } from './types.js';

/** Precision, recall and F1 from counts; `null` for 0/0. */
export function precisionRecall(truePositives: number, flagged: number, positives: number): PrecisionRecall {
  const precision = flagged > 0 ? truePositives / flagged : null;
  const recall = positives > 0 ? truePositives / positives : null;
  const f1 = precision !== null && recall !== null ? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) : null;
  return { precision, recall, f1 };
}

/**
 * Account precision, recall and F1.
 * @param flagged accounts the detector flagged (duplicates ignored)
 * @param truth accounts that are planted swarm members (duplicates ignored)
 * @returns scores plus the true-positive count; a ratio is `null` when its denominator is 0
 * @example
 * accountScores(['a', 'b', 'x'], ['a', 'b', 'c', 'd']); // precision 2/3, recall 1/2, f1 4/7
 */
export function accountScores(flagged: Iterable<string>, truth: Iterable<string>): PrecisionRecall & { readonly truePositives: number } {
  const f = new Set(flagged);
  const t = new Set(truth);
  let tp = 0;
  for (const a of f) if (t.has(a)) tp++;
  return { ...precisionRecall(tp, f.size, t.size), truePositives: tp };
}

/**
 * Average precision (AUPRC) of a continuous account score against the planted members.
 * Accounts missing from `scores` are ranked last (score −∞).
 * @param scores account → score (higher = more likely a swarm member)
 * @param truth planted members (positives)
 * @returns AP in [0, 1]; `null` without positives
 * @example
 * averagePrecision(new Map([['a', 0.9], ['x', 0.5], ['b', 0.1]]), ['a', 'b']); // (1 + 2/3) / 2
 */
export function averagePrecision(scores: ReadonlyMap<string, number>, truth: Iterable<string>): number | null {
  const positives = new Set(truth);
  if (positives.size === 0) return null;
  const ranked = [...scores].sort((x, y) => y[1] - x[1]);
  let tp = 0;
  let seen = 0;
  let ap = 0;
  let recallBefore = 0;
  for (let k = 0; k < ranked.length; ) {
    const score = ranked[k]![1];
    for (; k < ranked.length && ranked[k]![1] === score; k++) {
      seen++;
      if (positives.has(ranked[k]![0])) tp++;
    }
    const recall = tp / positives.size;
    ap += (recall - recallBefore) * (tp / seen);
    recallBefore = recall;
  }
  return ap;
}
