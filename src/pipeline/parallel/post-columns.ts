/**
 * Posts as columns, to hand a run of buffered posts to a worker thread: names (accounts,
 * hashtags, mentions) in one table and integer columns that index it, times and counts in
 * float columns, ids in one string. Structured cloning of post objects costs several times as
 * much (bench/README.md, "Measurements behind implementation choices") and gives the worker a
 * copy of every name per post; decoded columns share one string per name, as ingest does.
 */
import { StringTable } from '../../_lib/string-table.js';
import { PostRecord, type DraftPost, type Post } from '../../ingest/index.js';

/** A run of posts as columns (see {@link encodePosts}); its typed arrays can be transferred. */
export interface PostColumns {
  readonly count: number;
  /**
   * Distinct accounts, hashtags and mentions: the names the integer columns index, from
   * `namesBase` on (a run encoded with a shared {@link StringTable} sends only the names the
   * earlier runs did not; the receiver appends them to the ones it has).
   */
  readonly names: readonly string[];
  readonly namesBase: number;
  /** Every id, concatenated; post i's id ends at `idEnd[i]`. */
  readonly ids: string;
  readonly idEnd: Uint32Array;
  readonly account: Int32Array;
  readonly timeMs: Float64Array;
  /** Post i's hashtags are `tags[tagEnd[i − 1] … tagEnd[i])` (names). */
  readonly tagEnd: Int32Array;
  readonly tags: Int32Array;
  /** Mentions, as hashtags (none ⇔ no `mentions` field). */
  readonly mentionEnd: Int32Array;
  readonly mentions: Int32Array;
  /** followers, likes, reposts, replies of post i at 4i … 4i + 3; NaN when absent. */
  readonly counts: Float64Array;
  /** repostOf, replyTo, text of post i at 3i … 3i + 2 as indexes into `strings`; −1 when absent. */
  readonly stringRefs: Int32Array;
  readonly strings: readonly string[];
}

const COUNT_KEYS = ['followers', 'likes', 'reposts', 'replies'] as const;

/**
 * Encode posts[from … to) as columns.
 * @param posts the posts.
 * @param from first post.
 * @param to end (exclusive).
 * @param table names already sent to the receiver, shared by successive runs (the read worker's
 *   batches): the columns carry only the names it lacks. Without it, every name of the run.
 * @returns the columns and the buffers to transfer.
 */
export function encodePosts(posts: readonly Post[], from: number, to: number, table?: StringTable): { columns: PostColumns; transfer: ArrayBuffer[] } {
  const n = to - from;
  let tagCount = 0;
  let mentionCount = 0;
  for (let i = from; i < to; i++) {
    const p = posts[i]!;
    tagCount += p.hashtags.length;
    if (p.mentions !== undefined) mentionCount += p.mentions.length;
  }
  const slot = table ?? new StringTable(1024);
  const namesBase = slot.size;
  const idParts: string[] = new Array<string>(n);
  const idEnd = new Uint32Array(n);
  const account = new Int32Array(n);
  const timeMs = new Float64Array(n);
  const tagEnd = new Int32Array(n);
  const tags = new Int32Array(tagCount);
  const mentionEnd = new Int32Array(n);
  const mentions = new Int32Array(mentionCount);
  const counts = new Float64Array(4 * n).fill(NaN);
  const stringRefs = new Int32Array(3 * n).fill(-1);
  const strings: string[] = [];
  let idLength = 0;
  let t = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const p = posts[from + i]!;
    idParts[i] = p.id;
    idLength += p.id.length;
    idEnd[i] = idLength;
    account[i] = slot.intern(p.account);
    timeMs[i] = p.timeMs;
    for (const h of p.hashtags) tags[t++] = slot.intern(h);
    tagEnd[i] = t;
    if (p.mentions !== undefined) for (const h of p.mentions) mentions[m++] = slot.intern(h);
    mentionEnd[i] = m;
    for (let c = 0; c < 4; c++) {
      const v = p[COUNT_KEYS[c]!];
      if (v !== undefined) counts[4 * i + c] = v;
    }
    if (p.repostOf !== undefined) stringRefs[3 * i] = strings.push(p.repostOf) - 1;
    if (p.replyTo !== undefined) stringRefs[3 * i + 1] = strings.push(p.replyTo) - 1;
    if (p.text !== undefined) stringRefs[3 * i + 2] = strings.push(p.text) - 1;
  }
  const names: string[] = [];
  for (let k = namesBase; k < slot.size; k++) names.push(slot.key(k));
  const columns: PostColumns = {
    count: n, names, namesBase, ids: idParts.join(''), idEnd, account, timeMs, tagEnd, tags, mentionEnd, mentions, counts, stringRefs, strings,
  };
  const transfer = [idEnd, account, timeMs, tagEnd, tags, mentionEnd, mentions, counts, stringRefs].map((a) => a.buffer as ArrayBuffer);
  return { columns, transfer };
}


/**
 * A count as an int32 where it is one: a float read from a column and stored as is would be
 * boxed (a heap number per count, 64 MB per million posts with four counts).
 */
function small(v: number): number {
  const i = v | 0;
  return i === v && (i !== 0 || 1 / v > 0) ? i : v;
}

/**
 * Posts back from columns (same fields and values as the encoded posts), as plain mutable objects
 * (ingest may still merge into them).
 * @param c the columns.
 * @param names every name the columns index (default `c.names`, when `c.namesBase` is 0).
 * @returns the posts, in encoding order.
 */
export function decodePosts(c: PostColumns, names: readonly string[] = c.names): DraftPost[] {
  const out = new Array<DraftPost>(c.count);
  const { counts, stringRefs } = c;
  let idStart = 0;
  let t = 0;
  let m = 0;
  for (let i = 0; i < c.count; i++) {
    const hashtags: string[] = [];
    for (const end = c.tagEnd[i]!; t < end; t++) hashtags.push(names[c.tags[t]!]!);
    const post: DraftPost = new PostRecord(c.ids.slice(idStart, c.idEnd[i]!), names[c.account[i]!]!, c.timeMs[i]!, hashtags);
    idStart = c.idEnd[i]!;
    let v = counts[4 * i]!;
    if (v === v) post.followers = small(v);
    if ((v = counts[4 * i + 1]!) === v) post.likes = small(v);
    if ((v = counts[4 * i + 2]!) === v) post.reposts = small(v);
    if ((v = counts[4 * i + 3]!) === v) post.replies = small(v);
    let s = stringRefs[3 * i]!;
    if (s >= 0) post.repostOf = c.strings[s]!;
    if ((s = stringRefs[3 * i + 1]!) >= 0) post.replyTo = c.strings[s]!;
    const end = c.mentionEnd[i]!;
    if (m < end) {
      const list: string[] = [];
      for (; m < end; m++) list.push(names[c.mentions[m]!]!);
      post.mentions = list;
    }
    if ((s = stringRefs[3 * i + 2]!) >= 0) post.text = c.strings[s]!;
    out[i] = post;
  }
  return out;
}
