/**
 * Option resolution of the synthetic stage: preset of `scenario` ← explicit options,
 * every value validated (InvalidOptionsError names option, value and what is accepted).
 */
import { InvalidOptionsError } from '../errors.js';
import { checkBoolean, checkEnum, checkKnownKeys, checkNumber, checkOptionsObject, type NumberRule } from '../_lib/options.js';
import { DEFAULT_SCENARIO_OPTIONS, SCENARIO_PRESETS } from './presets.js';
import type { ResolvedScenarioOptions, ScenarioName, ScenarioOptions } from './types.js';

const STAGE = 'synthetic';
const DAY_MS = 86_400_000;

/** Scenario names, in ladder order. */
export const SCENARIO_NAMES: readonly ScenarioName[] = Object.freeze(['null', 'easy', 'medium', 'hard', 'adversarial', 'dynamic']);

const SHARE: Readonly<NumberRule> = { min: 0, max: 1 };
const NUMBER_RULES: Readonly<Record<string, NumberRule>> = {
  seed: { integer: true, min: 0, max: 2 ** 32 - 1 },
  days: { gt: 0, max: 366 },
  startMs: { integer: true, min: -8.64e15, max: 8.64e15 },
  accounts: { integer: true, min: 1, max: 10_000_000 },
  targetPosts: { integer: true, min: 1, max: 1e9 },
  activityMu: { min: -10, max: 10 },
  activitySigma: { min: 0, max: 4 },
  selfExcitation: { min: 0, max: 0.9 },
  selfExcitationDelayMs: { gt: 0 },
  diurnalAmplitude: SHARE,
  hashtags: { integer: true, min: 1, max: 10_000_000 },
  topics: { integer: true, min: 1, max: 10_000 },
  zipfExponent: { min: 0, max: 5 },
  topicConcentration: { gt: 0, max: 1000 },
  extraTagsMean: { min: 0, max: 20 },
  globalTagShare: SHARE,
  hyperactiveShare: SHARE,
  shocksPerDay: { min: 0, max: 1000 },
  shockAccountsMin: { integer: true, min: 1 },
  shockAccountsMax: { integer: true, min: 1 },
  shockMaxShare: SHARE,
  shockDurationMinMs: { gt: 0 },
  shockDurationMaxMs: { gt: 0 },
  followersMu: { min: -10, max: 20 },
  followersSigma: { min: 0, max: 5 },
  followersActivityCorrelation: { min: -1, max: 1 },
  engagementScale: { min: 0, max: 1000 },
  mentionProbability: SHARE,
  swarms: { integer: true, min: 0, max: 100_000 },
  swarmSizeMin: { integer: true, min: 3 },
  swarmSizeMax: { integer: true, min: 3 },
  burstsPerDay: { gt: 0, max: 1440 },
  participation: { gt: 0, max: 1 },
  jitterMs: { min: 0, max: DAY_MS },
  tagInclusion: SHARE,
  coordinatedShare: { gt: 0, max: 1 },
  ownTags: { integer: true, min: 0, max: 100 },
  hijackTags: { integer: true, min: 0, max: 100 },
  overlap: { min: 0, max: 0.5 },
  rotation: { min: 0, max: 0.9 },
  variantShare: SHARE,
  shockAlignment: SHARE,
  adoptionScale: { min: 0, max: 1_000_000 },
  adoptionKappa: { gt: 0 },
  adoptionWindowMs: { gt: 0, max: DAY_MS },
};

const KNOWN_KEYS: readonly string[] = Object.keys(DEFAULT_SCENARIO_OPTIONS);

/**
 * Merge the preset of `options.scenario` with `options` and validate the result.
 * @param options partial options (`undefined` = the `medium` defaults)
 * @returns frozen resolved options, `accounts` derived from `targetPosts` when given
 * @throws {InvalidOptionsError} on an unknown key, a wrong type, an out-of-range value,
 *   `accounts` together with `targetPosts`, min above max, no campaign tag while swarms > 0,
 *   or fewer than 2 × `swarmSizeMax` accounts while swarms > 0
 * @example
 * resolveScenarioOptions({ scenario: 'hard', seed: 7 }).participation; // 0.5
 */
export function resolveScenarioOptions(options?: ScenarioOptions): ResolvedScenarioOptions {
  const raw = checkOptionsObject(STAGE, options);
  checkKnownKeys(STAGE, raw, KNOWN_KEYS);
  const scenario = checkEnum(STAGE, 'scenario', raw.scenario ?? 'medium', SCENARIO_NAMES);
  const merged: Record<string, unknown> = { ...DEFAULT_SCENARIO_OPTIONS, ...SCENARIO_PRESETS[scenario] };
  for (const [key, value] of Object.entries(raw)) if (value !== undefined) merged[key] = value;
  merged.scenario = scenario;
  for (const [key, rule] of Object.entries(NUMBER_RULES)) {
    if (key === 'targetPosts' && merged[key] === null) continue;
    checkNumber(STAGE, key, merged[key], rule);
  }
  checkEnum(STAGE, 'burstSchedule', merged.burstSchedule, ['poisson', 'periodic'] as const);
  checkEnum(STAGE, 'jitterDistribution', merged.jitterDistribution, ['uniform', 'exponential'] as const);
  checkBoolean(STAGE, 'dynamics', merged.dynamics);
  const gammas = merged.adoptionGammas;
  if (!Array.isArray(gammas) || gammas.length === 0 || !gammas.every((g) => typeof g === 'number' && Number.isFinite(g) && g > 0 && g <= 20)) {
    throw new InvalidOptionsError(STAGE, 'adoptionGammas', gammas, 'a non-empty array of numbers in (0, 20]');
  }
  merged.adoptionGammas = Object.freeze([...(gammas as number[])]);
  orderPair(merged, 'shockAccountsMin', 'shockAccountsMax');
  orderPair(merged, 'shockDurationMinMs', 'shockDurationMaxMs');
  orderPair(merged, 'swarmSizeMin', 'swarmSizeMax');
  if (raw.targetPosts !== undefined && raw.accounts !== undefined) {
    throw new InvalidOptionsError(STAGE, 'targetPosts', raw.targetPosts, 'either `targetPosts` or `accounts`, not both');
  }
  if (typeof merged.targetPosts === 'number') {
    merged.accounts = accountsForPosts(merged.targetPosts, merged.activityMu as number, merged.activitySigma as number, merged.days as number);
  }
  if ((merged.swarms as number) > 0 && (merged.ownTags as number) + (merged.hijackTags as number) === 0) {
    throw new InvalidOptionsError(STAGE, 'ownTags', merged.ownTags, 'ownTags + hijackTags ≥ 1 when swarms > 0');
  }
  if ((merged.swarms as number) > 0 && (merged.accounts as number) < 2 * (merged.swarmSizeMax as number)) {
    throw new InvalidOptionsError(STAGE, 'accounts', merged.accounts, `at least 2 × swarmSizeMax (${2 * (merged.swarmSizeMax as number)}) when swarms > 0`);
  }
  if ((merged.hijackTags as number) > (merged.hashtags as number)) {
    throw new InvalidOptionsError(STAGE, 'hijackTags', merged.hijackTags, `at most \`hashtags\` (${String(merged.hashtags)})`);
  }
  return Object.freeze(merged) as unknown as ResolvedScenarioOptions;
}

function orderPair(merged: Record<string, unknown>, low: string, high: string): void {
  if ((merged[low] as number) > (merged[high] as number)) {
    throw new InvalidOptionsError(STAGE, low, merged[low], `a value ≤ ${high} (${String(merged[high])})`);
  }
}

/** Accounts giving `targetPosts` posts over `days` at the mean log-normal rate `exp(μ + σ²/2)`. */
function accountsForPosts(targetPosts: number, mu: number, sigma: number, days: number): number {
  const perAccount = Math.exp(mu + (sigma * sigma) / 2) * days;
  return Math.max(1, Math.round(targetPosts / perAccount));
}
