/**
 * The per-pair statistics of the close-pair sweep (enumerate-close-pairs.ts): one record of
 * {@link EDGE_STRIDE} doubles per account pair, appended in order, endpoints in two columns.
 * No hash index: the sweep groups its pairs by account itself (counting sort), so each pair
 * is found by a dense per-account stamp instead of a probe into a table of every pair.
 */
import { EDGE_STRIDE, F_LAST_BURST, F_LAST_HASHTAG } from './edge-table.js';

/** Edge records; edge e has endpoints `a[e] < b[e]` and its record at `rec[e·EDGE_STRIDE …]`. */
export class EdgeRecords {
  /** Number of edges. */
  size = 0;
  a: Int32Array;
  b: Int32Array;
  /** Edge records, {@link EDGE_STRIDE} doubles each. */
  rec: Float64Array;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(16, initialCapacity);
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.rec = new Float64Array(cap * EDGE_STRIDE);
  }

  /** Empty the store, keeping its buffers (reused across windows). */
  reset(): void {
    this.size = 0;
  }

  /**
   * Make room for `capacity` edges in all (one allocation rather than doubling while appending).
   * @param capacity edges the store must hold.
   */
  reserve(capacity: number): void {
    if (capacity <= this.a.length) return;
    const a = new Int32Array(capacity);
    a.set(this.a.subarray(0, this.size));
    const b = new Int32Array(capacity);
    b.set(this.b.subarray(0, this.size));
    const rec = new Float64Array(capacity * EDGE_STRIDE);
    rec.set(this.rec.subarray(0, this.size * EDGE_STRIDE));
    this.a = a;
    this.b = b;
    this.rec = rec;
  }

  /**
   * Append the edge (a, b), a < b, with a zero record; the caller makes sure it is new.
   * @returns its edge number.
   */
  append(a: number, b: number): number {
    const e = this.size;
    if (e === this.a.length) this.reserve(2 * e);
    this.size = e + 1;
    this.a[e] = a;
    this.b[e] = b;
    const r = e * EDGE_STRIDE;
    const rec = this.rec;
    rec.fill(0, r, r + EDGE_STRIDE);
    rec[r + F_LAST_BURST] = -1;
    rec[r + F_LAST_HASHTAG] = -1;
    return e;
  }
}
