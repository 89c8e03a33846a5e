/**
 * An open-addressing hash table keyed by account-id pairs (a < b), with the edge
 * statistics stored column-wise in typed arrays indexed by a dense edge number.
 * No string keys and no objects per pair: the hot loop of pair enumeration does one
 * probe and a few typed-array increments per matched post pair.
 */

const EMPTY = -1;

function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Account pairs with column statistics; edge e has endpoints `a[e] < b[e]`. */
export class EdgeTable {
  /** Number of edges. */
  size = 0;
  a: Int32Array;
  b: Int32Array;
  coCount: Int32Array;
  episodes: Int32Array;
  sharedHashtags: Int32Array;
  /** Σ |Δt| over matched pairs, ms. */
  lagSum: Float64Array;
  /** Twice the matched pairs in which `a` posted first (ties add 1 to both sides). */
  leadA2: Float64Array;
  /** Twice the matched pairs in which `b` posted first. */
  leadB2: Float64Array;
  /** Last burst id that counted an episode (internal to enumeration). */
  lastBurst: Int32Array;
  /** Last hashtag id that counted a shared hashtag (internal to enumeration). */
  lastHashtag: Int32Array;
  private slots: Int32Array;
  private mask: number;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(16, initialCapacity);
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.coCount = new Int32Array(cap);
    this.episodes = new Int32Array(cap);
    this.sharedHashtags = new Int32Array(cap);
    this.lagSum = new Float64Array(cap);
    this.leadA2 = new Float64Array(cap);
    this.leadB2 = new Float64Array(cap);
    this.lastBurst = new Int32Array(cap).fill(EMPTY);
    this.lastHashtag = new Int32Array(cap).fill(EMPTY);
    let slotCount = 32;
    while (slotCount < cap * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount).fill(EMPTY);
    this.mask = slotCount - 1;
  }

  /** Edge number of (a, b) with a < b, or −1. */
  get(a: number, b: number): number {
    const slots = this.slots;
    let s = hashPair(a, b) & this.mask;
    for (;;) {
      const e = slots[s]!;
      if (e === EMPTY) return EMPTY;
      if (this.a[e] === a && this.b[e] === b) return e;
      s = (s + 1) & this.mask;
    }
  }

  /** Edge number of (a, b) with a < b, inserting a zeroed edge when absent. */
  getOrInsert(a: number, b: number): number {
    const slots = this.slots;
    let s = hashPair(a, b) & this.mask;
    for (;;) {
      const e = slots[s]!;
      if (e === EMPTY) break;
      if (this.a[e] === a && this.b[e] === b) return e;
      s = (s + 1) & this.mask;
    }
    const e = this.size;
    if (e === this.a.length) {
      this.growColumns();
      return this.getOrInsert(a, b);
    }
    this.size = e + 1;
    this.a[e] = a;
    this.b[e] = b;
    slots[s] = e;
    return e;
  }

  private growColumns(): void {
    const cap = this.a.length * 2;
    const grow = <T extends Int32Array | Float64Array>(arr: T, fill: number): T => {
      const out = new (arr.constructor as new (n: number) => T)(cap);
      out.set(arr);
      if (fill !== 0) out.fill(fill, arr.length);
      return out;
    };
    this.a = grow(this.a, 0);
    this.b = grow(this.b, 0);
    this.coCount = grow(this.coCount, 0);
    this.episodes = grow(this.episodes, 0);
    this.sharedHashtags = grow(this.sharedHashtags, 0);
    this.lagSum = grow(this.lagSum, 0);
    this.leadA2 = grow(this.leadA2, 0);
    this.leadB2 = grow(this.leadB2, 0);
    this.lastBurst = grow(this.lastBurst, EMPTY);
    this.lastHashtag = grow(this.lastHashtag, EMPTY);
    let slotCount = this.slots.length;
    while (slotCount < cap * 2) slotCount *= 2;
    const slots = new Int32Array(slotCount).fill(EMPTY);
    const mask = slotCount - 1;
    for (let e = 0; e < this.size; e++) {
      let s = hashPair(this.a[e]!, this.b[e]!) & mask;
      while (slots[s] !== EMPTY) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
