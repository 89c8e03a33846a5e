/**
 * The post ids the ingest engine has seen, numbered in order of first sight (0, 1, 2, … over the
 * whole input), for duplicate detection.
 *
 * Without a horizon every id is kept: a buffered read must recognise a repeat anywhere in the
 * input. With a horizon H (`releaseBehindMs`, which `analyze` sets to `allowedLatenessMs` when the
 * input is in time order), a repeat of a post has that post's time, so once the newest record is
 * more than H later the repeat can only arrive late — and a late post is the pipeline's to handle
 * (`onLatePost`), not a duplicate to look up. The ids are then kept in generations spanning at
 * least max(H, 1 h) of post time: a new generation starts when the newest record time has moved a
 * span past the current one's start, and the generation before the previous one is dropped. Every
 * id of a post within H of the newest record stays known (the previous generation started at
 * least a span, so at least H, before the current one), and memory holds about two spans of ids
 * instead of every id of the input (10M posts in time order: ~450 MB of id strings and slots).
 */
import { StringTable } from '../_lib/string-table.js';

/** Shortest span of a generation: rotating more often would only churn tables. */
const MIN_SPAN_MS = 3_600_000;

export class RecentIds {
  private current = new StringTable(1024);
  private previous: StringTable | null = null;
  /** Number of the first id of `current` / `previous`. */
  private currentBase = 0;
  private previousBase = 0;
  private generationStart = Number.NaN;
  private newest = Number.NEGATIVE_INFINITY;
  private readonly spanMs: number;

  /** @param horizonMs H: ids of posts more than H older than the newest record may be forgotten (∞: none is). */
  constructor(horizonMs: number) {
    this.spanMs = Number.isFinite(horizonMs) ? Math.max(horizonMs, MIN_SPAN_MS) : Number.POSITIVE_INFINITY;
  }

  /** Ids numbered so far (known or forgotten): the number the next new id gets. */
  get size(): number {
    return this.currentBase + this.current.size;
  }

  /** Ids held in memory (for tests and diagnostics). */
  get held(): number {
    return this.current.size + (this.previous?.size ?? 0);
  }

  /**
   * The number of `id`, added as {@link size} − 1 after the call when it is not known.
   * @param id the post id
   * @param timeMs the post's time (moves the newest record time forward)
   * @returns its number: below the size read before the call when the id is known
   */
  intern(id: string, timeMs: number): number {
    if (this.spanMs !== Number.POSITIVE_INFINITY) {
      this.advance(timeMs);
      const previous = this.previous;
      if (previous !== null) {
        const k = previous.indexOf(id);
        if (k >= 0) return this.previousBase + k;
      }
    }
    return this.currentBase + this.current.intern(id);
  }

  private advance(timeMs: number): void {
    if (timeMs > this.newest) this.newest = timeMs;
    if (Number.isNaN(this.generationStart)) {
      this.generationStart = this.newest;
      return;
    }
    if (this.newest - this.generationStart < this.spanMs) return;
    this.previous = this.current;
    this.previousBase = this.currentBase;
    this.currentBase += this.current.size;
    this.current = new StringTable(Math.max(1024, this.previous.size));
    this.generationStart = this.newest;
  }
}
