/**
 * Types of the windows stage.
 */
import type { Post } from '../ingest/index.js';

/** A half-open analysis window `[startMs, endMs)` with the posts it holds, sorted by (timeMs, id). */
export interface Window {
  /** 0-based index; window k starts at `originMs + k·step`. */
  readonly index: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly posts: readonly Post[];
}

/**
 * A duration: milliseconds (number), a short string (`'500ms'`, `'90s'`, `'5m'`, `'24h'`,
 * `'7d'`, `'1w'`, compounds such as `'1h30m'`), an ISO 8601 duration (`'PT1H'`, `'P1DT2H'`,
 * `'P1W'`), or a date-fns `Duration` object (`{ hours: 1 }`). Months and years are rejected:
 * they have no fixed length.
 */
export type DurationInput = number | string | DurationObject;

/** The fixed-length fields of a date-fns `Duration` (months and years are rejected). */
export interface DurationObject {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
}

/** Why a post was not placed in any window (it is counted and passed to `onSkippedPost`). */
export type SkippedPostReason = 'late' | 'before-origin';

/** Options of {@link windowPosts} and {@link windowPostsSync}. */
export interface WindowOptions {
  /** Window length. @default '24h' */
  readonly size?: DurationInput;
  /** Distance between window starts; `step = size` gives tumbling windows. ≤ size. @default '6h', capped at `size` */
  readonly step?: DurationInput;
  /**
   * Start of window 0 (epoch ms). @default the earliest post's time floored to a multiple of
   * `step` since the epoch (so 6-hour steps start at 00, 06, 12, 18 UTC).
   */
  readonly originMs?: number;
  /**
   * Streams only: how far (ms) a post may arrive behind the newest post seen and still be placed.
   * Posts are held in a reorder buffer for this long. @default 0
   */
  readonly allowedLatenessMs?: DurationInput;
  /** Called for every post that is not placed in any window (late, or before `originMs`). */
  readonly onSkippedPost?: (post: Post, reason: SkippedPostReason) => void;
  /**
   * Most windows the posts may be cut into (an integer ≥ 1, or `Infinity`). Checked as soon as the
   * span is known — up front for an array, as each post arrives for a stream — so that a stray
   * timestamp or a tiny step throws `InvalidOptionsError` naming `step`, with the span and
   * the count it would need, instead of filling the memory. @default 20000 (see window-count.ts)
   */
  readonly maxWindows?: number;
}

/** Resolved {@link WindowOptions}: durations in ms. */
export interface ResolvedWindowOptions {
  readonly sizeMs: number;
  readonly stepMs: number;
  readonly originMs: number | undefined;
  readonly allowedLatenessMs: number;
  readonly onSkippedPost: ((post: Post, reason: SkippedPostReason) => void) | undefined;
  readonly maxWindows: number;
  /** The step as the user gave it (named in the window-count error). */
  readonly stepInput: unknown;
}

/** Counts that reconcile: `posts = placed + late + beforeOrigin`. */
export interface WindowStats {
  /** Posts read from the input. */
  readonly posts: number;
  /** Posts placed in at least one window. */
  readonly placed: number;
  /** Posts that arrived after their windows were emitted (streams only). */
  readonly late: number;
  /** Posts earlier than an explicit `originMs`. */
  readonly beforeOrigin: number;
  /** Windows emitted, empty ones included. */
  readonly windows: number;
  /** Windows emitted without posts. */
  readonly emptyWindows: number;
}

/** Result of {@link windowPostsSync}. */
export interface WindowsResult {
  readonly windows: readonly Window[];
  readonly stats: WindowStats;
}

/** The async iterable returned by {@link windowPosts}; `stats` is final once iteration ends. */
export interface WindowStream extends AsyncIterable<Window> {
  readonly stats: WindowStats;
}
