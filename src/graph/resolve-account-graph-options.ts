/**
 * Defaults and validation of {@link buildAccountGraph}'s options (DESIGN.md §5).
 */
import { InvalidOptionsError } from '../errors.js';
import { checkBoolean, checkEnum, checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import { parseDuration } from '../windows/index.js';
import type { AccountGraphOptions, EdgeNullModel, EpisodeUnit, RepostPolicy, ResolvedAccountGraphOptions } from './types.js';

const STAGE = 'graph';
const KNOWN = [
  'maxLagMs', 'q', 'minEpisodes', 'maxCrowdAccounts', 'filter', 'permutationNull', 'null', 'profileShrinkage', 'windowLengthMs', 'episodes', 'reposts', 'loneGapMs', 'capEpisodes',
] as const;
const NULLS: readonly EdgeNullModel[] = ['uniform', 'profile', 'rhythm'];
const EPISODE_UNITS: readonly EpisodeUnit[] = ['slots', 'bursts'];
const REPOST_POLICIES: readonly RepostPolicy[] = ['exclude', 'include'];

/** Defaults: Δt 60 s, BH q 0.05, ≥ 2 episodes, crowd cap 200 accounts, filtered graph, profile time-shift null shrunk toward the window's rhythm (k = 10 accounts). */
export const DEFAULT_ACCOUNT_GRAPH_OPTIONS: Readonly<{
  maxLagMs: number;
  q: number;
  minEpisodes: number;
  maxCrowdAccounts: number;
  filter: boolean;
  permutationNull: boolean;
  null: EdgeNullModel;
  profileShrinkage: number;
  episodes: EpisodeUnit;
  reposts: RepostPolicy;
  loneGapMs: number;
  capEpisodes: boolean;
}> = Object.freeze({
  maxLagMs: 60_000,
  q: 0.05,
  minEpisodes: 2,
  maxCrowdAccounts: 200,
  filter: true,
  permutationNull: false,
  null: 'rhythm',
  profileShrinkage: 10,
  episodes: 'slots',
  reposts: 'exclude',
  loneGapMs: 1_800_000,
  capEpisodes: false,
});

/**
 * Validate account-graph options and fill in the defaults.
 * @param options the user's options (may be undefined).
 * @returns the resolved options (`maxLagMs` in ms, or `'auto'`).
 * @throws {InvalidOptionsError} naming the option, the value and what is accepted.
 * @example
 * resolveAccountGraphOptions({ maxLagMs: '2m' }).maxLagMs; // 120000
 */
export function resolveAccountGraphOptions(options?: AccountGraphOptions): ResolvedAccountGraphOptions {
  const o = checkOptionsObject(STAGE, options);
  checkKnownKeys(STAGE, o, KNOWN);
  const d = DEFAULT_ACCOUNT_GRAPH_OPTIONS;
  const rawLag = o['maxLagMs'] ?? d.maxLagMs;
  let maxLagMs: number | 'auto';
  if (rawLag === 'auto') maxLagMs = 'auto';
  else if (typeof rawLag === 'number') maxLagMs = checkNumber(STAGE, 'maxLagMs', rawLag, { gt: 0 });
  else if (typeof rawLag === 'string') {
    try {
      maxLagMs = parseDuration(rawLag, 'maxLagMs');
    } catch {
      throw new InvalidOptionsError(STAGE, 'maxLagMs', rawLag, "a duration > 0 (ms or '60s', 'PT1M', …) or 'auto'");
    }
    if (!(maxLagMs > 0)) throw new InvalidOptionsError(STAGE, 'maxLagMs', rawLag, "a duration > 0 or 'auto'");
  } else throw new InvalidOptionsError(STAGE, 'maxLagMs', rawLag, "a duration > 0 (ms or '60s', 'PT1M', …) or 'auto'");
  const q = checkNumber(STAGE, 'q', o['q'] ?? d.q, { gt: 0 });
  if (!(q < 1)) throw new InvalidOptionsError(STAGE, 'q', q, 'a number in (0, 1)');
  const windowLengthMs =
    o['windowLengthMs'] === undefined ? undefined : checkNumber(STAGE, 'windowLengthMs', o['windowLengthMs'], { gt: 0 });
  return {
    maxLagMs,
    q,
    minEpisodes: checkNumber(STAGE, 'minEpisodes', o['minEpisodes'] ?? d.minEpisodes, { integer: true, min: 1 }),
    maxCrowdAccounts: checkNumber(STAGE, 'maxCrowdAccounts', o['maxCrowdAccounts'] ?? d.maxCrowdAccounts, {
      integer: true,
      min: 2,
    }),
    filter: checkBoolean(STAGE, 'filter', o['filter'] ?? d.filter),
    permutationNull: checkBoolean(STAGE, 'permutationNull', o['permutationNull'] ?? d.permutationNull),
    null: checkEnum(STAGE, 'null', o['null'] ?? d.null, NULLS),
    profileShrinkage: checkNumber(STAGE, 'profileShrinkage', o['profileShrinkage'] ?? d.profileShrinkage, { min: 0 }),
    windowLengthMs,
    episodes: checkEnum(STAGE, 'episodes', o['episodes'] ?? d.episodes, EPISODE_UNITS),
    reposts: checkEnum(STAGE, 'reposts', o['reposts'] ?? d.reposts, REPOST_POLICIES),
    capEpisodes: checkBoolean(STAGE, 'capEpisodes', o['capEpisodes'] ?? d.capEpisodes),
    loneGapMs: o['loneGapMs'] === Infinity ? Infinity : checkNumber(STAGE, 'loneGapMs', o['loneGapMs'] ?? d.loneGapMs, { gt: 0 }),
  };
}
