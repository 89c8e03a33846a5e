/**
 * `hashtag-swarms/report` — what the package publishes from the report stage: the SwarmReport
 * types and their writers (JSON, CSV, GEXF, HTML) with their options and constants, and the
 * one-line headlines. index.ts is the stage's door for the other stages; this file names the
 * public subset, so that an internal export added there does not become public by accident.
 */
export type {
  AccountReport,
  EdgeReport,
  InputReport,
  SwarmEventReport,
  SwarmHashtagReport,
  SwarmReport,
  SwarmReportEntry,
  SwarmSignificanceReport,
  WindowReport,
} from './types.js';
export { toJSON } from './to-json.js';
export { toCSV, CSV_FILES } from './to-csv.js';
export type { CsvFileName } from './to-csv.js';
export { writeCSV } from './write-csv.js';
export { toGEXF } from './to-gexf.js';
export { toHTML, resolveToHtmlOptions, DEFAULT_TO_HTML_OPTIONS } from './html/to-html.js';
export type { ToHtmlOptions, ResolvedToHtmlOptions } from './html/to-html.js';
export { swarmHeadlines, GROUP_HEADLINE, INDIVIDUAL_HEADLINE } from './swarm-headlines.js';
export type { SwarmHeadline } from './swarm-headlines.js';
