/**
 * The windows stage: duration parsing and tumbling/sliding windows over posts.
 * Other stages import from here only.
 */
export { parseDuration } from './parse-duration.js';
export { DEFAULT_WINDOW_OPTIONS, resolveWindowOptions } from './resolve-window-options.js';
export { windowPosts, windowPostsSync } from './window-posts.js';
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
