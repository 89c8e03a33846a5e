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
export {
  createWindowTable, numberByName, NameIds, SLOT_GRAPH, SLOT_INFLUENCE, SLOT_SWARMS, POST_HAS_COUNTS, POST_HAS_FOLLOWERS, POST_HAS_LINKS, POST_IS_REPOST, WindowTable,
} from './window-table.js';
export type { SortedIds, WindowView } from './window-table.js';
