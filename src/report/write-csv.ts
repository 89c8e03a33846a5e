/**
 * Writes the CSV tables of {@link toCSV} into a directory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCSV } from './to-csv.js';
import type { SwarmReport } from './types.js';

/**
 * Write the report's CSV tables into `dir` (created if missing; existing files
 * of the same names are replaced).
 * @param report the report of {@link analyze}.
 * @param dir the target directory.
 * @returns the paths written, in {@link CSV_FILES} order.
 * @throws a Node.js file-system error when the directory cannot be created or written.
 * @example
 * await writeCSV(report, 'out/csv'); // ['out/csv/swarms.csv', …]
 */
export async function writeCSV(report: SwarmReport, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, text] of Object.entries(toCSV(report))) {
    const path = join(dir, name);
    await writeFile(path, text, 'utf8');
    paths.push(path);
  }
  return paths;
}
