/**
 * `hashtag-swarms/pipeline` — what the package publishes from the pipeline: `analyze`,
 * `analyzeStream`, the options resolver and the types of a run's options and updates. index.ts
 * is the stage's door for the other modules; this file names the public subset, so that an
 * internal export added there does not become public by accident.
 */
export { analyze, analyzeStream } from './analyze.js';
export type { AnalyzeInput } from './analyze-input.js';
export type { AnalyzeUpdate, WindowSwarmUpdate } from './track-window.js';
export { resolveAnalyzeOptions } from './analyze-options.js';
export type {
  AnalyzeOptions,
  AnalyzeProgress,
  InputOrder,
  LatePostPolicy,
  ResolvedAnalyzeOptions,
} from './analyze-options.js';
