/**
 * The input every baseline works on: one row per (post, hashtag) — CooRTweet's `object_id`
 * (hashtag), `account_id`, `content_id` (post) and `timestamp_share` — with accounts, hashtags
 * and posts interned to dense integer ids. Rows are sorted by (hashtag, time, post).
 */
import { readRecords } from '../../src/sources/index.js';
import type { FieldMap, RecordFormat, RecordSchema } from '../../src/sources/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Post } from '../../src/ingest/index.js';

/** Column-wise (post, hashtag) rows. */
export interface Occurrences {
  /** Number of rows. */
  readonly rows: number;
  readonly account: Int32Array;
  readonly hashtag: Int32Array;
  readonly post: Int32Array;
  readonly timeMs: Float64Array;
  /** Account names by id. */
  readonly accountNames: readonly string[];
  readonly hashtags: number;
  readonly posts: number;
}

/** Where and how to read one input. */
export interface ReadSpec {
  readonly path: string;
  readonly format?: RecordFormat;
  readonly schema?: RecordSchema;
  readonly map?: FieldMap;
}

/**
 * Read and ingest an input with the library's reader and ingest (the same posts every method sees).
 * @param spec path, format, schema and field map
 * @returns the accepted posts
 * @example
 * const posts = await loadPosts({ path: 'bench/tmp/easy/posts.ndjson' });
 */
export async function loadPosts(spec: ReadSpec): Promise<readonly Post[]> {
  const records = readRecords(spec.path, {
    ...(spec.format === undefined ? {} : { format: spec.format }),
    ...(spec.schema === undefined ? {} : { schema: spec.schema }),
    ...(spec.map === undefined ? {} : { map: spec.map }),
  });
  return (await ingest(records)).posts;
}

/**
 * Intern posts into sorted (hashtag, time, post) rows.
 * @param posts validated posts
 * @returns the row table
 * @example
 * toOccurrences(posts).rows; // Σ over posts of their hashtag count
 */
export function toOccurrences(posts: readonly Post[]): Occurrences {
  const accountIds = new Map<string, number>();
  const hashtagIds = new Map<string, number>();
  const accountNames: string[] = [];
  let rows = 0;
  for (const p of posts) rows += p.hashtags.length;
  const acc = new Int32Array(rows);
  const tag = new Int32Array(rows);
  const pst = new Int32Array(rows);
  const tms = new Float64Array(rows);
  let r = 0;
  posts.forEach((p, postId) => {
    let a = accountIds.get(p.account);
    if (a === undefined) {
      a = accountNames.length;
      accountIds.set(p.account, a);
      accountNames.push(p.account);
    }
    for (const h of p.hashtags) {
      let t = hashtagIds.get(h);
      if (t === undefined) {
        t = hashtagIds.size;
        hashtagIds.set(h, t);
      }
      acc[r] = a;
      tag[r] = t;
      pst[r] = postId;
      tms[r] = p.timeMs;
      r++;
    }
  });
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  order.sort((x, y) => tag[x]! - tag[y]! || tms[x]! - tms[y]! || pst[x]! - pst[y]!);
  const permute = <T extends Int32Array | Float64Array>(src: T, dst: T): T => {
    for (let i = 0; i < rows; i++) dst[i] = src[order[i]!]!;
    return dst;
  };
  return {
    rows,
    account: permute(acc, new Int32Array(rows)),
    hashtag: permute(tag, new Int32Array(rows)),
    post: permute(pst, new Int32Array(rows)),
    timeMs: permute(tms, new Float64Array(rows)),
    accountNames,
    hashtags: hashtagIds.size,
    posts: posts.length,
  };
}
