/**
 * Owned hashtags of a group S (METRICS.md §3.3), with n_Sh the members' occurrences of h and
 * N_h every window occurrence of h (crowd posts included: share of voice measures visibility):
 *
 *   shareOfVoice(S, h) = n_Sh / N_h
 *   h owned ⇔ shareOfVoice(S, h) ≥ ownedShare ∧ episodes(S, h) ≥ minEpisodes
 *
 * where episodes(S, h) counts the (hashtag, burst) episodes in which members co-occur on h.
 * The two callers set the rule differently, on purpose:
 * - swarms/ (`ownedShare` 0.5, minEpisodes = max(1, minRepeatedBursts)): an owned hashtag lets
 *   a group be a swarm on the time-shift null alone, so an obscure hashtag two members happened
 *   to use must not count, only one the group repeatedly posts on together;
 * - influence/ (`ownedShare` 0.8, minEpisodes 0, over H_S): a descriptive label of the
 *   hashtags a group dominates, with no episode condition.
 */

/**
 * Share of voice of a group on one hashtag.
 * @param memberOccurrences n_Sh.
 * @param windowOccurrences N_h (> 0).
 * @returns n_Sh / N_h.
 * @example
 * shareOfVoice(3, 4); // 0.75
 */
export function shareOfVoice(memberOccurrences: number, windowOccurrences: number): number {
  return memberOccurrences / windowOccurrences;
}

/**
 * Whether a group owns a hashtag.
 * @param share its share of voice on the hashtag.
 * @param episodes its co-occurrence episodes on the hashtag (0 when the caller asks none).
 * @param ownedShare the share of voice that makes a hashtag owned.
 * @param minEpisodes the episodes an owned hashtag needs (0: no episode condition).
 * @returns true when owned.
 * @example
 * isOwnedHashtag(0.9, 0, 0.8, 0); // true
 */
export function isOwnedHashtag(share: number, episodes: number, ownedShare: number, minEpisodes: number): boolean {
  return share >= ownedShare && episodes >= minEpisodes;
}
