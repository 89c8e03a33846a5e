/**
 * The windows stage: duration parsing and tumbling/sliding windows over posts.
 * Other stages import from here only.
 */
export { parseDuration } from './parse-duration.js';
export { DEFAULT_WINDOW_OPTIONS, resolveWindowOptions } from './resolve-window-options.js';
export { checkSortedSpan, spanOfSorted, windowPosts, windowPostsSync } from './window-posts.js';
export { checkMaxWindows, checkWindowCount, compactDuration, DEFAULT_MAX_WINDOWS, windowCount } from './window-count.js';
export type { PostSpan } from './window-count.js';
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
