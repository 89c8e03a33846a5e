/**
 * Scenario ladder (METRICS.md §8.3). `DEFAULT_SCENARIO_OPTIONS` is the `medium` world
 * (the §8.1/§8.2 defaults); each preset lists only what it changes.
 *
 * | scenario    | π   | σ_t            | ρ_c | tags (own+hijack) | overlap | other |
 * |-------------|-----|----------------|-----|-------------------|---------|-------|
 * | null        | –   | –              | –   | –                 | –       | no swarms, shocks on |
 * | easy        | 0.9 | U[0, 10 s]     | 0.9 | 2 + 0             | 0       | |
 * | medium      | 0.7 | Exp(30 s)      | 0.5 | 2 + 2             | 0.05    | |
 * | hard        | 0.5 | U[0, 60 s] = Δt| 0.2 | 0 + 3             | 0.05    | 3 shocks/day |
 * | adversarial | 0.5 | U[0, 120 s]=2Δt| 0.2 | 0 + 3             | 0.1     | rotating rosters 0.3, variants 0.3, half the bursts on shocks, sizes 3–30 |
 * | dynamic     | medium, 7 days, births/deaths/merges/splits/growth |
 */
import type { ResolvedScenarioOptions, ScenarioName, ScenarioOptions } from './types.js';

/** Defaults of every option: the `medium` scenario. Frozen. */
export const DEFAULT_SCENARIO_OPTIONS: ResolvedScenarioOptions = Object.freeze({
  scenario: 'medium',
  seed: 1,
  days: 3,
  startMs: Date.UTC(2024, 0, 1),
  accounts: 5000,
  targetPosts: null,
  activityMu: Math.log(3),
  activitySigma: 1.5,
  selfExcitation: 0.4,
  selfExcitationDelayMs: 600_000,
  diurnalAmplitude: 0.5,
  hashtags: 2000,
  topics: 20,
  zipfExponent: 1,
  topicConcentration: 0.3,
  extraTagsMean: 0.6,
  globalTagShare: 0.3,
  hyperactiveShare: 0.001,
  shocksPerDay: 2,
  shockAccountsMin: 100,
  shockAccountsMax: 400,
  shockMaxShare: 0.2,
  shockDurationMinMs: 120_000,
  shockDurationMaxMs: 600_000,
  followersMu: Math.log(200),
  followersSigma: 1.8,
  followersActivityCorrelation: 0.5,
  engagementScale: 0.05,
  mentionProbability: 0.1,
  swarms: 10,
  swarmSizeMin: 5,
  swarmSizeMax: 50,
  burstsPerDay: 4,
  burstSchedule: 'poisson',
  participation: 0.7,
  jitterMs: 30_000,
  jitterDistribution: 'exponential',
  tagInclusion: 0.8,
  coordinatedShare: 0.5,
  ownTags: 2,
  hijackTags: 2,
  overlap: 0.05,
  rotation: 0,
  variantShare: 0,
  shockAlignment: 0,
  dynamics: false,
  adoptionScale: 0.5,
  adoptionGammas: Object.freeze([1, 1.5, 2]),
  adoptionKappa: 10,
  adoptionWindowMs: 1_800_000,
});

/** What each named scenario changes relative to {@link DEFAULT_SCENARIO_OPTIONS}. Frozen. */
export const SCENARIO_PRESETS: Readonly<Record<ScenarioName, Readonly<ScenarioOptions>>> = Object.freeze({
  null: Object.freeze({ swarms: 0, adoptionScale: 0 }),
  easy: Object.freeze({
    participation: 0.9, jitterMs: 10_000, jitterDistribution: 'uniform', coordinatedShare: 0.9,
    ownTags: 2, hijackTags: 0, overlap: 0,
  }),
  medium: Object.freeze({}),
  hard: Object.freeze({
    participation: 0.5, jitterMs: 60_000, jitterDistribution: 'uniform', coordinatedShare: 0.2,
    ownTags: 0, hijackTags: 3, overlap: 0.05, shocksPerDay: 3,
  }),
  adversarial: Object.freeze({
    participation: 0.5, jitterMs: 120_000, jitterDistribution: 'uniform', coordinatedShare: 0.2,
    ownTags: 0, hijackTags: 3, overlap: 0.1, shocksPerDay: 3, rotation: 0.3, variantShare: 0.3,
    shockAlignment: 0.5, swarmSizeMin: 3, swarmSizeMax: 30,
  }),
  dynamic: Object.freeze({ days: 7, dynamics: true }),
} satisfies Record<ScenarioName, ScenarioOptions>);
