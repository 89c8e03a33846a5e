/**
 * Contingency table of two labelings of the same items (METRICS.md §5.1), in
 * `O(n + #non-zero cells)`: labels are interned to integers and cells keyed by `i·C + j`.
 */
import { InvalidOptionsError } from '../errors.js';

/** A label (a string or a number); equal labels mean the same cluster. */
export type ClusterLabel = string | number;

/** Non-zero cells plus marginals of a contingency table. */
export interface Contingency {
  /** Number of items. */
  readonly n: number;
  /** Label of each row (first labeling), in order of first appearance. */
  readonly rowLabels: readonly ClusterLabel[];
  /** Label of each column (second labeling), in order of first appearance. */
  readonly colLabels: readonly ClusterLabel[];
  /** Cluster sizes of the first labeling (`a_i`). */
  readonly rowSums: readonly number[];
  /** Cluster sizes of the second labeling (`b_j`). */
  readonly colSums: readonly number[];
  /** Non-zero cells `n_ij` with their row and column. */
  readonly cells: readonly { readonly row: number; readonly col: number; readonly count: number }[];
}

function intern(labels: readonly ClusterLabel[]): { ids: Int32Array; count: number; names: ClusterLabel[] } {
  const map = new Map<ClusterLabel, number>();
  const ids = new Int32Array(labels.length);
  labels.forEach((label, k) => {
    let id = map.get(label);
    if (id === undefined) {
      id = map.size;
      map.set(label, id);
    }
    ids[k] = id;
  });
  return { ids, count: map.size, names: [...map.keys()] };
}

/**
 * Build the contingency table of two parallel labelings.
 * @param a labels of the first partition (one per item)
 * @param b labels of the second partition (same items, same order)
 * @returns marginals and non-zero cells
 * @throws {InvalidOptionsError} when the lengths differ
 * @example
 * contingencyTable(['x', 'x', 'y'], [1, 1, 1]).cells; // [{row:0,col:0,count:2},{row:1,col:0,count:1}]
 */
export function contingencyTable(a: readonly ClusterLabel[], b: readonly ClusterLabel[]): Contingency {
  if (a.length !== b.length) throw new InvalidOptionsError('evaluate', 'labels', b.length, `a labeling of the same length as the first (${a.length})`);
  const ra = intern(a);
  const rb = intern(b);
  const rowSums = new Array<number>(ra.count).fill(0);
  const colSums = new Array<number>(rb.count).fill(0);
  const cellMap = new Map<number, number>();
  for (let k = 0; k < a.length; k++) {
    const i = ra.ids[k]!;
    const j = rb.ids[k]!;
    rowSums[i]!++;
    colSums[j]!++;
    const key = i * rb.count + j;
    cellMap.set(key, (cellMap.get(key) ?? 0) + 1);
  }
  const cells = [...cellMap].map(([key, count]) => ({ row: Math.floor(key / rb.count), col: key % rb.count, count }));
  cells.sort((x, y) => x.row - y.row || x.col - y.col);
  return { n: a.length, rowLabels: ra.names, colLabels: rb.names, rowSums, colSums, cells };
}
