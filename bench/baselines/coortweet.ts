/**
 * CooRTweet-style detection, reimplemented from the package's published R code
 * (`detect_groups` + `generate_coordinated_network`, then Louvain as in its group step):
 * 1. pre-filter: accounts with ≥ `min_participation` (post, hashtag) rows;
 * 2. per hashtag, every pair of rows at most Δt apart (CooRTweet: Cartesian self-join `id < id`,
 *    then `abs(time_delta) <= time_window`; here the same pairs by sort + sweep), loops
 *    (same account) removed;
 * 3. `filter_min_participation`: an account is kept when ≥ `min_participation` of its rows belong
 *    to posts that occur in some pair; a pair stays when either side's account is kept;
 * 4. edge weight = number of pairs per unordered account pair; keep weight > type-7 quantile
 *    `edge_weight` (0.5, strict);
 * 5. seeded Louvain on the kept edges; groups of ≥ 3 accounts.
 */
import type { Occurrences } from '../lib/occurrences.js';
import { forEachClosePair } from './sweep.js';
import { louvainGroups, type Group, type WeightedEdge } from './louvain-groups.js';
import { quantile7 } from './quantile.js';

/** Settings of {@link coortweet}. */
export interface CoortweetSettings {
  /** Δt in ms. CooRTweet's default `time_window` is 10 s. */
  readonly maxLagMs: number;
  readonly minParticipation?: number;
  /** Quantile of the edge-weight threshold (strict >). */
  readonly edgeWeight?: number;
  readonly seed?: number;
  readonly minGroupSize?: number;
}

/** What {@link coortweet} found, with the intermediate counts. */
export interface CoortweetResult {
  readonly groups: Group[];
  /** Row pairs within Δt from different accounts (before the participation filter). */
  readonly pairs: number;
  /** Account pairs after the participation filter. */
  readonly edges: number;
  readonly threshold: number;
  /** Edges above the threshold. */
  readonly keptEdges: WeightedEdge[];
}

/**
 * Run the CooRTweet-style pipeline.
 * @param occ interned rows sorted by (hashtag, time)
 * @param settings Δt and thresholds
 * @returns groups, counts and kept edges
 * @example
 * coortweet(occ, { maxLagMs: 10_000 }).groups;
 */
export function coortweet(occ: Occurrences, settings: CoortweetSettings): CoortweetResult {
  const { pairs, edges } = coortweetWeights(occ, settings.maxLagMs, settings.minParticipation ?? 2);
  const threshold = quantile7(edges.map((e) => e.weight), settings.edgeWeight ?? 0.5);
  const keptEdges = edges.filter((e) => e.weight > threshold);
  const groups = louvainGroups(keptEdges, occ.accountNames, settings.seed ?? 1, settings.minGroupSize ?? 3);
  return { groups, pairs, edges: edges.length, threshold, keptEdges };
}

/**
 * Steps 1–4 without the threshold: every account pair with its pair count.
 * @param occ interned rows sorted by (hashtag, time)
 * @param maxLagMs Δt in ms (inclusive)
 * @param minPart `min_participation`
 * @returns the pair count before the participation filter and the weighted edges (a < b)
 * @example
 * coortweetWeights(occ, 10_000, 2).edges.length;
 */
export function coortweetWeights(occ: Occurrences, maxLagMs: number, minPart: number): { pairs: number; edges: WeightedEdge[] } {
  const { rows, account, post } = occ;
  const nAccounts = occ.accountNames.length;
  const rowsOf = new Int32Array(nAccounts);
  for (let r = 0; r < rows; r++) rowsOf[account[r]!]!++;
  const active = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) active[r] = rowsOf[account[r]!]! >= minPart ? 1 : 0;
  const matched = new Uint8Array(occ.posts);
  let pairs = 0;
  forEachClosePair(occ, maxLagMs, active, (i, j) => {
    if (account[i] === account[j] || post[i] === post[j]) return;
    matched[post[i]!] = 1;
    matched[post[j]!] = 1;
    pairs++;
  });
  const participation = new Int32Array(nAccounts);
  for (let r = 0; r < rows; r++) if (active[r] === 1 && matched[post[r]!] === 1) participation[account[r]!]!++;
  const weights = new Map<number, number>();
  forEachClosePair(occ, maxLagMs, active, (i, j) => {
    const a = account[i]!;
    const b = account[j]!;
    if (a === b || post[i] === post[j]) return;
    if (participation[a]! < minPart && participation[b]! < minPart) return;
    const key = a < b ? a * nAccounts + b : b * nAccounts + a;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  });
  const edges: WeightedEdge[] = [];
  for (const [key, weight] of weights) edges.push({ a: Math.floor(key / nAccounts), b: key % nAccounts, weight });
  return { pairs, edges };
}
