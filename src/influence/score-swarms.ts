/**
 * Group influence per swarm and window (METRICS.md §3, §7.3), the collective-influencer verdict
 * (end of §3.8) and the strongest member scored alone, so that the report can put the group next
 * to its best individual.
 *
 * Verdict: collectiveInfluencer := emergence ∧ collectiveness ≥ threshold ∧ members weak, where
 *   emergence = swarmLift interval above 1 (Definition A), or, when A has low support or is
 *               undefined, burstLift > 1 with Monte Carlo p ≤ alpha (Definition B);
 *   members weak = median member followerReach < window median followerReach, or
 *                  median member leadRank < window median leadRank.
 */
import { compareStrings } from '../_lib/compare.js';
import { median } from '../_lib/stats.js';
import { InvalidOptionsError } from '../errors.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Window } from '../windows/index.js';
import { buildGroupData, type GroupData } from './group-data.js';
import { resolveInfluenceOptions } from './options.js';
import { prepareWindow, scorePreparedAccounts, type PreparedWindow } from './score-accounts.js';
import { scoreGroupCore, scoreMemberAlone, type GroupCore } from './score-group.js';
import { peakShare } from './share-of-voice.js';
import type { GroupInfluence, IndividualInfluence, InfluenceOptions, StrongestMember, SwarmInput, WindowInfluence } from './types.js';

const fmt = (x: number): string => String(Number(x.toPrecision(3)));

function validateSwarms(swarms: unknown, prep: PreparedWindow): number[][] {
  if (!Array.isArray(swarms)) throw new InvalidOptionsError('influence', 'swarms', swarms, 'an array of { id, members }');
  const ids = new Set<string>();
  return swarms.map((s: SwarmInput, i) => {
    if (s === null || typeof s !== 'object' || typeof s.id !== 'string' || s.id === '' || ids.has(s.id) || !Array.isArray(s.members)) {
      throw new InvalidOptionsError('influence', `swarms[${i}]`, s, '{ id: unique non-empty string, members: string[] }');
    }
    ids.add(s.id);
    const members = s.members.map((m) => prep.ctx.accountId.get(m) ?? -1);
    if (members.some((a) => a < 0 || a >= prep.ctx.n) || new Set(members).size !== members.length || members.length === 0) {
      throw new InvalidOptionsError('influence', `swarms[${i}].members`, s.members, 'distinct accounts that post in the window');
    }
    return members;
  });
}

function strongestOf(members: readonly string[], byName: ReadonlyMap<string, IndividualInfluence>): IndividualInfluence {
  const ranked = members.map((m) => byName.get(m)!).sort((x, y) =>
    y.leadFollowers - x.leadFollowers || (y.followerReach ?? -1) - (x.followerReach ?? -1) ||
    y.postCount - x.postCount || compareStrings(x.account, y.account));
  return ranked[0]!;
}

/** The non-null values of `key` over `records` (in order). */
function presentValues(records: readonly IndividualInfluence[], key: 'followerReach' | 'leadRank'): number[] {
  const values: number[] = [];
  for (const r of records) {
    const v = r[key];
    if (v !== null) values.push(v);
  }
  return values;
}

/** Window medians of followerReach and leadRank (undefined without data). */
function windowMedians(individual: readonly IndividualInfluence[]) {
  return {
    followerReach: median(presentValues(individual, 'followerReach')),
    leadRank: median(presentValues(individual, 'leadRank')),
  };
}

function verdict(core: GroupCore, prep: PreparedWindow, individual: readonly IndividualInfluence[], members: readonly number[], medians: ReturnType<typeof windowMedians>) {
  const o = prep.options;
  const reasons: string[] = [];
  let emergence = false;
  if (core.swarmLift !== null && !core.swarmLiftLowSupport) {
    emergence = core.swarmLiftLower !== null && core.swarmLiftLower > 1;
    const detail = `swarmLift ${fmt(core.swarmLift)} [${core.swarmLiftLower === null ? '–' : fmt(core.swarmLiftLower)}, ${core.swarmLiftUpper === null ? '–' : fmt(core.swarmLiftUpper)}]`;
    reasons.push(`${emergence ? 'swarm-lift-above-1' : 'swarm-lift-not-above-1'}: ${detail}`);
  } else {
    reasons.push(`swarm-lift-unsupported: ${core.swarmLiftReason ?? `low support (${core.coordinatedPosts} coordinated, ${core.soloPosts} solo units)`}`);
    if (core.burstLift === null || core.burstPValue === null) reasons.push('burst-lift-unavailable: no hashtag with enough member posts');
    else {
      emergence = core.burstLift > 1 && core.burstPValue <= o.alpha;
      reasons.push(`${emergence ? 'burst-lift-significant' : 'burst-lift-not-significant'}: burstLift ${fmt(core.burstLift)}, p ${fmt(core.burstPValue)} (alpha ${o.alpha})`);
    }
  }
  const collective = core.collectiveness !== null && core.collectiveness >= o.collectivenessThreshold;
  reasons.push(core.collectiveness === null ? 'collectiveness-unavailable: fewer than two contributing members'
    : `${collective ? 'collective' : 'not-collective'}: collectiveness ${fmt(core.collectiveness)} vs ${o.collectivenessThreshold}`);
  const weakness: string[] = [];
  let weak = false;
  for (const key of ['followerReach', 'leadRank'] as const) {
    const windowMedian = medians[key];
    const memberMedian = median(presentValues(members.map((a) => individual[a]!), key));
    if (windowMedian === undefined || memberMedian === undefined) continue;
    if (memberMedian < windowMedian) weak = true;
    weakness.push(`median member ${key} ${fmt(memberMedian)} ${memberMedian < windowMedian ? '<' : '≥'} window median ${fmt(windowMedian)}`);
  }
  reasons.push(weakness.length === 0 ? 'member-strength-unavailable: no followerReach or leadRank'
    : `${weak ? 'members-weak' : 'members-not-weak'}: ${weakness.join('; ')}`);
  return { collectiveInfluencer: emergence && collective && weak, reasons };
}

function strongestMember(prep: PreparedWindow, core: GroupCore, swarmId: string, byName: ReadonlyMap<string, IndividualInfluence>, swarm: GroupData): StrongestMember {
  const best = strongestOf(core.members, byName);
  const id = prep.ctx.accountId.get(best.account)!;
  const alone = scoreMemberAlone(prep, id, `member:${swarmId}:${best.account}`, swarm);
  const top = core.shareOfVoice[0];
  let share: number | null = null;
  let peak: number | null = null;
  if (top !== undefined) {
    const h = prep.ctx.hashtags.indexOf(top.hashtag);
    const mask = new Uint8Array(prep.ctx.accounts.length);
    mask[id] = 1;
    let own = 0;
    for (let r = prep.ctx.occStart[h]!; r < prep.ctx.occStart[h + 1]!; r++) {
      if (prep.ctx.occAccount[r] === id && prep.ctx.occPost[r]! < prep.ctx.windowPosts) own++;
    }
    share = own / top.posts;
    peak = peakShare(prep.ctx, h, mask, prep.options.peakMinPosts);
  }
  return {
    account: best.account,
    individual: best,
    alone: {
      shareOfVoice: share, peakShareOfVoice: peak, burstLift: alone.burstLift, burstZ: alone.burstZ,
      groupLeadReach: alone.groupLeadReach, groupDegreeCentrality: alone.groupDegreeCentrality,
      groupHarmonicCloseness: alone.groupHarmonicCloseness,
    },
  };
}

/**
 * Score individual and group influence of one window together (shares the lead graph and index).
 * @param window the window (posts in any order).
 * @param graph the window's account graph.
 * @param swarms the window's swarms (`detectSwarms` candidates or tracked swarms: `{ id, members }`).
 * @param options see {@link InfluenceOptions}.
 * @returns accounts (with `swarmId` from `swarms`; an account in several swarms gets the smallest
 *   id) and groups sorted by size desc, then id.
 * @throws InvalidOptionsError on invalid options, or swarms whose members do not post in the window.
 * @example
 * const { accounts, swarms: groups } = scoreWindow(window, graph, [{ id: 'S1', members: ['a', 'b', 'c'] }]);
 * groups[0].collectiveInfluencer; // true when the group is more than its members
 */
export function scoreWindow(window: Window, graph: AccountGraphResult, swarms: readonly SwarmInput[], options?: InfluenceOptions): WindowInfluence {
  const prep = prepareWindow(window, graph, resolveInfluenceOptions(options));
  const memberIds = validateSwarms(swarms, prep);
  const order = swarms.map((_, i) => i).sort((x, y) => compareStrings(swarms[x]!.id, swarms[y]!.id));
  const swarmOf = new Map<string, string>();
  for (const i of order) for (const m of swarms[i]!.members) if (!swarmOf.has(m)) swarmOf.set(m, swarms[i]!.id);
  const accounts = scorePreparedAccounts(prep, swarmOf);
  // For the strongest member of each group: no map in the many windows without swarms.
  const byName = swarms.length === 0 ? new Map<string, IndividualInfluence>() : new Map(accounts.accounts.map((r) => [r.account, r]));
  const medians = windowMedians(accounts.accounts);
  const groups: GroupInfluence[] = order.map((i) => {
    const id = swarms[i]!.id;
    const group = buildGroupData(prep.ctx, memberIds[i]!, prep.options.minGroupHashtagPosts);
    const core = scoreGroupCore(prep, group, accounts.accounts, `swarm:${id}`);
    return {
      swarmId: id,
      ...core,
      ...verdict(core, prep, accounts.accounts, memberIds[i]!, medians),
      strongestMember: strongestMember(prep, core, id, byName, group),
    };
  });
  groups.sort((x, y) => y.size - x.size || compareStrings(x.swarmId, y.swarmId));
  return { accounts, swarms: groups };
}

/**
 * Score the group influence of each swarm of a window (METRICS.md §3, §7.3).
 * @param window the window.
 * @param graph the window's account graph.
 * @param swarms `{ id, members }` per swarm; members must post in the window.
 * @param options see {@link InfluenceOptions}.
 * @returns one {@link GroupInfluence} per swarm, sorted by size desc, then id.
 * @throws InvalidOptionsError on invalid options or swarms.
 * @example
 * const [group] = scoreSwarms(window, graph, [{ id: 'S1', members: ['a', 'b', 'c'] }]);
 * group.burstLift; // ≫ 1 when the members post together
 */
export function scoreSwarms(window: Window, graph: AccountGraphResult, swarms: readonly SwarmInput[], options?: InfluenceOptions): readonly GroupInfluence[] {
  return scoreWindow(window, graph, swarms, options).swarms;
}
