/**
 * The input argument: a path (checked up front so a missing file or a
 * directory gives a one-line error) or `-` for standard input.
 */
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/**
 * Check a path argument.
 * @param path the argument (`-` = stdin, returned as is).
 * @returns the path.
 * @throws InputError (`unreadable-input`) when it does not exist, is a directory, or cannot be read.
 */
export async function checkInputPath(path: string): Promise<string> {
  if (path === '-') return path;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`;
    throw new InputError('unreadable-input', `hashtag-swarms/cli: ${path}: ${why}.`, { cause: error });
  }
  if (info.isDirectory()) throw new InputError('unreadable-input', `hashtag-swarms/cli: ${path} is a directory. Give a file, or - for standard input.`);
  return path;
}
