/**
 * report — the whole pipeline (`analyze`, `analyzeStream`) and the report it produces.
 * The only module other stages import from this folder.
 */
export { analyze, analyzeStream } from './analyze-stream.js';
export type { AnalyzeInput } from './analyze-input.js';
export type { AnalyzeUpdate, WindowSwarmUpdate } from './track-window.js';
export { resolveAnalyzeOptions } from './analyze-options.js';
export type { AnalyzeOptions, AnalyzeProgress, InputOrder, LatePostPolicy, ResolvedAnalyzeOptions } from './analyze-options.js';
export type {
  AccountReport, EdgeReport, InputReport, SwarmEventReport, SwarmHashtagReport, SwarmReport, SwarmReportEntry,
  SwarmSignificanceReport, WindowReport,
} from './types.js';
// writers (JSON, CSV, GEXF, HTML)
export { toJSON } from './to-json.js';
export { toCSV, CSV_FILES } from './to-csv.js';
export type { CsvFileName } from './to-csv.js';
export { writeCSV } from './write-csv.js';
export { toGEXF } from './to-gexf.js';
export { toHTML, resolveToHtmlOptions, DEFAULT_TO_HTML_OPTIONS } from './to-html.js';
export type { ToHtmlOptions, ResolvedToHtmlOptions } from './to-html.js';
export { swarmHeadlines, GROUP_HEADLINE, INDIVIDUAL_HEADLINE } from './headline.js';
export type { SwarmHeadline } from './headline.js';
