/**
 * H_S, the hashtags a group S is measured on (METRICS.md §3.3–3.4): the hashtags the members'
 * occurrences — (member post, hashtag) pairs — reach often enough. "Often enough" has two
 * definitions, and each caller names the one it uses:
 *
 * - `'distinct-members'`: h ∈ H_S when ≥ `min` distinct members post h. swarms/ uses it
 *   (with min = 2, crowd posts skipped): its statistics and time-shift null count matched
 *   pairs of *different* members, so a hashtag only one member posts can add nothing to them.
 * - `'member-posts'`: h ∈ H_S when the members' occurrences of h number ≥ `min` (whoever posted
 *   them; every window post). influence/ uses it (min = `minGroupHashtagPosts`): its share of
 *   voice and capture measure how much of a hashtag the group holds, which one prolific
 *   member's posts count toward too.
 *
 * Cost O(occurrences of the members' posts).
 */
import { scratchInt32 } from '../_lib/scratch.js';

/** Which count of the members' occurrences admits a hashtag into H_S (see the file comment). */
export type GroupHashtagRule = 'distinct-members' | 'member-posts';

/** The members' occurrences, as two CSR lists over window-local ids. */
export interface MemberOccurrenceLists {
  /** Posts of account a: `accountPosts[accountStarts[a] … accountStarts[a+1])`. */
  readonly accountStarts: Int32Array;
  readonly accountPosts: Int32Array;
  /** Distinct hashtags of post p: `postHashtags[postStarts[p] … postStarts[p+1])`. */
  readonly postStarts: Int32Array;
  readonly postHashtags: Int32Array;
  /** Number of hashtag ids (the bound of every `postHashtags` entry). */
  readonly hashtags: number;
  /** 1 for posts whose occurrences do not count (swarms/: crowd posts); absent: all count. */
  readonly skipPost?: Uint8Array;
}

/**
 * Select H_S.
 * @param lists the members' occurrences.
 * @param members the group's account ids (distinct, any order).
 * @param rule which count admits a hashtag.
 * @param min the count a hashtag needs.
 * @returns H_S as ascending hashtag ids.
 * @example
 * selectGroupHashtags(lists, Int32Array.of(0, 3, 7), 'distinct-members', 2);
 */
export function selectGroupHashtags(lists: MemberOccurrenceLists, members: Int32Array, rule: GroupHashtagRule, min: number): Int32Array {
  const { accountStarts, accountPosts, postStarts, postHashtags, skipPost } = lists;
  const distinct = rule === 'distinct-members';
  // Counts and last counted member (i + 1; 0 = none) per hashtag. Fresh scratch is zero, and
  // the touched entries are zeroed again before returning, so no O(hashtags) fill per group.
  const count = scratchInt32('groups.hashtags.count', lists.hashtags);
  const lastMember = scratchInt32('groups.hashtags.lastMember', lists.hashtags);
  const touched = scratchInt32('groups.hashtags.touched', lists.hashtags);
  let touchedCount = 0;
  for (let i = 0; i < members.length; i++) {
    const a = members[i]!;
    for (let k = accountStarts[a]!; k < accountStarts[a + 1]!; k++) {
      const p = accountPosts[k]!;
      if (skipPost !== undefined && skipPost[p] === 1) continue;
      for (let x = postStarts[p]!; x < postStarts[p + 1]!; x++) {
        const h = postHashtags[x]!;
        if (lastMember[h] === 0) touched[touchedCount++] = h;
        if (distinct) {
          if (lastMember[h] !== i + 1) count[h]!++;
        } else {
          count[h]!++;
        }
        lastMember[h] = i + 1;
      }
    }
  }
  let selected = 0;
  for (let j = 0; j < touchedCount; j++) if (count[touched[j]!]! >= min) selected++;
  const tags = new Int32Array(selected);
  for (let j = 0, r = 0; j < touchedCount; j++) {
    const h = touched[j]!;
    if (count[h]! >= min) tags[r++] = h;
    count[h] = 0;
    lastMember[h] = 0;
  }
  return tags.sort();
}
