/**
 * Persistence of a tracked swarm across windows (METRICS.md §3.6; Palla, Barabási & Vicsek 2007,
 * Nature 446:664–667; Greene's `persist_threshold`):
 *   lifetime          = windows with a non-empty member list
 *   memberRetention_k = |S_k ∩ S_{k−1}| / |S_k ∪ S_{k−1}| over consecutive matched windows
 *                       (an empty list — an unmatched window — is skipped, not compared)
 *   stationarity ζ    = mean of memberRetention (null when lifetime < 2)
 *   coreMembers(ρ)    = accounts present in ≥ ρ·lifetime of the matched windows
 * Cost O(Σ_k |S_k|).
 */
import { compareStrings } from '../_lib/compare.js';
import { checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import { InvalidOptionsError } from '../errors.js';
import type { SwarmPersistence } from '../influence/index.js';

/** Options of {@link scorePersistence}. */
export interface PersistenceOptions {
  /** Share ρ of the matched windows an account needs to be a core member. @default 0.5 */
  readonly coreShare?: number;
}

/**
 * Score the persistence of one tracked swarm.
 * @param membersByWindow the swarm's members in each window of its life, in time order
 *   (an empty list marks a window where it was not matched).
 * @param options `coreShare` ρ.
 * @returns lifetime, retention per step and mean, stationarity ζ and the core members (sorted).
 * @throws InvalidOptionsError when `membersByWindow` is not an array of string arrays or ρ ∉ (0, 1].
 * @example
 * scorePersistence([['a', 'b'], ['a', 'b', 'c']]).memberRetention; // [2/3]
 */
export function scorePersistence(membersByWindow: readonly (readonly string[])[], options?: PersistenceOptions): SwarmPersistence {
  const raw = checkOptionsObject('influence', options);
  checkKnownKeys('influence', raw, ['coreShare']);
  const rho = raw.coreShare === undefined ? 0.5 : checkNumber('influence', 'coreShare', raw.coreShare, { gt: 0, max: 1 });
  if (!Array.isArray(membersByWindow) || !membersByWindow.every((w) => Array.isArray(w) && w.every((m) => typeof m === 'string'))) {
    throw new InvalidOptionsError('influence', 'membersByWindow', membersByWindow, 'an array of arrays of account names');
  }
  const matched = membersByWindow.filter((w) => w.length > 0).map((w) => new Set(w));
  const retention: number[] = [];
  for (let k = 1; k < matched.length; k++) {
    const prev = matched[k - 1]!;
    const cur = matched[k]!;
    let inter = 0;
    for (const m of cur) if (prev.has(m)) inter++;
    retention.push(inter / (prev.size + cur.size - inter));
  }
  const presence = new Map<string, number>();
  for (const w of matched) for (const m of w) presence.set(m, (presence.get(m) ?? 0) + 1);
  const need = rho * matched.length;
  const mean = retention.length > 0 ? retention.reduce((s, v) => s + v, 0) / retention.length : null;
  return {
    lifetime: matched.length,
    memberRetention: retention,
    meanMemberRetention: mean,
    stationarity: mean,
    coreMembers: [...presence].filter(([, c]) => c >= need - 1e-9).map(([m]) => m).sort(compareStrings),
  };
}
