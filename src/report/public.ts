/**
 * `hashtag-swarms/report` — what the package publishes from the report stage: the SwarmReport
 * types and their writers (JSON, CSV, GEXF, HTML) with their options and constants, and the
 * one-line headlines. index.ts is the stage's door for the other stages; this file names the
 * public subset, so that an internal export added there does not become public by accident.
 */
export {
  toJSON,
  toCSV,
  CSV_FILES,
  writeCSV,
  toGEXF,
  toHTML,
  resolveToHtmlOptions,
  DEFAULT_TO_HTML_OPTIONS,
  swarmHeadlines,
  GROUP_HEADLINE,
  INDIVIDUAL_HEADLINE,
} from './index.js';
export type {
  AccountReport,
  CsvFileName,
  EdgeReport,
  InputReport,
  ResolvedToHtmlOptions,
  SwarmEventReport,
  SwarmHashtagReport,
  SwarmHeadline,
  SwarmReport,
  SwarmReportEntry,
  SwarmSignificanceReport,
  ToHtmlOptions,
  WindowReport,
} from './index.js';
