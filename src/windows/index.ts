/**
 * The windows stage: duration parsing and tumbling/sliding windows over posts.
 * Other stages import from here only.
 */
export * from './public.js';
// For the other stages only (not published):
export { checkSortedSpan, spanOfSorted } from './window-posts.js';
export { comparePosts } from './window-assembler.js';
export { checkMaxWindows, checkWindowCount, compactDuration, windowCount } from './window-count.js';
export type { PostSpan } from './window-count.js';
export { numberByName, NameIds, SLOT_GRAPH, SLOT_INFLUENCE, SLOT_SWARMS } from './name-ids.js';
export type { SortedIds } from './name-ids.js';
export {
  createWindowTable,
  POST_HAS_COUNTS,
  POST_HAS_FOLLOWERS,
  POST_HAS_LINKS,
  POST_IS_REPOST,
  WindowTable,
} from './window-table.js';
export type { WindowView } from './window-table.js';
export { linkTargets } from './link-targets.js';
export type { LinkTargets } from './link-targets.js';
