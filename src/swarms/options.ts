/**
 * Defaults and validation of the swarms stage options (DESIGN.md §5).
 */
import { checkBoolean, checkEnum, checkKnownKeys, checkNumber, checkOptionsObject, isResolved, markResolved } from '../_lib/options.js';
import type { ResolvedSwarmOptions, SwarmOptions } from './types.js';

const STAGE = 'swarms';

/** Default options of {@link detectSwarms} (frozen). */
export const DEFAULT_SWARM_OPTIONS: ResolvedSwarmOptions = Object.freeze({
  resolution: 0.5,
  minSwarmSize: 3,
  replicates: 199,
  stopAfterExceedances: 10,
  zStop: 6,
  minReplicates: 49,
  permutationBinMs: 0,
  statistic: 'owned-sync',
  burstShare: 0.5,
  alpha: 0.05,
  correction: 'bh',
  groupNulls: 'time-shift',
  ownedShare: 0.5,
  minStatistic: 0,
  minRepeatedBursts: 2,
  minInternalEdges: 2,
  splitAtCutVertex: true,
  splitAtSparseCut: true,
  sparseCutResolution: 1,
  sparseCutRatio: 0.2,
  sparseCutHashtagOverlap: 0.25,
  grow: true,
  growAlpha: 0.05,
  growMinSynced: 2,
  growRounds: 10,
  maxHashtags: 10,
  seed: 1,
});


/**
 * Validate {@link SwarmOptions} and fill in defaults.
 * @param options user options (or undefined).
 * @returns the resolved options.
 * @throws {InvalidOptionsError} naming the first bad option, its value and what is accepted.
 * @example
 * resolveSwarmOptions({ alpha: 0.01 }).replicates; // 199
 */
export function resolveSwarmOptions(options?: SwarmOptions): ResolvedSwarmOptions {
  if (isResolved(options)) return options as ResolvedSwarmOptions;
  const o = checkOptionsObject(STAGE, options);
  checkKnownKeys(STAGE, o, Object.keys(DEFAULT_SWARM_OPTIONS));
  const d = DEFAULT_SWARM_OPTIONS;
  const pick = (key: keyof SwarmOptions): unknown => (o[key] === undefined ? d[key] : o[key]);
  return markResolved(Object.freeze({
    resolution: checkNumber(STAGE, 'resolution', pick('resolution'), { gt: 0 }),
    minSwarmSize: checkNumber(STAGE, 'minSwarmSize', pick('minSwarmSize'), { integer: true, min: 3 }),
    replicates: checkNumber(STAGE, 'replicates', pick('replicates'), { integer: true, min: 1, max: 1_000_000 }),
    stopAfterExceedances: checkNumber(STAGE, 'stopAfterExceedances', pick('stopAfterExceedances'), { integer: true, min: 1 }),
    zStop: pick('zStop') === Infinity ? Infinity : checkNumber(STAGE, 'zStop', pick('zStop'), { gt: 0 }),
    minReplicates: checkNumber(STAGE, 'minReplicates', pick('minReplicates'), { integer: true, min: 1 }),
    permutationBinMs: checkNumber(STAGE, 'permutationBinMs', pick('permutationBinMs'), { min: 0 }),
    statistic: checkEnum(STAGE, 'statistic', pick('statistic'), ['sync-fraction', 'owned-sync', 'matched-pairs'] as const),
    burstShare: checkNumber(STAGE, 'burstShare', pick('burstShare'), { gt: 0, max: 1 }),
    alpha: checkNumber(STAGE, 'alpha', pick('alpha'), { gt: 0, max: 1 }),
    correction: checkEnum(STAGE, 'correction', pick('correction'), ['bh', 'sidak', 'none'] as const),
    groupNulls: checkEnum(STAGE, 'groupNulls', pick('groupNulls'), ['time-shift', 'both'] as const),
    ownedShare: checkNumber(STAGE, 'ownedShare', pick('ownedShare'), { gt: 0, max: 1 }),
    minStatistic: checkNumber(STAGE, 'minStatistic', pick('minStatistic'), { min: 0 }),
    minRepeatedBursts: checkNumber(STAGE, 'minRepeatedBursts', pick('minRepeatedBursts'), { integer: true, min: 0 }),
    minInternalEdges: checkNumber(STAGE, 'minInternalEdges', pick('minInternalEdges'), { integer: true, min: 1 }),
    splitAtCutVertex: checkBoolean(STAGE, 'splitAtCutVertex', pick('splitAtCutVertex')),
    splitAtSparseCut: checkBoolean(STAGE, 'splitAtSparseCut', pick('splitAtSparseCut')),
    sparseCutResolution: checkNumber(STAGE, 'sparseCutResolution', pick('sparseCutResolution'), { gt: 0 }),
    sparseCutRatio: checkNumber(STAGE, 'sparseCutRatio', pick('sparseCutRatio'), { min: 0 }),
    sparseCutHashtagOverlap: checkNumber(STAGE, 'sparseCutHashtagOverlap', pick('sparseCutHashtagOverlap'), { min: 0, max: 1 }),
    grow: checkBoolean(STAGE, 'grow', pick('grow')),
    growAlpha: checkNumber(STAGE, 'growAlpha', pick('growAlpha'), { gt: 0, max: 1 }),
    growMinSynced: checkNumber(STAGE, 'growMinSynced', pick('growMinSynced'), { integer: true, min: 1 }),
    growRounds: checkNumber(STAGE, 'growRounds', pick('growRounds'), { integer: true, min: 1, max: 1000 }),
    maxHashtags: checkNumber(STAGE, 'maxHashtags', pick('maxHashtags'), { integer: true, min: 0 }),
    seed: checkNumber(STAGE, 'seed', pick('seed'), { integer: true }),
  }));
}
