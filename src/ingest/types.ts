/**
 * Types of the ingest stage: the validated {@link Post}, the {@link Rejection}
 * record for bad data, and the counts that reconcile them.
 */

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
  | 'malformed-json'
  | 'malformed-csv'
  | 'wrong-column-count'
  | 'line-too-long'
  | 'not-an-object'
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

/** Counts that reconcile: `read = accepted + rejected`. */
export interface IngestStats {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly rejectedByCode: Readonly<Partial<Record<RejectionCode, number>>>;
  /** Accepted posts that carry no hashtag (kept: they count for influence, not for pairs). */
  readonly withoutHashtags: number;
}
