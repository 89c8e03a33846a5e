/**
 * pipeline — the whole run: `analyze` / `analyzeStream` (options resolved once), one window's
 * analysis, the run state and the report assembly; parallel/ holds the worker threads and the
 * split reads. The only module other stages import from this folder.
 */
export * from './public.js';
