/**
 * report — the report a run produces (SwarmReport) and its writers: JSON, CSV, GEXF, HTML
 * (report/html/). The only module other stages import from this folder.
 */
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
export { toHTML, resolveToHtmlOptions, DEFAULT_TO_HTML_OPTIONS } from './html/to-html.js';
export type { ToHtmlOptions, ResolvedToHtmlOptions } from './html/to-html.js';
export { swarmHeadlines, GROUP_HEADLINE, INDIVIDUAL_HEADLINE } from './swarm-headlines.js';
export type { SwarmHeadline } from './swarm-headlines.js';
