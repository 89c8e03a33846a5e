/**
 * Types of the ingest stage: the validated {@link Post}, the {@link Rejection}
 * record for bad data, the counts that reconcile them, and the options.
 */
import type { SourceRejectionCode } from '../sources/index.js';

/** A validated post (DESIGN.md §4). Times are epoch milliseconds. */
export interface Post {
  readonly id: string;
  readonly account: string;
  readonly timeMs: number;
  /** Normalised, de-duplicated hashtags, in order of first appearance. */
  readonly hashtags: readonly string[];
  readonly followers?: number;
  readonly likes?: number;
  readonly reposts?: number;
  readonly replies?: number;
  /** Id of the post this one reposts (retweet, reblog, boost). */
  readonly repostOf?: string;
  /** Id of the post this one replies to. */
  readonly replyTo?: string;
  readonly mentions?: readonly string[];
  readonly text?: string;
}

/** Why a record was rejected. Stable, kebab-case. */
export type RejectionCode =
  | SourceRejectionCode
  | 'missing-id'
  | 'missing-account'
  | 'missing-timestamp'
  | 'invalid-timestamp'
  | 'timestamp-out-of-range'
  | 'invalid-hashtag'
  | 'invalid-field'
  | 'duplicate-id';

/** One rejected record: where it was, what was wrong, what was expected. */
export interface Rejection {
  /** 0-based index of the record in the input (rows for CSV, lines for NDJSON, elements for JSON). */
  readonly index: number;
  /** 1-based physical line number where the record starts, when the input is text. */
  readonly line?: number;
  readonly code: RejectionCode;
  /** The offending field (`account`, `time`, …), or `record` for the whole record. */
  readonly field: string;
  readonly expected: string;
  /** A short, safe rendering of what was received (truncated). */
  readonly received: string;
  readonly message: string;
}

/**
 * Counts that reconcile: `read = accepted + rejected`, and
 * `posts = accepted − merged` (a merged record is accepted but folded into an
 * earlier post with the same id, see {@link IngestOptions.duplicates}).
 */
export interface IngestStats {
  /** Records read (rows for CSV, lines for NDJSON, tweets of a page…). */
  readonly read: number;
  /** Records accepted, including the merged ones. */
  readonly accepted: number;
  /** Accepted records folded into an earlier post (same id, account and time). */
  readonly merged: number;
  readonly rejected: number;
  readonly rejectedByCode: Readonly<Partial<Record<RejectionCode, number>>>;
  /** Accepted posts that carry no hashtag (kept: they count for influence, not for pairs). */
  readonly withoutHashtags: number;
}

/** How repeated ids are handled. */
export type DuplicatePolicy = 'merge' | 'reject';

/** Options of `ingest`, `ingestStream` and `ingestStrict`. */
export interface IngestOptions {
  /**
   * Zone of date-times written without an offset: `'UTC'` or a fixed offset `'+HH:MM'` / `'-HH:MM'`.
   * IANA names are not supported (a fixed offset cannot follow daylight saving time). @default 'UTC'
   */
  readonly timeZone?: string;
  /** Earliest accepted time (epoch ms, inclusive). @default Date.UTC(2000, 0, 1) */
  readonly minTimeMs?: number;
  /** Latest accepted time (epoch ms, exclusive). @default Date.UTC(2100, 0, 1) */
  readonly maxTimeMs?: number;
  /** Fold diacritics in hashtags (`éducation` → `education`). @default false */
  readonly foldDiacritics?: boolean;
  /**
   * A record whose id was seen before: `'merge'` folds it into the first post when account and time
   * match (hashtags and mentions are unioned; a differing account or time is still `duplicate-id`);
   * `'reject'` rejects every repeat (`duplicate-id`, first one wins). @default 'merge'
   */
  readonly duplicates?: DuplicatePolicy;
  /**
   * With `duplicates: 'merge'`, how many records after a post's first record a repeat may still be merged;
   * the post is held back (not yet yielded by `ingestStream`) until then. A later repeat is `duplicate-id`.
   * @default 100_000
   */
  readonly maxMergeDistance?: number;
  /**
   * With `duplicates: 'merge'` on an input in time order: release a held post as soon as a record
   * more than this many ms later has been read — a repeat has the post's own time, so in time order
   * it cannot come after that — instead of after `maxMergeDistance` records. Live streams use it
   * (analyze with `order: 'time'` sets it to `allowedLatenessMs`) to merge repeats as a buffered
   * read does without holding posts back. In time order a repeat cannot come later either, so the
   * ids of posts more than this many ms older than the newest record are also forgotten (kept in
   * generations of at least max(this, 1 h) of post time; memory holds about two of them instead of
   * every id): a repeat arriving that late is a new post to the engine and a late post to
   * `analyze` (`onLatePost`). @default Infinity (off: every id is remembered)
   */
  readonly releaseBehindMs?: number;
  /** Keep `text` on posts (costs memory). @default false */
  readonly keepText?: boolean;
  /** Called for every rejection, in input order (the streaming way to collect them). */
  readonly onRejection?: (rejection: Rejection) => void;
}

/** {@link IngestOptions} with defaults applied and values checked. */
export interface ResolvedIngestOptions {
  readonly timeZone: string;
  /** `timeZone` as milliseconds east of UTC. */
  readonly offsetMs: number;
  readonly minTimeMs: number;
  readonly maxTimeMs: number;
  readonly foldDiacritics: boolean;
  readonly duplicates: DuplicatePolicy;
  readonly maxMergeDistance: number;
  readonly releaseBehindMs: number;
  readonly keepText: boolean;
  readonly onRejection: ((rejection: Rejection) => void) | undefined;
}

/** Result of `ingest`: the posts in order of first appearance, every rejection, and the counts. */
export interface IngestResult {
  readonly posts: readonly Post[];
  readonly rejected: readonly Rejection[];
  readonly stats: IngestStats;
}

/** The streaming form: iterate for posts; `stats` and `firstRejected` are live and final once iteration ends. */
export interface IngestStream extends AsyncIterable<Post> {
  readonly stats: IngestStats;
  /** The first 100 rejections (all of them go to `onRejection`). */
  readonly firstRejected: readonly Rejection[];
}

/** What `ingest` accepts: records from `readRecords`, or plain generic-record objects. */
export type IngestInput = Iterable<unknown> | AsyncIterable<unknown>;
