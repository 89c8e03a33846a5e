/**
 * report — the report a run produces (SwarmReport) and its writers: JSON, CSV, GEXF, HTML
 * (report/html/). The only module other stages import from this folder.
 */
export * from './public.js';
