/**
 * pipeline — the whole run: `analyze` / `analyzeStream` (options resolved once), one window's
 * analysis, the run state and the report assembly; parallel/ holds the worker threads and the
 * split reads. The only module other stages import from this folder.
 */
export { analyze, analyzeStream } from './analyze.js';
export type { AnalyzeInput } from './analyze-input.js';
export type { AnalyzeUpdate, WindowSwarmUpdate } from './track-window.js';
export { resolveAnalyzeOptions } from './analyze-options.js';
export type { AnalyzeOptions, AnalyzeProgress, InputOrder, LatePostPolicy, ResolvedAnalyzeOptions } from './analyze-options.js';
