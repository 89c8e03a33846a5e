/**
 * Renaming the swarms of a scored window. `analyze` scores a window's swarms under their
 * window-local candidate keys — so the scoring (and its seeded Monte Carlo streams) does not
 * wait for tracking, and a window can be scored on another thread — and then gives them the
 * ids tracking assigned.
 */
import { compareStrings } from '../_lib/compare.js';
import type { GroupInfluence, IndividualInfluence, WindowInfluence } from '../influence/index.js';

/**
 * Rename the swarms of a {@link scoreWindow} result.
 * @param scores the window's scores, computed with `{ id: key, members }` inputs.
 * @param idOf new id of each input id; groups whose id it lacks are dropped, and so is their
 *   `swarmId` on the accounts.
 * @returns the same scores under the new ids; groups re-sorted by size desc, then new id.
 * @example
 * relabelWindowInfluence(scoreWindow(w, g, [{ id: 'w3-c0', members }]), new Map([['w3-c0', 'swarm-1-0']]));
 */
export function relabelWindowInfluence(scores: WindowInfluence, idOf: ReadonlyMap<string, string>): WindowInfluence {
  const rename = (r: IndividualInfluence): IndividualInfluence => {
    if (r.swarmId === null) return r;
    const id = idOf.get(r.swarmId) ?? null;
    return { ...r, swarmId: id };
  };
  const accounts = scores.accounts.accounts.map(rename);
  // Built only for a window with groups (most windows have none, and all their accounts).
  let byName: Map<string, IndividualInfluence> | undefined;
  const renamed = (account: string): IndividualInfluence | undefined =>
    (byName ??= new Map(accounts.map((r) => [r.account, r]))).get(account);
  const groups: GroupInfluence[] = [];
  for (const g of scores.swarms) {
    const id = idOf.get(g.swarmId);
    if (id === undefined) continue;
    const best = g.strongestMember;
    const strongestMember = best === null ? null : { ...best, individual: renamed(best.account) ?? rename(best.individual) };
    groups.push({ ...g, swarmId: id, strongestMember });
  }
  groups.sort((x, y) => y.size - x.size || compareStrings(x.swarmId, y.swarmId));
  return { accounts: { ...scores.accounts, accounts }, swarms: groups };
}
