/**
 * `hashtag-swarms/graph` — what the package publishes from the graph stage: the account
 * co-occurrence graph (and a builder that interns posts once for many windows), the hashtag
 * graph, the account–hashtag graph and the Δt estimator. index.ts is the stage's door for the
 * other stages and also holds library internals; this file names the public subset.
 */
export { buildAccountGraph, buildAccountGraphs, createAccountGraphBuilder } from './build-account-graph.js';
export { buildHashtagGraph } from './build-hashtag-graph.js';
export { buildBipartiteGraph } from './build-bipartite-graph.js';
export { estimateMaxLag, type MaxLagEstimate } from './estimate-max-lag.js';
export {
  DEFAULT_ACCOUNT_GRAPH_OPTIONS,
  resolveAccountGraphOptions,
} from './resolve-account-graph-options.js';
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
