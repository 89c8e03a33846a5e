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
