/** Machine description and results-file naming. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { ResultsFile } from './result.js';

/**
 * Short machine key: CPU model (lower-case, words joined by `-`, vendor noise dropped) + cores.
 * Host names of containers change between sessions; the CPU does not.
 * @returns e.g. `amd-epyc-2c`
 * @example
 * machineName(); // 'amd-epyc-2c'
 */
export function machineName(): string {
  const model = (os.cpus()[0]?.model ?? 'unknown-cpu')
    .toLowerCase()
    .replace(/\(r\)|\(tm\)|cpu|processor|@.*$|\d+-core/g, ' ')
    .trim()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, 4)
    .join('-');
  return `${model}-${os.cpus().length}c`;
}

/**
 * Node version, CPU, cores, memory and load average at the start of the run.
 * @returns the `machine` block of a results file
 * @example
 * describeMachine().cores; // 2
 */
export function describeMachine(): ResultsFile['machine'] {
  return {
    name: machineName(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/**
 * The HEAD commit of the repository, if any.
 * @param cwd repository root
 * @returns short hash or null
 * @example
 * headCommit('.'); // '5793bd2'
 */
export function headCommit(cwd: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
