/**
 * `hashtag-swarms/windows` — what the package publishes from the windows stage: duration
 * parsing and tumbling/sliding windows over posts. index.ts is the stage's door for the other
 * stages and also holds library internals; this file names the public subset.
 */
export { parseDuration } from './parse-duration.js';
export { DEFAULT_WINDOW_OPTIONS, resolveWindowOptions } from './resolve-window-options.js';
export { windowPosts, windowPostsSync } from './window-posts.js';
export { DEFAULT_MAX_WINDOWS } from './window-count.js';
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
} from './types.js';
