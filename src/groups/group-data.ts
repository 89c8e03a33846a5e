/**
 * GroupData: the member occurrences of one account group S on its hashtags H_S — the one view of
 * a group that swarms/ (statistics and nulls, METRICS.md §3.4, §6.2) and influence/ (group
 * influence, §3) both measure on. Each stage extends it with what only it reads (swarms/: a
 * local numbering of the members' posts for its replicates; influence/: the member mask, the
 * synchronised flags and the hashtags' window volumes).
 *
 * An occurrence is a (post, hashtag) pair. A stage hands its window's occurrences as rows grouped
 * by hashtag in time order (`rowStarts`, with the account of each row); the group's are the rows
 * of H_S whose account is a member, in the same order, one run per hashtag of H_S.
 * Cost O(Σ_{h ∈ H_S} N_h).
 */

/** A window's occurrences as rows grouped by hashtag, in time order within each hashtag. */
export interface HashtagRows {
  /** Rows of hashtag h: `rowStarts[h] … rowStarts[h + 1]`. */
  readonly rowStarts: Int32Array;
  /** Account of each row. */
  readonly rowAccount: Int32Array;
  /** When given, only rows with `rowPost[row] < postLimit` count (influence/: window posts, not the lookback). */
  readonly rowPost?: Int32Array;
  readonly postLimit?: number;
}

/** The member occurrences of a group on H_S. */
export interface GroupData {
  /** Member account ids (the stage's window ids); a member's local index is its position here. */
  readonly members: Int32Array;
  /** H_S, ascending hashtag ids (groups/select-group-hashtags.ts names the rule). */
  readonly hashtags: Int32Array;
  /** Occurrences of `hashtags[r]`: `runStarts[r] … runStarts[r + 1]`, in time order. */
  readonly runStarts: Int32Array;
  /** The stage's row of each occurrence. */
  readonly rows: Int32Array;
  /** Local member index of each occurrence. */
  readonly member: Int32Array;
  /** Counted rows of each hashtag of H_S, members or not (N_h). */
  readonly volume: Int32Array;
}

/**
 * Collect the member occurrences of a group.
 * @param rows the window's occurrences by hashtag.
 * @param members the members' account ids (their order gives the local indexes).
 * @param hashtags H_S, ascending.
 * @param localOf an Int32Array over the window's accounts filled with −1; restored on return.
 * @returns the group data.
 * @example
 * const data = collectGroupData(rows, Int32Array.of(0, 3), Int32Array.of(2), new Int32Array(accounts).fill(-1));
 */
export function collectGroupData(rows: HashtagRows, members: Int32Array, hashtags: Int32Array, localOf: Int32Array): GroupData {
  const { rowStarts, rowAccount, rowPost } = rows;
  const limit = rows.postLimit ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < members.length; i++) localOf[members[i]!] = i;
  const runStarts = new Int32Array(hashtags.length + 1);
  const volume = new Int32Array(hashtags.length);
  let n = 0;
  for (let r = 0; r < hashtags.length; r++) {
    const h = hashtags[r]!;
    for (let k = rowStarts[h]!; k < rowStarts[h + 1]!; k++) {
      if (rowPost !== undefined && rowPost[k]! >= limit) continue;
      volume[r]!++;
      if (localOf[rowAccount[k]!]! >= 0) n++;
    }
    runStarts[r + 1] = n;
  }
  const out = new Int32Array(n);
  const member = new Int32Array(n);
  let m = 0;
  for (let r = 0; r < hashtags.length; r++) {
    const h = hashtags[r]!;
    for (let k = rowStarts[h]!; k < rowStarts[h + 1]!; k++) {
      if (rowPost !== undefined && rowPost[k]! >= limit) continue;
      const local = localOf[rowAccount[k]!]!;
      if (local < 0) continue;
      out[m] = k;
      member[m++] = local;
    }
  }
  for (let i = 0; i < members.length; i++) localOf[members[i]!] = -1;
  return { members, hashtags, runStarts, rows: out, member, volume };
}
