/**
 * The window table: a run's posts interned once, in (timeMs, id) order, as columns — account
 * id, time, distinct hashtag ids, flags (repost, followers / engagement counts present, links)
 * and the engagement fields. Every window is a run of rows of it ({@link WindowView}); the graph,
 * swarm and influence stages derive their per-window integer structures from those rows, with
 * no second lookup of a name.
 *
 * Ownership: a table belongs to one run (`analyze()` creates it and drops it when the run ends;
 * each worker thread owns the table of its range of windows) — never to module state. A post is
 * interned once per table: {@link WindowTable.internedPosts} counts it.
 *
 * Two ways to fill it:
 * - buffered (`analyze`'s `order: 'any'`): {@link WindowTable.append} every post once, sorted;
 *   {@link WindowTable.viewOf} then finds each window's rows (a binary search on time);
 * - streamed (`order: 'time'`): {@link WindowTable.sync} each window as it closes: the posts it
 *   shares with the previous window are recognised by identity (posts are immutable values),
 *   only the new ones are interned, and the rows before the window are released, so the table
 *   holds one window's posts, as the window assembler does.
 *
 * Ids: accounts and hashtags are numbered in order of first sight; {@link NameIds.ranks} gives
 * their code-unit order, so that a stage numbers a window's names in sorted order by sorting
 * integers, not strings.
 */
import type { Post } from '../ingest/index.js';
import type { Window } from './types.js';
import { NameIds } from './name-ids.js';
import { comparePosts } from './window-assembler.js';
import type { LinkTargets } from './link-targets.js';

/** {@link WindowTable.flags} bit: the post has a `followers` count. */
export const POST_HAS_FOLLOWERS = 1;
/** {@link WindowTable.flags} bit: the post has `likes`, `reposts` or `replies`. */
export const POST_HAS_COUNTS = 2;
/** {@link WindowTable.flags} bit: the post has `repostOf` or `replyTo`. */
export const POST_HAS_LINKS = 4;
/** {@link WindowTable.flags} bit: the post reposts another (`repostOf`): it did not choose its hashtags. */
export const POST_IS_REPOST = 8;

/** The rows of one window in a {@link WindowTable}: `window.posts[j]` is row `lo + j`. */
export interface WindowView {
  readonly table: WindowTable;
  readonly lo: number;
  readonly hi: number;
}

/** Growable typed array helpers. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(old: T, size: number, keep: number): T {
  if (old.length >= size) return old;
  const fresh = new (old.constructor as new (n: number) => T)(Math.max(size, Math.ceil(old.length * 1.5), 64));
  fresh.set(old.subarray(0, keep));
  return fresh;
}

/** A run's interned posts; see the file comment. */
export class WindowTable {
  readonly accounts = new NameIds();
  readonly hashtags = new NameIds();
  /** Posts interned over the table's life (each post once, whatever the number of windows that hold it). */
  internedPosts = 0;
  /** Changes of the held rows (append, truncate, release): a cache of a view checks it. */
  changes = 0;
  /** The last {@link linkTargets} result and the view it is for (link-targets.ts). */
  linkCache: { readonly lo: number; readonly hi: number; readonly changes: number; readonly links: LinkTargets | undefined } | undefined;
  /** The held posts, by row. */
  private held: Post[] = [];
  /** Whether `held` is the caller's array (adopted by the first append, copied before a change). */
  private adopted = false;
  /** Number of held rows. */
  private count = 0;
  /** Per row: account id, time, flags, followers, e(p) = likes + reposts + replies (0 when absent). */
  account: Int32Array = new Int32Array(0);
  time: Float64Array = new Float64Array(0);
  flags: Uint8Array = new Uint8Array(0);
  followers: Float64Array = new Float64Array(0);
  engagement: Float64Array = new Float64Array(0);
  /** Distinct hashtag ids of row r: `tag[tagStart[r] … tagStart[r+1])`, in post order. */
  tagStart: Int32Array = new Int32Array(1);
  tag: Int32Array = new Int32Array(0);
  /** Serial (internedPosts + 1 at its reading) of the last post that listed each hashtag id (de-duplication inside a post). */
  private tagMark: Int32Array = new Int32Array(0);

  /** Number of held rows. */
  get rows(): number {
    return this.count;
  }

  /** The post of row r. */
  post(r: number): Post {
    return this.held[r]!;
  }

  /** The held posts (rows in order); read only. */
  get posts(): readonly Post[] {
    return this.held;
  }

  private reserve(rows: number): void {
    const n = this.count;
    this.account = grown(this.account, rows, n);
    this.time = grown(this.time, rows, n);
    this.flags = grown(this.flags, rows, n);
    this.followers = grown(this.followers, rows, n);
    this.engagement = grown(this.engagement, rows, n);
    this.tagStart = grown(this.tagStart, rows + 1, n + 1);
  }

  /**
   * Intern `posts[from … to)` as the next rows (for views, in (timeMs, id) order after the held
   * rows). Each post's names are looked up once here, and never again in this table.
   */
  append(posts: readonly Post[], from = 0, to = posts.length): void {
    this.appendRows(posts, from, to, false);
  }

  /**
   * {@link append} every post of an array the caller will not change again (a buffered run's
   * sorted posts): the table keeps the array itself instead of a copy of its references.
   */
  appendAll(posts: readonly Post[]): void {
    this.appendRows(posts, 0, posts.length, true);
  }

  private appendRows(posts: readonly Post[], from: number, to: number, adopt: boolean): void {
    if (to <= from) return;
    if (adopt && this.count === 0) {
      this.held = posts as Post[];
      this.adopted = true;
    } else {
      if (this.adopted) {
        this.held = this.held.slice(0, this.count);
        this.adopted = false;
      }
      this.held.length = this.count;
      for (let i = from; i < to; i++) this.held.push(posts[i]!);
    }
    let r = this.count;
    this.reserve(r + (to - from));
    let tags = this.tagStart[r]!;
    let occurrences = tags;
    for (let i = from; i < to; i++) occurrences += posts[i]!.hashtags.length;
    this.tag = grown(this.tag, occurrences, tags);
    const { account, time, flags, followers, engagement, tagStart } = this;
    const tag = this.tag;
    let serial = this.internedPosts;
    for (let i = from; i < to; i++, r++) {
      const post = posts[i]!;
      serial++;
      account[r] = this.accounts.id(post.account);
      time[r] = post.timeMs;
      for (const name of post.hashtags) {
        const h = this.hashtags.id(name);
        if (h >= this.tagMark.length) this.tagMark = grownMarks(this.tagMark, h + 1);
        if (this.tagMark[h] === serial) continue; // repeated inside the post
        this.tagMark[h] = serial;
        tag[tags++] = h;
      }
      tagStart[r + 1] = tags;
      let f = 0;
      let fol = 0;
      let e = 0;
      if (post.followers !== undefined) {
        fol = post.followers;
        f |= POST_HAS_FOLLOWERS;
      }
      if (post.likes !== undefined || post.reposts !== undefined || post.replies !== undefined) {
        e = (post.likes ?? 0) + (post.reposts ?? 0) + (post.replies ?? 0);
        f |= POST_HAS_COUNTS;
      }
      if (post.repostOf !== undefined || post.replyTo !== undefined) f |= POST_HAS_LINKS;
      if (post.repostOf !== undefined) f |= POST_IS_REPOST;
      flags[r] = f;
      followers[r] = fol;
      engagement[r] = e;
    }
    this.internedPosts += to - from;
    this.count = r;
    this.changes++;
  }

  /** Drop rows `[keep, rows)` (their posts may come back in another order: a late post). */
  private truncate(keep: number): void {
    if (keep >= this.count) return;
    if (this.adopted) {
      this.held = this.held.slice(0, keep);
      this.adopted = false;
    } else this.held.length = keep;
    this.count = keep;
    this.changes++;
  }

  /** Drop rows `[0, drop)`: no later window holds them. */
  private release(drop: number): void {
    if (drop <= 0) return;
    const n = this.count;
    const t0 = this.tagStart[drop]!;
    this.held = this.adopted ? this.held.slice(drop, n) : (this.held.splice(0, drop), this.held);
    this.adopted = false;
    this.account.copyWithin(0, drop, n);
    this.time.copyWithin(0, drop, n);
    this.flags.copyWithin(0, drop, n);
    this.followers.copyWithin(0, drop, n);
    this.engagement.copyWithin(0, drop, n);
    this.tag.copyWithin(0, t0, this.tagStart[n]!);
    for (let r = 0; r <= n - drop; r++) this.tagStart[r] = this.tagStart[r + drop]! - t0;
    this.count = n - drop;
    this.changes++;
    this.compactNames();
  }

  /**
   * Forget names no held row uses once they outnumber the held rows' names several times
   * (more than 4× plus 4,096): names seen long ago would otherwise accumulate over a stream.
   * Ids are renumbered in place; no post is read again.
   */
  private compactNames(): void {
    const n = this.count;
    const occurrences = this.tagStart[n]!;
    if (this.accounts.size + this.hashtags.size <= 4 * (n + occurrences) + 4096) return;
    const usedAccounts = new Uint8Array(this.accounts.size);
    for (let r = 0; r < n; r++) usedAccounts[this.account[r]!] = 1;
    const usedTags = new Uint8Array(this.hashtags.size);
    for (let k = 0; k < occurrences; k++) usedTags[this.tag[k]!] = 1;
    const accountOf = this.accounts.compact(usedAccounts);
    const tagOf = this.hashtags.compact(usedTags);
    for (let r = 0; r < n; r++) this.account[r] = accountOf[this.account[r]!]!;
    for (let k = 0; k < occurrences; k++) this.tag[k] = tagOf[this.tag[k]!]!;
    this.tagMark.fill(0);
  }

  /** First held row with time ≥ t. */
  private lowerBound(t: number): number {
    let lo = 0;
    let hi = this.count;
    const time = this.time;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (time[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Held row of `post` (by identity), or −1. */
  private rowOf(post: Post): number {
    for (let r = this.lowerBound(post.timeMs); r < this.count && this.time[r] === post.timeMs; r++) {
      if (this.held[r] === post) return r;
    }
    return -1;
  }

  /**
   * The rows of a window whose posts are already held (buffered runs), or undefined when the
   * window's posts are not exactly the held posts of `[startMs, endMs)` in order (a hand-made
   * window). Does not change the table.
   */
  viewOf(window: Window): WindowView | undefined {
    const posts = window.posts;
    const lo = this.lowerBound(window.startMs);
    let hi = lo;
    while (hi < this.count && this.time[hi]! < window.endMs) hi++;
    if (hi - lo !== posts.length) return undefined;
    for (let j = 0; j < posts.length; j++) if (this.held[lo + j] !== posts[j]) return undefined;
    return { table: this, lo, hi };
  }

  /**
   * Bring the table to a window of a stream (windows in index order, posts in (timeMs, id)
   * order): rows before the window are released, the window's posts already held are kept, and
   * the others interned. A post that came late (it sorts among held rows it was not part of)
   * makes the rows from it on be interned again.
   */
  sync(window: Window): WindowView {
    const posts = window.posts;
    if (posts.length === 0) {
      this.release(this.lowerBound(window.startMs));
      return { table: this, lo: 0, hi: 0 };
    }
    let start = this.rowOf(posts[0]!);
    if (start < 0) {
      // Nothing shared: drop what sorts before the window's first post, and anything after it.
      start = this.lowerBound(window.startMs);
      this.release(start);
      this.truncate(0);
      this.append(posts);
      return { table: this, lo: 0, hi: this.count };
    }
    this.release(start);
    let m = 1;
    while (m < posts.length && m < this.count && this.held[m] === posts[m]) m++;
    this.truncate(m);
    if (m < posts.length) {
      const last = this.held[m - 1]!;
      if (comparePosts(last, posts[m]!) >= 0) {
        this.truncate(0);
        this.append(posts);
      } else this.append(posts, m);
    }
    return { table: this, lo: 0, hi: this.count };
  }
}

function grownMarks(old: Int32Array, size: number): Int32Array {
  const fresh = new Int32Array(Math.max(size, old.length * 2, 256));
  fresh.set(old);
  return fresh;
}

/**
 * Create an empty window table (one per run, or per worker thread's range of windows).
 * @returns the table.
 * @example
 * const table = createWindowTable(); table.append(sortedPosts); table.viewOf(window);
 */
export function createWindowTable(): WindowTable {
  return new WindowTable();
}
