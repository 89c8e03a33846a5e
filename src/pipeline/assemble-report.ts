/**
 * Turns the accumulated run state and the tracking result into the
 * {@link SwarmReport} of DESIGN.md §6: tracked swarms with their hashtags,
 * significance, group influence and persistence; accounts with their
 * run-level individual influence; windows; edges; input counts.
 */
import { compareStrings } from '../_lib/compare.js';
import type { Rejection, IngestStats } from '../ingest/index.js';
import type { TrackedSwarm, TrackingResult } from '../track/index.js';
import { scorePersistence } from '../track/index.js';
import type { GroupInfluence } from '../influence/index.js';
import { VERSION } from '../version.js';
import type { RunState } from './run-state.js';
import type { AccountReport, SwarmHashtagReport, SwarmReport, SwarmReportEntry, SwarmSignificanceReport } from '../report/index.js';

/** Inputs of {@link assembleReport}. */
export interface AssembleInput {
  readonly options: Readonly<Record<string, unknown>>;
  readonly stats: IngestStats;
  readonly firstRejected: readonly Rejection[];
  readonly latePosts: number;
  /** Posts before `originMs`, not placed in any window. */
  readonly beforeOriginPosts: number;
  /** The input, read in time order, was not, and was read again buffered. */
  readonly orderFallback: boolean;
  readonly state: RunState;
  readonly tracking: TrackingResult;
  readonly coreShare: number;
  readonly maxHashtags: number;
  /** Posts per account over the whole input (each post once). */
  readonly postsByAccount: ReadonlyMap<string, number>;
}

function swarmHashtags(state: RunState, swarm: TrackedSwarm, maxHashtags: number): SwarmHashtagReport[] {
  const member = new Map<string, number>();
  const all = new Map<string, number>();
  for (const key of swarm.candidateKeys) {
    const c = state.candidates.get(key);
    if (c === undefined) continue;
    for (const h of c.hashtags) {
      member.set(h.hashtag, (member.get(h.hashtag) ?? 0) + h.posts);
      all.set(h.hashtag, (all.get(h.hashtag) ?? 0) + (h.shareOfVoice > 0 ? h.posts / h.shareOfVoice : h.posts));
    }
  }
  return [...member.entries()]
    .map(([hashtag, posts]) => ({ hashtag, posts, shareOfVoice: Math.min(1, posts / (all.get(hashtag) ?? posts)) }))
    .sort((a, b) => b.posts - a.posts || compareStrings(a.hashtag, b.hashtag))
    .slice(0, maxHashtags);
}

function swarmSignificance(state: RunState, swarm: TrackedSwarm): SwarmSignificanceReport {
  let best: SwarmSignificanceReport | undefined;
  for (const key of swarm.candidateKeys) {
    const s = state.candidates.get(key)?.significance;
    if (s === undefined) continue;
    if (best === undefined || s.pValue < best.pValue) {
      best = {
        pValue: s.pValue, zTimeShift: s.zTimeShift, zPermutation: s.zPermutation, isSwarm: s.isSwarm,
        statistic: s.statistic, pTimeShift: s.pTimeShift, pPermutation: s.pPermutation, repeatedBursts: s.repeatedBursts,
        ownedHashtags: s.ownedHashtags, edges: s.edges, episodes: s.episodes, expectedEpisodes: s.expectedEpisodes,
      };
    }
  }
  return best ?? {
    pValue: 1, zTimeShift: null, zPermutation: null, isSwarm: false,
    statistic: 0, pTimeShift: 1, pPermutation: 1, repeatedBursts: 0, ownedHashtags: 0, edges: 0, episodes: 0, expectedEpisodes: 0,
  };
}

/** The window whose group scores represent the swarm: most member posts, then earliest. */
function representativeGroup(list: readonly { window: number; group: GroupInfluence }[]): GroupInfluence | null {
  let best: { window: number; group: GroupInfluence } | undefined;
  for (const item of list) {
    if (best === undefined || item.group.memberPosts > best.group.memberPosts) best = item;
  }
  return best?.group ?? null;
}

/**
 * Assemble the final report.
 * @param input accumulated state, tracking and ingest counts.
 * @returns the report, every list in a stable order.
 */
export function assembleReport(input: AssembleInput): SwarmReport {
  const { state, tracking } = input;
  const iso = (w: number): string => new Date(state.windowStartMs.get(w) ?? 0).toISOString();
  const swarms: SwarmReportEntry[] = tracking.swarms.map((swarm) => {
    const groups = state.groupScores.get(swarm.id) ?? [];
    const persistence = scorePersistence(swarm.membersByWindow, { coreShare: input.coreShare });
    return {
      id: swarm.id,
      firstSeen: iso(swarm.firstSeen),
      lastSeen: iso(swarm.lastSeen),
      windows: swarm.windows,
      events: swarm.events.map((e) => state.eventReport(e, swarm.id)),
      members: swarm.members,
      coreMembers: swarm.coreMembers,
      ...(swarm.parentId === undefined ? {} : { parentId: swarm.parentId }),
      hashtags: swarmHashtags(state, swarm, input.maxHashtags),
      significance: swarmSignificance(state, swarm),
      group: representativeGroup(groups),
      collectiveInfluencerWindows: groups.filter((g) => g.group.collectiveInfluencer).length,
      persistence,
    };
  });
  swarms.sort((a, b) => b.members.length - a.members.length || compareStrings(a.id, b.id));
  const accounts: AccountReport[] = state.accounts.result().map((individual) => ({
    account: individual.account,
    posts: input.postsByAccount.get(individual.account) ?? 0,
    swarmId: individual.swarmId,
    individual,
  }));
  return {
    schemaVersion: 1,
    generator: { name: 'hashtag-swarms', version: VERSION },
    options: input.options,
    input: {
      records: input.stats.read,
      accepted: input.stats.accepted,
      rejected: input.stats.rejected,
      merged: input.stats.merged,
      posts: input.stats.accepted - input.stats.merged,
      rejectedByCode: input.stats.rejectedByCode,
      firstRejected: input.firstRejected,
      latePosts: input.latePosts,
      beforeOriginPosts: input.beforeOriginPosts,
      analysedPosts: input.stats.accepted - input.stats.merged - input.latePosts - input.beforeOriginPosts,
      orderFallback: input.orderFallback,
    },
    windows: state.windows.slice().sort((a, b) => a.index - b.index),
    swarms,
    accounts,
    edges: state.edgeReports(),
  };
}
