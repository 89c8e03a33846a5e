/**
 * The graph stage: close-pair enumeration, edge statistics and null models, the account
 * co-occurrence graph, the hashtag co-occurrence graph and the account–hashtag graph.
 * Other stages import from here only.
 */
export * from './public.js';
// For the other stages only (not published):
export { enumerateClosePairs, type ClosePairOptions, type ClosePairs } from './enumerate-close-pairs.js';
export {
  buildOccurrenceTable,
  fullView,
  occurrenceTableOfRows,
  timeView,
  type OccurrenceTable,
  type TableView,
} from './occurrence-table.js';
