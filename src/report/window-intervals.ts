/**
 * Time intervals of graph elements from the windows they appear in: the union
 * of the windows' `[start, end)` intervals, overlapping or touching ones merged
 * (sliding windows overlap, so consecutive windows give one interval).
 */
import type { WindowReport } from './types.js';

/** A closed-open interval as ISO 8601 strings. */
export interface IsoInterval {
  readonly start: string;
  readonly end: string;
}

/**
 * Merge the intervals of the given window indexes.
 * @param windowIndexes indexes into `windows` (any order, duplicates allowed).
 * @param windows the report's windows by `index` (see {@link windowsByIndex}).
 * @returns merged intervals sorted by start.
 */
export function windowIntervals(windowIndexes: Iterable<number>, windows: ReadonlyMap<number, WindowReport>): IsoInterval[] {
  const spans: [number, number][] = [];
  for (const i of new Set(windowIndexes)) {
    const w = windows.get(i);
    if (w !== undefined) spans.push([Date.parse(w.start), Date.parse(w.end)]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged.map(([s, e]) => ({ start: new Date(s).toISOString(), end: new Date(e).toISOString() }));
}

/**
 * Index the report's windows by their `index`.
 * @param windows the report's windows.
 * @returns index → window.
 */
export function windowsByIndex(windows: readonly WindowReport[]): Map<number, WindowReport> {
  return new Map(windows.map((w) => [w.index, w]));
}
