/**
 * Partition agreement (METRICS.md §5.1), natural logarithms throughout:
 * - NMI (Danon et al. 2005, arithmetic mean): `2·I(X;Y) / (H(X) + H(Y))`,
 *   `I = Σ_ij (n_ij/n) ln(n·n_ij / (a_i b_j))`;
 * - AMI (Vinh, Epps & Bailey 2010): `(I − E[I]) / (½(H(X)+H(Y)) − E[I])`, with the exact
 *   hypergeometric expectation
 *   `E[I] = Σ_ij Σ_{k=max(1, a_i+b_j−n)}^{min(a_i,b_j)} (k/n) ln(n·k/(a_i b_j)) ·
 *   a_i! b_j! (n−a_i)! (n−b_j)! / (n! k! (a_i−k)! (b_j−k)! (n−a_i−b_j+k)!)`;
 * - ARI (Hubert & Arabie 1985).
 * Conventions follow scikit-learn: two one-cluster (or empty) labelings score 1 on all three;
 * AMI's denominator is kept at least 1e-300 in magnitude (sklearn uses machine epsilon).
 */
import { logGamma } from '../_lib/stats.js';
import { contingencyTable, type ClusterLabel, type Contingency } from './contingency.js';

function entropy(sums: readonly number[], n: number): number {
  let h = 0;
  for (const s of sums) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

/**
 * Mutual information `I(X;Y)` in nats.
 * @param table contingency table of the two labelings (`contingencyTable`)
 * @returns `I ≥ 0`
 * @example
 * mutualInformation(contingencyTable(['a', 'b'], [1, 2])); // ln 2
 */
export function mutualInformation(table: Contingency): number {
  const { n, rowSums, colSums } = table;
  let mi = 0;
  for (const { row, col, count } of table.cells) {
    mi += (count / n) * Math.log((n * count) / (rowSums[row]! * colSums[col]!));
  }
  return Math.max(0, mi);
}

/**
 * Exact expected mutual information (nats) of two labelings with the table's marginals under
 * random permutation (hypergeometric model, Vinh et al. 2010). Cost `O(R·C·min(a_i, b_j))`.
 * @param table contingency table of the two labelings
 * @returns `E[I]`
 * @example
 * expectedMutualInformation(contingencyTable(['x', 'x', 'x', 'y', 'y', 'y'], [1, 1, 2, 2, 3, 3])); // 0.2773
 */
export function expectedMutualInformation(table: Contingency): number {
  const { n, rowSums, colSums } = table;
  const lf = (x: number): number => logGamma(x + 1);
  const lfn = lf(n);
  let emi = 0;
  for (const a of rowSums) {
    for (const b of colSums) {
      const base = lf(a) + lf(b) + lf(n - a) + lf(n - b) - lfn;
      for (let k = Math.max(1, a + b - n); k <= Math.min(a, b); k++) {
        const logP = base - lf(k) - lf(a - k) - lf(b - k) - lf(n - a - b + k);
        emi += (k / n) * Math.log((n * k) / (a * b)) * Math.exp(logP);
      }
    }
  }
  return emi;
}

function trivial(table: Contingency): boolean {
  return table.n === 0 || (table.rowSums.length === 1 && table.colSums.length === 1);
}

/**
 * Normalised mutual information (arithmetic mean) of two labelings of the same items.
 * @param a labels of the first partition
 * @param b labels of the second partition, same items and order
 * @returns NMI in [0, 1]; 1 for identical partitions (up to renaming)
 * @throws {InvalidOptionsError} when the lengths differ
 * @example
 * nmi(['a', 'a', 'b', 'b'], [1, 1, 2, 2]); // 1
 */
export function nmi(a: readonly ClusterLabel[], b: readonly ClusterLabel[]): number {
  return nmiFromTable(contingencyTable(a, b));
}

/** NMI of a prepared contingency table (see {@link nmi}). */
export function nmiFromTable(table: Contingency): number {
  if (trivial(table)) return 1;
  const denominator = entropy(table.rowSums, table.n) + entropy(table.colSums, table.n);
  if (denominator === 0) return 1;
  return Math.min(1, (2 * mutualInformation(table)) / denominator);
}

/**
 * Adjusted mutual information (Vinh et al. 2010, arithmetic normalisation, sklearn's default).
 * @param a labels of the first partition
 * @param b labels of the second partition
 * @returns AMI ≤ 1; ≈ 0 in expectation for independent labelings; may be negative
 * @throws {InvalidOptionsError} when the lengths differ
 * @example
 * ami(['a', 'a', 'b', 'b'], [1, 1, 2, 2]); // 1
 */
export function ami(a: readonly ClusterLabel[], b: readonly ClusterLabel[]): number {
  return amiFromTable(contingencyTable(a, b));
}

/** AMI of a prepared contingency table. */
export function amiFromTable(table: Contingency): number {
  if (trivial(table)) return 1;
  const mi = mutualInformation(table);
  const emi = expectedMutualInformation(table);
  const normalizer = (entropy(table.rowSums, table.n) + entropy(table.colSums, table.n)) / 2;
  let denominator = normalizer - emi;
  denominator = denominator < 0 ? Math.min(denominator, -1e-300) : Math.max(denominator, 1e-300);
  return (mi - emi) / denominator;
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

/**
 * Adjusted Rand index (Hubert & Arabie 1985).
 * @param a labels of the first partition
 * @param b labels of the second partition
 * @returns ARI ≤ 1; 0 in expectation under independence
 * @throws {InvalidOptionsError} when the lengths differ
 * @example
 * ari(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b']); // -0.5
 */
export function ari(a: readonly ClusterLabel[], b: readonly ClusterLabel[]): number {
  return ariFromTable(contingencyTable(a, b));
}

/** ARI of a prepared contingency table. */
export function ariFromTable(table: Contingency): number {
  if (trivial(table)) return 1;
  let index = 0;
  for (const { count } of table.cells) index += pairs(count);
  let sumA = 0;
  let sumB = 0;
  for (const s of table.rowSums) sumA += pairs(s);
  for (const s of table.colSums) sumB += pairs(s);
  const expected = (sumA * sumB) / pairs(table.n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
