/**
 * Writes the report files asked for by --json, --csv, --gexf and --html.
 */
import { writeFile } from 'node:fs/promises';
import { toGEXF, toHTML, toJSON, writeCSV, type SwarmReport } from '../report/index.js';

/** Output paths (each optional). */
export interface OutputPaths {
  readonly json?: string;
  readonly csv?: string;
  readonly gexf?: string;
  readonly html?: string;
}

/**
 * Write every requested output.
 * @param report the report.
 * @param paths where to write.
 * @returns the paths written (CSV: the directory).
 */
export async function writeOutputs(report: SwarmReport, paths: OutputPaths): Promise<string[]> {
  const written: string[] = [];
  if (paths.json !== undefined) { await writeFile(paths.json, toJSON(report), 'utf8'); written.push(paths.json); }
  if (paths.csv !== undefined) { await writeCSV(report, paths.csv); written.push(`${paths.csv}/`); }
  if (paths.gexf !== undefined) { await writeFile(paths.gexf, toGEXF(report), 'utf8'); written.push(paths.gexf); }
  if (paths.html !== undefined) { await writeFile(paths.html, toHTML(report), 'utf8'); written.push(paths.html); }
  return written;
}
