/**
 * Defaults and validation of the influence options (METRICS.md §2.8, §3.3, §3.8, §7.2–7.3).
 */
import { InvalidOptionsError } from '../errors.js';
import { checkEnum, checkKnownKeys, checkNumber, checkOptionsObject, isResolved, markResolved } from '../_lib/options.js';
import type { Post } from '../ingest/index.js';
import type { InfluenceOptions, ResolvedInfluenceOptions } from './types.js';

const STAGE = 'influence';

/** Default influence options (frozen). `maxLagMs: null` means "the graph's Δt". */
export const DEFAULT_INFLUENCE_OPTIONS: ResolvedInfluenceOptions = Object.freeze({
  maxLagMs: null,
  tauMs: 3_600_000,
  lookbackPosts: Object.freeze([]) as readonly Post[],
  firstMoverQuantile: 0.1,
  maxLeaders: 50,
  leadRankEngine: 'typed-arrays',
  pageRankAlpha: 0.85,
  pageRankMaxIterations: 100,
  pageRankTolerance: 1e-6,
  minGroupHashtagPosts: 2,
  topHashtags: 10,
  ownedShare: 0.8,
  peakMinPosts: 10,
  resolution: 1,
  liftStrata: 'hashtag',
  shrinkage: 5,
  bootstrapResamples: 200,
  confidenceLevel: 0.95,
  minLiftSupport: 5,
  shiftReplicates: 199,
  alpha: 0.05,
  collectivenessThreshold: 0.5,
  seed: 1,
});

type NumericKey = Exclude<keyof ResolvedInfluenceOptions, 'maxLagMs' | 'lookbackPosts' | 'leadRankEngine' | 'liftStrata'>;

const RULES: Readonly<Record<NumericKey, Parameters<typeof checkNumber>[3]>> = {
  tauMs: { gt: 0 },
  firstMoverQuantile: { gt: 0, max: 1 },
  maxLeaders: { integer: true, min: 1 },
  pageRankAlpha: { gt: 0, max: 0.99 },
  pageRankMaxIterations: { integer: true, min: 1 },
  pageRankTolerance: { gt: 0 },
  minGroupHashtagPosts: { integer: true, min: 1 },
  topHashtags: { integer: true, min: 0 },
  ownedShare: { gt: 0, max: 1 },
  peakMinPosts: { integer: true, min: 1 },
  resolution: { gt: 0 },
  shrinkage: { min: 0 },
  bootstrapResamples: { integer: true, min: 0 },
  confidenceLevel: { gt: 0, max: 0.999 },
  minLiftSupport: { integer: true, min: 0 },
  shiftReplicates: { integer: true, min: 0 },
  alpha: { gt: 0, max: 1 },
  collectivenessThreshold: { min: 0, max: 1 },
  seed: { integer: true, min: 0 },
};

/**
 * Resolve and validate influence options.
 * @param options user options (undefined for all defaults).
 * @param extraKeys keys a caller accepts on top of the shared ones (e.g. `swarmOf`); not resolved here.
 * @returns the frozen resolved options.
 * @throws InvalidOptionsError naming the option, the value and what is accepted.
 * @example
 * resolveInfluenceOptions({ tauMs: 1_800_000 }).tauMs; // 1800000
 */
export function resolveInfluenceOptions(
  options: unknown,
  extraKeys: readonly string[] = [],
): ResolvedInfluenceOptions {
  if (isResolved(options)) return options as ResolvedInfluenceOptions;
  const raw = checkOptionsObject(STAGE, options);
  checkKnownKeys(STAGE, raw, [...Object.keys(DEFAULT_INFLUENCE_OPTIONS), ...extraKeys]);
  const out: Record<string, unknown> = { ...DEFAULT_INFLUENCE_OPTIONS };
  for (const key of Object.keys(RULES) as NumericKey[]) {
    if (raw[key] !== undefined) out[key] = checkNumber(STAGE, key, raw[key], RULES[key]);
  }
  if (raw.maxLagMs !== undefined) out.maxLagMs = checkNumber(STAGE, 'maxLagMs', raw.maxLagMs, { gt: 0 });
  if (raw.leadRankEngine !== undefined) {
    out.leadRankEngine = checkEnum(STAGE, 'leadRankEngine', raw.leadRankEngine, ['typed-arrays', 'graphology'] as const);
  }
  if (raw.liftStrata !== undefined) {
    out.liftStrata = checkEnum(STAGE, 'liftStrata', raw.liftStrata, ['hashtag', 'none'] as const);
  }
  if (raw.lookbackPosts !== undefined) {
    const lb = raw.lookbackPosts;
    if (!Array.isArray(lb)) throw new InvalidOptionsError(STAGE, 'lookbackPosts', lb, 'an array of posts');
    out.lookbackPosts = lb;
  }
  return markResolved(Object.freeze(out)) as ResolvedInfluenceOptions;
}

/** Validate the `swarmOf` option of {@link scoreAccounts}. */
export function resolveSwarmOf(value: unknown): ReadonlyMap<string, string> {
  if (value === undefined) return new Map();
  if (!(value instanceof Map)) throw new InvalidOptionsError(STAGE, 'swarmOf', value, 'a Map from account to swarm id');
  return value as ReadonlyMap<string, string>;
}
