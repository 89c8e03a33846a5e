/**
 * The per-post fields of a window with account and hashtag names interned to *global* ids that
 * survive from one window to the next, for {@link buildWindowContext}.
 *
 * Why: sliding windows share most of their posts (24 h windows sliding 6 h: every post lies in 4
 * windows), and interning a post's account and hashtags costs a Map lookup per name — at 1M posts
 * the largest single cost of the window index. Names keep their global id across calls, and the
 * fields read from the posts of one call are kept until the next: a post that sits at the same
 * relative position (the new window's posts are a run of the previous window's posts, checked
 * post by post by object identity) is copied from the kept typed arrays without reading the post
 * object again. Only the posts new to the window are read and interned.
 *
 * The result is the same as reading every post afresh because posts are immutable values (the
 * `Post` type is readonly): the same object always yields the same fields. Global ids are only
 * provisional — the window context renumbers names in sorted order — so their values never reach
 * a result.
 *
 * Memory: the name tables grow with the distinct names of a run of overlapping windows; they are
 * dropped when a window shares no post with the previous one, or when they hold many more names
 * than the window needs ({@link staleTables}). The kept fields cover one window.
 * Rules as for `_lib/scratch.ts`: the arrays returned are valid until the next call; everything
 * is synchronous.
 */
import { compareStrings } from '../_lib/compare.js';
import type { Post } from '../ingest/index.js';

/** {@link PostFields.flags} bit: the post has a `followers` count. */
export const POST_HAS_FOLLOWERS = 1;
/** {@link PostFields.flags} bit: the post has `likes`, `reposts` or `replies`. */
export const POST_HAS_COUNTS = 2;
/** {@link PostFields.flags} bit: the post has `repostOf` or `replyTo` (so link building reads only those posts). */
export const POST_HAS_LINKS = 4;

/**
 * Whether the tables hold so many names beyond the last window's (`namesInUse`) that they are
 * rebuilt: more than 4× them plus 4,096, as the swarm stage's window index does. Each window's
 * numbering scans the table's sorted ids, so stale names cost every window: German elections
 * (169 windows, 58k accounts and 18k hashtags over the run, ~6k per window) scanned up to 76k
 * ids per window with the old rule (2^18 stale names) and ≤ 28k with this one.
 */
export function staleTables(names: number, namesInUse: number): boolean {
  return names > 4 * namesInUse + 4096;
}

/**
 * Names interned to ids in order of first sight, with the ids kept sorted by name
 * ({@link compareStrings}) so that a window can number its names in sorted order by a scan.
 */
export class NameTable {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** All ids sorted by name, up to the last {@link sortedIds} call. */
  private sorted = new Int32Array(0);

  /** The id of `name`, a new one on first sight. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  /**
   * Every id, sorted by name. New names are sorted among themselves and merged in by binary
   * search, so a call costs O(k log N) string comparisons for k new names plus an O(N) copy.
   */
  sortedIds(): Int32Array {
    const old = this.sorted;
    const total = this.names.length;
    if (old.length === total) return old;
    const names = this.names;
    const fresh: number[] = [];
    for (let id = old.length; id < total; id++) fresh.push(id);
    fresh.sort((x, y) => compareStrings(names[x]!, names[y]!));
    const merged = new Int32Array(total);
    let from = 0; // next old position to copy
    let at = 0;
    for (const id of fresh) {
      const name = names[id]!;
      // first old position whose name sorts after `name` (names are distinct)
      let lo = from;
      let hi = old.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareStrings(names[old[mid]!]!, name) < 0) lo = mid + 1;
        else hi = mid;
      }
      merged.set(old.subarray(from, lo), at);
      at += lo - from;
      from = lo;
      merged[at++] = id;
    }
    merged.set(old.subarray(from), at);
    this.sorted = merged;
    return merged;
  }

  clear(): void {
    this.ids.clear();
    this.names.length = 0;
    this.sorted = new Int32Array(0);
  }
}

/** Fields of window posts then lookback posts (arrays may be longer than `total`; valid until the next read). */
export interface PostFields {
  readonly total: number;
  readonly windowPosts: number;
  /** Global account id per post. */
  readonly account: Int32Array;
  readonly time: Float64Array;
  /** Distinct global hashtag ids of post p: `tag[tagStart[p] … tagStart[p+1])`, in post order. */
  readonly tagStart: Int32Array;
  readonly tag: Int32Array;
  /** Window posts only: followers, e(p) = likes + reposts + replies (0 when absent) and the flags. */
  readonly followers: Float64Array;
  readonly engagement: Float64Array;
  readonly flags: Uint8Array;
  /** Window posts copied from the previous read instead of read from the post objects. */
  readonly reused: number;
}

/** Growable typed arrays of one read. */
class FieldBuffers {
  account = new Int32Array(0);
  time = new Float64Array(0);
  tagStart = new Int32Array(1);
  tag = new Int32Array(0);
  followers = new Float64Array(0);
  engagement = new Float64Array(0);
  flags = new Uint8Array(0);

  /** Room for `posts` posts (contents of the first `keep` kept). */
  reserve(posts: number, keep: number): void {
    if (this.account.length >= posts) return;
    const size = Math.max(posts, Math.ceil(this.account.length * 1.5), 64);
    this.account = grow(this.account, new Int32Array(size), keep);
    this.time = grow(this.time, new Float64Array(size), keep);
    this.tagStart = grow(this.tagStart, new Int32Array(size + 1), keep + 1);
    this.followers = grow(this.followers, new Float64Array(size), keep);
    this.engagement = grow(this.engagement, new Float64Array(size), keep);
    this.flags = grow(this.flags, new Uint8Array(size), keep);
  }

  /** Room for `tags` hashtag ids (contents of the first `keep` kept). */
  reserveTags(tags: number, keep: number): void {
    if (this.tag.length >= tags) return;
    this.tag = grow(this.tag, new Int32Array(Math.max(tags, Math.ceil(this.tag.length * 1.5), 256)), keep);
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(old: T, fresh: T, keep: number): T {
  fresh.set(old.subarray(0, keep));
  return fresh;
}

/** Index of `first` in `posts`, or −1. */
function indexOfPost(posts: readonly Post[], first: Post): number {
  for (let i = 0; i < posts.length; i++) if (posts[i] === first) return i;
  return -1;
}

/** Reads window posts into {@link PostFields}, reusing the previous read for shared posts. */
export class WindowPostCache {
  readonly accounts = new NameTable();
  readonly hashtags = new NameTable();
  private current = new FieldBuffers();
  private previous = new FieldBuffers();
  private previousPosts: readonly Post[] = [];
  /** Last post serial that listed each global hashtag id (de-duplication inside a post). */
  private tagMark = new Float64Array(0);
  private serial = 0;

  /**
   * Read `windowPosts` then `lookback` (posts only used for first uses and candidate leaders).
   * @param namesInUse distinct account and hashtag names of the previous window, for the rebuild rule.
   */
  read(windowPosts: readonly Post[], lookback: readonly Post[], namesInUse: number): PostFields {
    const prev = this.previous;
    const prevPosts = this.previousPosts;
    let from = windowPosts.length > 0 ? indexOfPost(prevPosts, windowPosts[0]!) : -1;
    if (from < 0 || staleTables(this.accounts.names.length + this.hashtags.names.length, namesInUse)) {
      this.accounts.clear();
      this.hashtags.clear();
      from = -1;
    }
    let reused = 0;
    if (from >= 0) {
      const limit = Math.min(windowPosts.length, prevPosts.length - from);
      while (reused < limit && windowPosts[reused] === prevPosts[from + reused]) reused++;
    }
    const cur = this.current;
    const total = windowPosts.length + lookback.length;
    cur.reserve(total, 0);
    let tags = 0;
    if (reused > 0) {
      const end = from + reused;
      cur.account.set(prev.account.subarray(from, end));
      cur.time.set(prev.time.subarray(from, end));
      cur.followers.set(prev.followers.subarray(from, end));
      cur.engagement.set(prev.engagement.subarray(from, end));
      cur.flags.set(prev.flags.subarray(from, end));
      const tagFrom = prev.tagStart[from]!;
      tags = prev.tagStart[end]! - tagFrom;
      cur.reserveTags(tags, 0);
      cur.tag.set(prev.tag.subarray(tagFrom, tagFrom + tags));
      const tagStart = cur.tagStart;
      for (let p = 0; p <= reused; p++) tagStart[p] = prev.tagStart[from + p]! - tagFrom;
    } else cur.tagStart[0] = 0;
    for (let p = reused; p < total; p++) {
      const isWindow = p < windowPosts.length;
      const post = isWindow ? windowPosts[p]! : lookback[p - windowPosts.length]!;
      cur.account[p] = this.accounts.id(post.account);
      cur.time[p] = post.timeMs;
      tags = this.readTags(post.hashtags, tags);
      cur.tagStart[p + 1] = tags;
      if (!isWindow) continue;
      let flags = 0;
      let followers = 0;
      let engagement = 0;
      if (post.followers !== undefined) {
        followers = post.followers;
        flags |= POST_HAS_FOLLOWERS;
      }
      if (post.likes !== undefined || post.reposts !== undefined || post.replies !== undefined) {
        engagement = (post.likes ?? 0) + (post.reposts ?? 0) + (post.replies ?? 0);
        flags |= POST_HAS_COUNTS;
      }
      if (post.repostOf !== undefined || post.replyTo !== undefined) flags |= POST_HAS_LINKS;
      cur.followers[p] = followers;
      cur.engagement[p] = engagement;
      cur.flags[p] = flags;
    }
    this.previous = cur;
    this.current = prev;
    this.previousPosts = windowPosts;
    return {
      total, windowPosts: windowPosts.length, account: cur.account, time: cur.time, tagStart: cur.tagStart, tag: cur.tag,
      followers: cur.followers, engagement: cur.engagement, flags: cur.flags, reused,
    };
  }

  /** Append the distinct global ids of `names` to the current tag list (length `tags`); returns its new length. */
  private readTags(names: readonly string[], tags: number): number {
    const cur = this.current;
    cur.reserveTags(tags + names.length, tags);
    // a serial per post: marks of earlier posts (and calls) never equal it
    const serial = ++this.serial;
    for (let k = 0; k < names.length; k++) {
      const id = this.hashtags.id(names[k]!);
      if (id >= this.tagMark.length) {
        const grown = new Float64Array(Math.max(id + 1, this.tagMark.length * 2, 256));
        grown.set(this.tagMark);
        this.tagMark = grown;
      }
      if (this.tagMark[id] === serial) continue; // repeated inside the post
      this.tagMark[id] = serial;
      cur.tag[tags++] = id;
    }
    return tags;
  }

  /** Forget everything (tests; frees the tables). */
  reset(): void {
    this.accounts.clear();
    this.hashtags.clear();
    this.current = new FieldBuffers();
    this.previous = new FieldBuffers();
    this.previousPosts = [];
  }
}
