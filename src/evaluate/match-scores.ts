/**
 * Community-level matching (METRICS.md §5.2):
 * - best-match F1 (Yang & Leskovec 2013):
 *   `½[(1/|C*|) Σ_{C∈C*} max_Ĉ F1(C,Ĉ) + (1/|Ĉ|) Σ_{Ĉ} max_{C∈C*} F1(C,Ĉ)]`,
 *   `F1(C,Ĉ) = 2|C∩Ĉ| / (|C| + |Ĉ|)`;
 * - swarm recall@J: share of planted swarms whose best match (highest Jaccard) has Jaccard ≥ J.
 * Overlaps are counted through an account → swarms index, so the cost is the number of
 * (account, swarm, swarm) incidences, not all pairs of swarms.
 */
import { compareStrings } from '../_lib/compare.js';
import type { SwarmMatch } from './types.js';

/** A swarm reduced to what matching needs. */
export interface MemberSet {
  readonly id: string;
  readonly members: readonly string[];
}

/** Intersection sizes `|A_i ∩ B_j|` for every overlapping pair, as `Map<i, Map<j, count>>`. */
export function overlapCounts(a: readonly MemberSet[], b: readonly MemberSet[]): Map<number, Map<number, number>> {
  const index = new Map<string, number[]>();
  b.forEach((swarm, j) => {
    for (const m of new Set(swarm.members)) {
      const list = index.get(m);
      if (list === undefined) index.set(m, [j]);
      else list.push(j);
    }
  });
  const out = new Map<number, Map<number, number>>();
  a.forEach((swarm, i) => {
    const row = new Map<number, number>();
    for (const m of new Set(swarm.members)) for (const j of index.get(m) ?? []) row.set(j, (row.get(j) ?? 0) + 1);
    out.set(i, row);
  });
  return out;
}

const size = (s: MemberSet): number => new Set(s.members).size;

/**
 * Best-match F1 between planted and detected swarms.
 * @param truth planted swarms
 * @param detected detected swarms
 * @returns F1avg in [0, 1]; null when both lists are empty; 0 when exactly one is empty
 * @example
 * bestMatchF1([{ id: 'T', members: ['a', 'b'] }], [{ id: 'D', members: ['a', 'b'] }]); // 1
 */
export function bestMatchF1(truth: readonly MemberSet[], detected: readonly MemberSet[]): number | null {
  if (truth.length === 0 && detected.length === 0) return null;
  if (truth.length === 0 || detected.length === 0) return 0;
  const overlaps = overlapCounts(truth, detected);
  const truthSizes = truth.map(size);
  const detectedSizes = detected.map(size);
  const bestForTruth = new Float64Array(truth.length);
  const bestForDetected = new Float64Array(detected.length);
  for (const [i, row] of overlaps) {
    for (const [j, inter] of row) {
      const f1 = (2 * inter) / (truthSizes[i]! + detectedSizes[j]!);
      if (f1 > bestForTruth[i]!) bestForTruth[i] = f1;
      if (f1 > bestForDetected[j]!) bestForDetected[j] = f1;
    }
  }
  const mean = (xs: Float64Array): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  return (mean(bestForTruth) + mean(bestForDetected)) / 2;
}

/**
 * Best match (highest Jaccard, ties to the smaller id) of every planted swarm.
 * @param truth planted swarms
 * @param detected detected swarms
 * @param threshold Jaccard needed to count as recovered
 * @returns one row per planted swarm, sorted by id
 * @example
 * matchSwarms([{ id: 'T', members: ['a', 'b'] }], [{ id: 'D', members: ['a'] }], 0.5)[0]?.jaccard; // 0.5
 */
export function matchSwarms(truth: readonly MemberSet[], detected: readonly MemberSet[], threshold: number): SwarmMatch[] {
  const overlaps = overlapCounts(truth, detected);
  const detectedSizes = detected.map(size);
  const rows = truth.map((swarm, i): SwarmMatch => {
    const own = size(swarm);
    let best: { id: string; jaccard: number; f1: number } | null = null;
    for (const [j, inter] of overlaps.get(i) ?? new Map<number, number>()) {
      const jaccard = inter / (own + detectedSizes[j]! - inter);
      const id = detected[j]!.id;
      if (best === null || jaccard > best.jaccard || (jaccard === best.jaccard && compareStrings(id, best.id) < 0)) {
        best = { id, jaccard, f1: (2 * inter) / (own + detectedSizes[j]!) };
      }
    }
    return {
      truthId: swarm.id,
      detectedId: best?.id ?? null,
      jaccard: best?.jaccard ?? 0,
      f1: best?.f1 ?? 0,
      recovered: best !== null && best.jaccard >= threshold,
    };
  });
  return rows.sort((x, y) => compareStrings(x.truthId, y.truthId));
}
