/**
 * Characteristic hashtags and owned hashtags of a group (METRICS.md §3.3), by the definitions
 * of groups/: shareOfVoice(S, h) = n_Sh / N_h over every occurrence of the window (crowd
 * posts included: share of voice measures visibility); h owned when shareOfVoice(S, h) ≥
 * ownedShare ∧ the members co-occur on h in ≥ minEpisodes (hashtag, burst) episodes: an
 * obscure hashtag two members happened to use does not count, only one the group repeatedly
 * posts together.
 */
import { compareStrings } from '../_lib/compare.js';
import { scratchInt32 } from '../_lib/scratch.js';
import { isOwnedHashtag, shareOfVoice } from '../groups/index.js';
import type { SwarmHashtag } from './types.js';
import type { WindowIndex } from './window-index.js';

/** Hashtag profile of a group. */
export interface HashtagProfile {
  /** Top hashtags by member posts desc, then hashtag. */
  readonly hashtags: readonly SwarmHashtag[];
  readonly ownedHashtags: number;
  /** Member posts (crowd included). */
  readonly posts: number;
}

/**
 * Describe a group's hashtags.
 * @param index the window index.
 * @param members global account ids.
 * @param tagEpisodes episodes per hashtag id of the group's shared hashtags.
 * @param ownedShare share of voice that makes a hashtag owned.
 * @param minEpisodes episodes an owned hashtag needs.
 * @param maxHashtags how many hashtags to list.
 * @returns the profile.
 * @example
 * describeHashtags(index, ids, new Map(), 0.5, 2, 10).hashtags[0];
 */
export function describeHashtags(
  index: WindowIndex,
  members: Int32Array,
  tagEpisodes: ReadonlyMap<number, number>,
  ownedShare: number,
  minEpisodes: number,
  maxHashtags: number,
): HashtagProfile {
  // Member posts per hashtag (scratch indexed by hashtag; hashtags in first-touch order).
  const postCount = scratchInt32('swarms.describe.postCount', index.hashtags.length).fill(0);
  const touched = scratchInt32('swarms.describe.touched', index.hashtags.length);
  let touchedCount = 0;
  let posts = 0;
  for (let i = 0; i < members.length; i++) {
    const a = members[i]!;
    for (let k = index.postsByAccount.starts[a]!; k < index.postsByAccount.starts[a + 1]!; k++) {
      const p = index.postsByAccount.items[k]!;
      posts++;
      for (let x = index.hashtagsByPost.starts[p]!; x < index.hashtagsByPost.starts[p + 1]!; x++) {
        const h = index.hashtagsByPost.items[x]!;
        if (postCount[h] === 0) touched[touchedCount++] = h;
        postCount[h]!++;
      }
    }
  }
  let ownedHashtags = 0;
  const all: SwarmHashtag[] = [];
  for (let j = 0; j < touchedCount; j++) {
    const h = touched[j]!;
    const count = postCount[h]!;
    const share = shareOfVoice(count, index.volumeByHashtag[h]!);
    if (isOwnedHashtag(share, tagEpisodes.get(h) ?? 0, ownedShare, minEpisodes)) ownedHashtags++;
    all.push({ hashtag: index.hashtags[h]!, posts: count, shareOfVoice: share });
  }
  all.sort((a, b) => b.posts - a.posts || compareStrings(a.hashtag, b.hashtag));
  return { hashtags: all.slice(0, maxHashtags), ownedHashtags, posts };
}
