/**
 * Writes the report files asked for by --json, --csv, --gexf and --html. `-` sends a file output
 * (--json, --gexf, --html) to standard output; the paths are checked before the analysis starts,
 * so a typo in a directory name costs nothing instead of the whole run.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InvalidOptionsError } from '../errors.js';
import { toGEXF, toHTML, toJSON, writeCSV, type SwarmReport } from '../report/index.js';

/** Output paths (each optional; `-` = standard output, except for --csv). */
export interface OutputPaths {
  readonly json?: string;
  readonly csv?: string;
  readonly gexf?: string;
  readonly html?: string;
}

/** The output, if any, that goes to standard output (`-`). */
export function stdoutOutput(paths: OutputPaths): 'json' | 'gexf' | 'html' | undefined {
  return (['json', 'gexf', 'html'] as const).find((k) => paths[k] === '-');
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'other' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The nearest ancestor of `path` that exists (for --csv, whose directory is created). */
async function existingAncestor(path: string): Promise<string> {
  let dir = resolve(path);
  while ((await kindOf(dir)) === undefined && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Check every requested output before the analysis: a file output's directory must exist and be
 * writable and the path must not be a directory; --csv must be (or be creatable in) a writable
 * directory; at most one output may be `-`, and not --csv.
 * @param paths the output flags.
 * @throws InvalidOptionsError naming the flag, the path and what is wrong (a usage error, exit 2).
 */
export async function checkOutputPaths(paths: OutputPaths): Promise<void> {
  const toStdout = (['json', 'gexf', 'html'] as const).filter((k) => paths[k] === '-');
  if (toStdout.length > 1) {
    throw new InvalidOptionsError('cli', `--${toStdout[1]!}`, '-', `a file path: standard output takes one output, and --${toStdout[0]!} - has it`);
  }
  if (paths.csv === '-') throw new InvalidOptionsError('cli', '--csv', '-', 'a directory (the CSV output is several files; use --json - for standard output)');
  for (const key of ['json', 'gexf', 'html'] as const) {
    const path = paths[key];
    if (path === undefined || path === '-') continue;
    const flag = `--${key}`;
    if (path === '') throw new InvalidOptionsError('cli', flag, path, 'a file path, or - for standard output');
    if ((await kindOf(path)) === 'directory') throw new InvalidOptionsError('cli', flag, path, `a file path, not a directory (e.g. ${path.replace(/\/+$/, '')}/report.${key})`);
    const dir = dirname(resolve(path));
    const kind = await kindOf(dir);
    if (kind !== 'directory') throw new InvalidOptionsError('cli', flag, path, `a file in an existing directory (${dir} ${kind === undefined ? 'does not exist' : 'is not a directory'}), or - for standard output`);
    if (!(await writable(dir))) throw new InvalidOptionsError('cli', flag, path, `a file in a directory you can write to (${dir} is not writable)`);
  }
  if (paths.csv !== undefined) {
    const kind = await kindOf(paths.csv);
    if (kind !== undefined && kind !== 'directory') throw new InvalidOptionsError('cli', '--csv', paths.csv, 'a directory (it exists and is not one)');
    const base = await existingAncestor(paths.csv);
    if ((await kindOf(base)) !== 'directory') throw new InvalidOptionsError('cli', '--csv', paths.csv, `a directory that can be created (${base} is not a directory)`);
    if (!(await writable(base))) throw new InvalidOptionsError('cli', '--csv', paths.csv, `a directory you can write to (${base} is not writable)`);
  }
}

const isEpipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

/**
 * Write text to standard output and wait until it is flushed (a pipe may be slow). A reader that
 * closes early (`| head`) is not an error: the rest is not wanted.
 */
function writeStdout(text: string): Promise<void> {
  return new Promise((done, fail) => {
    const onError = (error: Error): void => (isEpipe(error) ? done() : fail(error));
    process.stdout.on('error', onError);
    process.stdout.write(text, (error) => {
      if (error === null || error === undefined || isEpipe(error)) done();
      else fail(error);
    });
  });
}

async function writeText(path: string, text: string): Promise<void> {
  if (path === '-') await writeStdout(text);
  else await writeFile(path, text, 'utf8');
}

/**
 * Write every requested output.
 * @param report the report.
 * @param paths where to write (`-`: standard output).
 * @param input name of the input, shown in the HTML page's header.
 * @returns the paths written (CSV: the directory; `standard output` for `-`).
 */
export async function writeOutputs(report: SwarmReport, paths: OutputPaths, input = ''): Promise<string[]> {
  const written: string[] = [];
  const name = (p: string): string => (p === '-' ? 'standard output' : p);
  if (paths.json !== undefined) { await writeText(paths.json, toJSON(report)); written.push(name(paths.json)); }
  if (paths.csv !== undefined) { await writeCSV(report, paths.csv); written.push(paths.csv.endsWith('/') ? paths.csv : `${paths.csv}/`); }
  if (paths.gexf !== undefined) { await writeText(paths.gexf, toGEXF(report)); written.push(name(paths.gexf)); }
  if (paths.html !== undefined) { await writeText(paths.html, toHTML(report, { input })); written.push(name(paths.html)); }
  return written;
}
