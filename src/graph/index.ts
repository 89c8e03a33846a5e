/**
 * The graph stage: close-pair enumeration, edge statistics and null models, the account
 * co-occurrence graph, the hashtag co-occurrence graph and the account–hashtag graph.
 * Other stages import from here only.
 */
export { buildAccountGraph, buildAccountGraphs, createAccountGraphBuilder } from './build-account-graph.js';
export { buildHashtagGraph } from './build-hashtag-graph.js';
export { buildBipartiteGraph } from './build-bipartite-graph.js';
export { estimateMaxLag, type MaxLagEstimate } from './estimate-max-lag.js';
export { DEFAULT_ACCOUNT_GRAPH_OPTIONS, resolveAccountGraphOptions } from './resolve-account-graph-options.js';
export { enumerateClosePairs, type ClosePairOptions, type ClosePairs } from './enumerate-close-pairs.js';
export { buildOccurrenceTable, fullView, occurrenceTableOfRows, timeView, type OccurrenceTable, type TableView } from './occurrence-table.js';
export type {
  AccountEdge,
  AccountEdgeStats,
  AccountGraphDiagnostics,
  AccountGraphOptions,
  AccountGraphResult,
  AccountGraphSkipReason,
  AccountNodeAttributes,
  BipartiteEdgeAttributes,
  BipartiteGraphResult,
  BipartiteNodeAttributes,
  CrowdDiagnostic,
  EdgeNullModel,
  EpisodeUnit,
  RepostPolicy,
  HashtagEdge,
  HashtagEdgeStats,
  HashtagGraphOptions,
  HashtagGraphResult,
  HashtagNodeAttributes,
  ResolvedAccountGraphOptions,
} from './types.js';
