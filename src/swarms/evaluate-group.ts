/**
 * Every score of one account group in one window, before the isSwarm decision:
 * hashtags and share of voice (§3.3), synchrony (§3.4), cohesion (§3.5) and the
 * two Monte Carlo nulls (§6.2).
 */
import type Graph from 'graphology';
import { hashSeed } from '../_lib/rng.js';
import { measureCohesion, type Cohesion, type GraphWeights } from './cohesion.js';
import { describeHashtags, type HashtagProfile } from './describe-hashtags.js';
import { buildBackground, buildGroupData, type SwarmGroupData } from './group-data.js';
import { createReplicateRng } from './create-replicate-rng.js';
import { createSyncKernel, episodesByTag, medianInternalLag, type SyncBackground } from './sync-kernel.js';
import { testGroup, type GroupTest } from './test-group.js';
import type { ResolvedSwarmOptions } from './types.js';
import type { WindowIndex } from './window-index.js';

/** A scored group. */
export interface EvaluatedGroup {
  /** Global account ids, ascending (= names in sorted order). */
  readonly ids: Int32Array;
  readonly members: readonly string[];
  readonly data: SwarmGroupData;
  readonly background: SyncBackground;
  readonly profile: HashtagProfile;
  readonly cohesion: Cohesion;
  readonly test: GroupTest;
  readonly syncFraction: number;
  readonly medianLagMs: number | null;
}

/** Per-window context shared by the groups. */
export interface GroupContext {
  readonly index: WindowIndex;
  readonly graph: Graph;
  readonly weights: GraphWeights;
  readonly maxLagMs: number;
  readonly windowIndex: number;
  readonly options: ResolvedSwarmOptions;
  /** Int32Array(accounts) filled with −1 (scratch for buildGroupData). */
  readonly scratch: Int32Array;
}

/**
 * Score a group.
 * @param ctx the window context.
 * @param ids global account ids (ascending).
 * @returns the scores; the nulls use a generator derived from the seed, the
 *   window and the member list, so a group's result does not depend on the
 *   order in which groups are scored.
 * @example
 * evaluateGroup(ctx, Int32Array.of(0, 3, 7)).test.timeShift.pValue;
 */
export function evaluateGroup(ctx: GroupContext, ids: Int32Array): EvaluatedGroup {
  const { index, options } = ctx;
  const members = Array.from(ids, (a) => index.accounts[a]!);
  const data = buildGroupData(index, ids, ctx.scratch);
  const background = buildBackground(index, data, options.burstShare, ctx.maxLagMs);
  const kernel = createSyncKernel(data, ctx.maxLagMs, index.lengthMs, options.statistic === 'matched-pairs', background);
  const rng = createReplicateRng(hashSeed(`${options.seed}|${ctx.windowIndex}|${members.join('\u0000')}`));
  const test = testGroup(index, data, kernel, options.statistic, options.replicates, options.stopAfterExceedances, options.permutationBinMs, rng, { minDraws: options.minReplicates, zStop: options.zStop });
  const perTag = episodesByTag(data, ctx.maxLagMs);
  const tagEpisodes = new Map(Array.from(data.hashtags, (h, r) => [h, perTag[r]!]));
  return {
    ids,
    members,
    data,
    background,
    profile: describeHashtags(index, ids, tagEpisodes, options.ownedShare, Math.max(1, options.minRepeatedBursts), options.maxHashtags),
    cohesion: measureCohesion(ctx.graph, ctx.weights, members, options.resolution),
    test,
    syncFraction: data.posts > 0 ? test.observed.synced / data.posts : 0,
    medianLagMs: medianInternalLag(data, ctx.maxLagMs),
  };
}
