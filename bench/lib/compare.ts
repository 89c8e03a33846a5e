/**
 * Never a hidden regression: find the latest COMMITTED results file in bench/results/ (its HEAD
 * version, even if this run overwrites the working copy) and compare rows with the same
 * (method, input) key.
 */
import { execFileSync } from 'node:child_process';
import type { MethodResult, ResultsFile } from './result.js';

/** Slow-down ratio above which a row is flagged. */
export const REGRESSION_RATIO = 1.2;
/** ...and only when it is also this much slower (ms): sub-second rows jitter by more than 20 % on a shared machine. */
export const REGRESSION_MIN_DELTA_MS = 250;

/** The previous row matched to a new one. */
export interface Comparison {
  readonly key: string;
  /** new wall / old wall (both ok), else null. */
  readonly ratio: number | null;
  /** new F1 − old F1 when both exist. */
  readonly f1Delta: number | null;
  readonly flagged: boolean;
}

const git = (cwd: string, args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });

/**
 * Load the latest committed results file (by file name: `<date>-<machine>.json`).
 * @param cwd repository root
 * @returns the file's committed content and path, or null when none is committed
 * @example
 * latestCommitted('.')?.path; // 'bench/results/2026-11-25-amd-epyc-2c.json'
 */
export function latestCommitted(cwd: string): { path: string; file: ResultsFile } | null {
  try {
    const files = git(cwd, ['ls-tree', '-r', '--name-only', 'HEAD', 'bench/results/'])
      .split('\n')
      .filter((f) => f.endsWith('.json'))
      .sort();
    const last = files[files.length - 1];
    if (last === undefined) return null;
    return { path: last, file: JSON.parse(git(cwd, ['show', `HEAD:${last}`])) as ResultsFile };
  } catch {
    return null;
  }
}

/** Row key. */
export const keyOf = (r: Pick<MethodResult, 'method' | 'input'>): string => `${r.method} @ ${r.input}`;

/**
 * Compare new rows with old rows of the same key.
 * @param fresh this run's rows
 * @param old the previous file's rows
 * @returns one comparison per fresh row that has an old counterpart
 * @example
 * compareRows(rows, previous.results).filter((c) => c.flagged);
 */
export function compareRows(fresh: readonly MethodResult[], old: readonly MethodResult[]): Map<string, Comparison> {
  const before = new Map(old.map((r) => [keyOf(r), r]));
  const out = new Map<string, Comparison>();
  for (const r of fresh) {
    const o = before.get(keyOf(r));
    if (o === undefined) continue;
    const ratio = r.status === 'ok' && o.status === 'ok' && o.wallMs > 0 ? r.wallMs / o.wallMs : null;
    const f1New = r.quality?.f1 ?? null;
    const f1Old = o.quality?.f1 ?? null;
    const f1Delta = f1New !== null && f1Old !== null ? f1New - f1Old : null;
    // A run that timed out now but finished before is a regression too.
    const slower = ratio !== null && ratio > REGRESSION_RATIO && r.wallMs - o.wallMs > REGRESSION_MIN_DELTA_MS;
    const flagged = slower || (r.status !== 'ok' && o.status === 'ok') || (f1Delta !== null && f1Delta < -0.05);
    out.set(keyOf(r), { key: keyOf(r), ratio, f1Delta, flagged });
  }
  return out;
}
