/**
 * Automatic Δt (`maxLagMs: 'auto'`): the CooRnet coordination-interval estimator
 * (METRICS.md §0; fabiogiglietto/CooRnet `R/estimate_coord_interval.R`), with hashtags as
 * the shared objects: among hashtags used at least twice, take the quickest `quantile`
 * (10 %) by time from first to second use, and return the median time these need to
 * reach more than `share` (50 %) of their uses.
 *
 * The estimate is clamped to [1 s, 1 h] (CooRnet raises a zero estimate to one second; an
 * hour is far beyond any coordination window in the literature, and a wider Δt makes
 * the null expectation ≈ 1 for every pair). Without any hashtag used twice the DESIGN
 * default (60 s) is returned with `fallback: true`.
 */
import type { Post } from '../ingest/index.js';
import { median } from '../_lib/stats.js';
import { buildOccurrenceTable, fullView, type TableView } from './occurrence-table.js';

/** What {@link estimateMaxLag} found. */
export interface MaxLagEstimate {
  /** The Δt to use, ms (clamped). */
  readonly maxLagMs: number;
  /** The estimate before clamping, ms (`undefined` on fallback). */
  readonly rawMs: number | undefined;
  /** Hashtags used at least twice. */
  readonly hashtags: number;
  /** The quickest hashtags the median was taken over. */
  readonly fastHashtags: number;
  /** True when no hashtag was used twice and the default was returned. */
  readonly fallback: boolean;
}

const MIN_MS = 1000;
const MAX_MS = 3_600_000;
const FALLBACK_MS = 60_000;

/** R's default (type 7) quantile of sorted values. */
function quantile7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The estimator on an interned window (internal). */
export function estimateMaxLagFromView(view: TableView, quantile = 0.1, share = 0.5): MaxLagEstimate {
  const table = view.table;
  const { lo: start, hi: end } = view;
  const t = table.occTime;
  const second: number[] = [];
  const ids: number[] = [];
  for (let h = 0; h < table.hashtags.length; h++) {
    if (end[h]! - start[h]! < 2) continue;
    second.push(t[start[h]! + 1]! - t[start[h]!]!);
    ids.push(h);
  }
  if (second.length === 0) {
    return { maxLagMs: FALLBACK_MS, rawMs: undefined, hashtags: 0, fastHashtags: 0, fallback: true };
  }
  const threshold = quantile7(Float64Array.from(second).sort(), quantile);
  const reach: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    if (second[k]! > threshold) continue;
    const h = ids[k]!;
    const n = end[h]! - start[h]!;
    // First use whose rank/n exceeds `share` (ranks are 1-based): index floor(share·n).
    const idx = Math.min(n - 1, Math.floor(share * n));
    reach.push(t[start[h]! + idx]! - t[start[h]!]!);
  }
  const raw = median(reach) ?? FALLBACK_MS;
  return {
    maxLagMs: Math.min(MAX_MS, Math.max(MIN_MS, raw)),
    rawMs: raw,
    hashtags: second.length,
    fastHashtags: reach.length,
    fallback: false,
  };
}

/**
 * Estimate Δt from the data (CooRnet estimator, hashtags as objects).
 * @param posts the posts of a window (any order).
 * @returns the clamped estimate with what it was based on.
 * @example
 * estimateMaxLag(window.posts).maxLagMs; // e.g. 14000
 */
export function estimateMaxLag(posts: readonly Post[]): MaxLagEstimate {
  return estimateMaxLagFromView(fullView(buildOccurrenceTable(posts)));
}
