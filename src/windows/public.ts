/**
 * `hashtag-swarms/windows` — what the package publishes from the windows stage: duration
 * parsing and tumbling/sliding windows over posts. index.ts is the stage's door for the other
 * stages and also holds library internals; this file names the public subset.
 */
export { parseDuration, windowPosts, windowPostsSync, DEFAULT_WINDOW_OPTIONS, DEFAULT_MAX_WINDOWS, resolveWindowOptions } from './index.js';
export type {
  DurationInput,
  DurationObject,
  ResolvedWindowOptions,
  SkippedPostReason,
  Window,
  WindowOptions,
  WindowsResult,
  WindowStats,
  WindowStream,
} from './index.js';
