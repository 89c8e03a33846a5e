/**
 * An open-addressing hash table keyed by account-id pairs (a < b), with the statistics of
 * each edge stored as one record of {@link EDGE_STRIDE} doubles in a single Float64Array.
 * No string keys and no objects per pair: a lookup is one probe (key and edge number
 * interleaved in the slot array: one cache line) and an update one record. Used where pairs
 * must be found again by key (matched posts, the hashtag graph); the close-pair sweep groups
 * its pairs by counting sort instead (edge-records.ts), with the same record layout.
 *
 * Keys are packed as `a·2^26 + b` (exact in a double), so ids must be below 2^26.
 */

/** Doubles per edge record. */
export const EDGE_STRIDE = 8;
/** Record offset of coCount (matched post pairs). */
export const F_CO = 0;
/** Record offset of episodes (distinct (hashtag, burst) runs with a match). */
export const F_EPISODES = 1;
/** Record offset of sharedHashtags. */
export const F_SHARED = 2;
/** Record offset of Σ|Δt| over matched pairs, ms. */
export const F_LAG = 3;
/** Record offset of twice the matched pairs in which `a` posted first (ties add 1 to both sides). */
export const F_LEAD_A2 = 4;
/** Record offset of twice the matched pairs in which `b` posted first. */
export const F_LEAD_B2 = 5;
/** Record offset of the last burst that counted an episode (enumeration state). */
export const F_LAST_BURST = 6;
/** Record offset of the last hashtag that counted a shared hashtag (enumeration state). */
export const F_LAST_HASHTAG = 7;

/** Largest account id + 1 that a key can hold. */
export const MAX_IDS = 67_108_864;

function hashKey(key: number): number {
  let h = Math.imul(key | 0, 0x9e3779b1) ^ Math.imul((key / 4294967296) | 0, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Account pairs with their statistics; edge e has endpoints `a[e] < b[e]`. */
export class EdgeTable {
  /** Number of edges. */
  size = 0;
  a: Int32Array;
  b: Int32Array;
  /** Edge records, {@link EDGE_STRIDE} doubles each. */
  rec: Float64Array;
  /** Slots: [key, edge] pairs; key −1 = empty. */
  private slots: Float64Array;
  private mask: number;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(16, initialCapacity);
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.rec = new Float64Array(cap * EDGE_STRIDE);
    let slotCount = 32;
    while (slotCount < cap * 2) slotCount *= 2;
    this.slots = new Float64Array(slotCount * 2).fill(-1);
    this.mask = slotCount - 1;
  }

  /** Slot of `key` in the open-addressing table, or of the empty slot where it would go. */
  private slotOf(key: number): number {
    const slots = this.slots;
    let s = hashKey(key) & this.mask;
    while (slots[2 * s] !== key && slots[2 * s] !== -1) s = (s + 1) & this.mask;
    return s;
  }

  /** Edge number of (a, b) with a < b, or −1. */
  get(a: number, b: number): number {
    const s = this.slotOf(a * MAX_IDS + b);
    return this.slots[2 * s] === -1 ? -1 : this.slots[2 * s + 1]!;
  }

  /** Edge number of (a, b) with a < b, inserting a fresh record when absent. */
  getOrInsert(a: number, b: number): number {
    const key = a * MAX_IDS + b;
    const slots = this.slots;
    const s = this.slotOf(key);
    if (slots[2 * s] === key) return slots[2 * s + 1]!;
    const e = this.size;
    if (e === this.a.length) {
      this.grow();
      return this.getOrInsert(a, b);
    }
    this.size = e + 1;
    this.a[e] = a;
    this.b[e] = b;
    const r = e * EDGE_STRIDE;
    const rec = this.rec;
    rec[r + F_CO] = 0;
    rec[r + F_EPISODES] = 0;
    rec[r + F_SHARED] = 0;
    rec[r + F_LAG] = 0;
    rec[r + F_LEAD_A2] = 0;
    rec[r + F_LEAD_B2] = 0;
    rec[r + F_LAST_BURST] = -1;
    rec[r + F_LAST_HASHTAG] = -1;
    slots[2 * s] = key;
    slots[2 * s + 1] = e;
    return e;
  }

  /**
   * Empty the table, keeping its buffers (a workspace reused across windows allocates its
   * large arrays once, which spares the garbage collector full-heap passes).
   */
  reset(): void {
    if (this.size === 0) return;
    this.size = 0;
    this.slots.fill(-1);
  }

  /** Statistic `field` of edge e. */
  field(e: number, field: number): number {
    return this.rec[e * EDGE_STRIDE + field]!;
  }

  private grow(): void {
    const cap = this.a.length * 2;
    const a = new Int32Array(cap);
    a.set(this.a);
    const b = new Int32Array(cap);
    b.set(this.b);
    const rec = new Float64Array(cap * EDGE_STRIDE);
    rec.set(this.rec);
    this.a = a;
    this.b = b;
    this.rec = rec;
    let slotCount = this.mask + 1;
    while (slotCount < cap * 2) slotCount *= 2;
    const slots = new Float64Array(slotCount * 2).fill(-1);
    const mask = slotCount - 1;
    for (let e = 0; e < this.size; e++) {
      const key = a[e]! * MAX_IDS + b[e]!;
      let s = hashKey(key) & mask;
      while (slots[2 * s] !== -1) s = (s + 1) & mask;
      slots[2 * s] = key;
      slots[2 * s + 1] = e;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
