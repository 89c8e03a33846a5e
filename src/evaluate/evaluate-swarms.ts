/**
 * Score detected swarms against planted ones (METRICS.md §5.1–§5.3): partition agreement
 * (NMI, AMI, ARI) on `V*` = planted ∪ detected members with a shared `none` cluster,
 * best-match F1, swarm recall@Jaccard, pair-counting precision/recall and account
 * precision/recall/F1.
 */
import { compareStrings } from '../_lib/compare.js';
import { checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import { InvalidOptionsError } from '../errors.js';
import { contingencyTable, type Contingency } from './contingency.js';
import { amiFromTable, ariFromTable, nmiFromTable } from './partition-scores.js';
import { bestMatchF1, matchSwarms } from './match-scores.js';
import { accountScores, precisionRecall } from './account-scores.js';
import { detectedList, labelOf, membershipMap, NONE_LABEL, unionAccounts } from './labels.js';
import type { DetectedSwarms, EvaluateOptions, ResolvedEvaluateOptions, SwarmScores, TruthLike } from './types.js';

/** Defaults of {@link evaluateSwarms}. Frozen. */
export const DEFAULT_EVALUATE_OPTIONS: ResolvedEvaluateOptions = Object.freeze({ jaccardThreshold: 0.5 });

/**
 * Validate evaluation options and fill defaults.
 * @param options partial options (`undefined` = defaults)
 * @returns frozen resolved options
 * @throws {InvalidOptionsError} on unknown keys or a `jaccardThreshold` outside (0, 1]
 * @example
 * resolveEvaluateOptions({ jaccardThreshold: 0.3 }).jaccardThreshold; // 0.3
 */
export function resolveEvaluateOptions(options?: EvaluateOptions): ResolvedEvaluateOptions {
  const raw = checkOptionsObject('evaluate', options);
  checkKnownKeys('evaluate', raw, Object.keys(DEFAULT_EVALUATE_OPTIONS));
  const jaccardThreshold = checkNumber('evaluate', 'jaccardThreshold', raw.jaccardThreshold ?? DEFAULT_EVALUATE_OPTIONS.jaccardThreshold, { gt: 0, max: 1 });
  return Object.freeze({ jaccardThreshold });
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

/**
 * Evaluate detections against the truth.
 * @param detected detected swarms: a list, a report (`{ swarms }`) or a tracking result
 * @param truth the generator's truth or any `{ swarms: { id, members }[] }`
 * @param options `jaccardThreshold` (default 0.5) for swarm recall
 * @returns the scores of {@link SwarmScores}; ratios with a zero denominator are `null`
 * @throws {InvalidOptionsError} on bad options or inputs without a `swarms` list
 * @example
 * const truth = { swarms: [{ id: 'S01', members: ['a', 'b', 'c'] }] };
 * evaluateSwarms([{ id: 'x', members: ['a', 'b', 'c'] }], truth).ami; // 1
 */
export function evaluateSwarms(detected: DetectedSwarms, truth: TruthLike, options?: EvaluateOptions): SwarmScores {
  const resolved = resolveEvaluateOptions(options);
  // Sorted by id so that every sum runs in the same order whatever the input order.
  const found = [...detectedList(detected)].sort((a, b) => compareStrings(a.id, b.id));
  if (truth === null || typeof truth !== 'object' || !Array.isArray(truth.swarms)) {
    throw new InvalidOptionsError('evaluate', 'truth', truth, 'an object with a `swarms` array');
  }
  const planted = [...truth.swarms].sort((a, b) => compareStrings(a.id, b.id));
  const trueMap = membershipMap(planted);
  const foundMap = membershipMap(found);
  const accounts = unionAccounts(trueMap, foundMap);
  const table = contingencyTable(accounts.map((a) => labelOf(trueMap, a)), accounts.map((a) => labelOf(foundMap, a)));
  const empty = accounts.length === 0;
  const matches = matchSwarms(planted, found, resolved.jaccardThreshold);
  return {
    counts: {
      trueSwarms: planted.length,
      detectedSwarms: found.length,
      trueAccounts: trueMap.size,
      detectedAccounts: foundMap.size,
      evaluatedAccounts: accounts.length,
    },
    nmi: empty ? null : nmiFromTable(table),
    ami: empty ? null : amiFromTable(table),
    ari: empty ? null : ariFromTable(table),
    bestMatchF1: bestMatchF1(planted, found),
    swarmRecall: planted.length === 0 ? null : matches.filter((m) => m.recovered).length / planted.length,
    pairs: pairScores(table),
    accounts: accountScores(foundMap.keys(), trueMap.keys()),
    matches,
    options: resolved,
  };
}

/** Pair counting: pairs of `V*` sharing a swarm label (not `none`) in truth, in detection, in both. */
function pairScores(table: Contingency): ReturnType<typeof precisionRecall> {
  const rowNone = table.rowLabels.indexOf(NONE_LABEL);
  const colNone = table.colLabels.indexOf(NONE_LABEL);
  let tp = 0;
  for (const { row, col, count } of table.cells) if (row !== rowNone && col !== colNone) tp += pairs(count);
  let truePairs = 0;
  let foundPairs = 0;
  table.rowSums.forEach((s, i) => { if (i !== rowNone) truePairs += pairs(s); });
  table.colSums.forEach((s, j) => { if (j !== colNone) foundPairs += pairs(s); });
  return precisionRecall(tp, foundPairs, truePairs);
}
