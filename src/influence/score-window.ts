/**
 * Group influence per swarm and window (METRICS.md §3, §7.3), the collective-influencer verdict
 * ({@link collectiveVerdict}: emergence ∧ collectiveness ∧ members weak ∧ the group reaches more
 * than its strongest member alone) and the strongest member scored alone, so that the report can
 * put the group next to its best individual.
 */
import { compareStrings } from '../_lib/compare.js';
import { InvalidOptionsError } from '../errors.js';
import type { AccountGraphResult } from '../graph/index.js';
import type { Window, WindowView } from '../windows/index.js';
import { buildGroupData, type InfluenceGroupData } from './group-data.js';
import { resolveInfluenceOptions } from './options.js';
import { prepareWindow, scorePreparedAccounts, type PreparedWindow } from './score-accounts.js';
import { scoreGroupCore, scoreMemberAlone, type GroupCore } from './score-group-core.js';
import { peakShare } from './score-voice.js';
import type { GroupInfluence, IndividualInfluence, InfluenceOptions, StrongestMember, SwarmInput, WindowInfluence } from './types.js';
import { collectiveVerdict, windowMedians } from './collective-verdict.js';

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

function strongestMember(prep: PreparedWindow, core: GroupCore, swarmId: string, byName: ReadonlyMap<string, IndividualInfluence>, swarm: InfluenceGroupData): StrongestMember {
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
 * @param view the window's rows in the run's window table (`analyze()` passes it); without it, the
 *   window's posts are interned here.
 * @returns accounts (with `swarmId` from `swarms`; an account in several swarms gets the smallest
 *   id) and groups sorted by size desc, then id.
 * @throws InvalidOptionsError on invalid options, or swarms whose members do not post in the window.
 * @example
 * const { accounts, swarms: groups } = scoreWindow(window, graph, [{ id: 'S1', members: ['a', 'b', 'c'] }]);
 * groups[0].collectiveInfluencer; // true when the group is more than its members (see collectiveVerdict)
 */
export function scoreWindow(
  window: Window, graph: AccountGraphResult, swarms: readonly SwarmInput[], options?: InfluenceOptions, view?: WindowView,
): WindowInfluence {
  const prep = prepareWindow(window, graph, resolveInfluenceOptions(options), view);
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
    const strongest = strongestMember(prep, core, id, byName, group);
    return {
      swarmId: id,
      ...core,
      ...collectiveVerdict(core, strongest, prep, accounts.accounts, memberIds[i]!, medians),
      strongestMember: strongest,
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
