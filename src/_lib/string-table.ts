/**
 * A set of strings numbered in insertion order (0, 1, 2, …): an open-addressing hash table
 * for the ingest engine's hot lookups (every post id, every account and hashtag name).
 *
 * Why not a `Map`: a `Map<string, number>` of a million post ids costs the ingest engine about
 * three times as much per lookup-then-insert — the ordered hash table chains its entries and
 * rehashes all of them at each doubling. Here the
 * slots and the 32-bit hashes sit in two typed arrays (linear probing, load ≤ 1/2), and a
 * string is compared only when its full hash matches.
 *
 * The hash is FNV-1a over the UTF-16 code units with a murmur finaliser, from a random seed
 * per table, so the probe layout differs from run to run (an input crafted against one layout
 * does not carry over; this is not a keyed cryptographic hash). Only speed depends on the seed:
 * indexes follow insertion order, whatever the hashes.
 */

const EMPTY = -1;

export class StringTable {
  private readonly keys: string[] = [];
  private slots: Int32Array;
  private hashes: Int32Array;
  private mask: number;
  private readonly seed = (Math.random() * 0x100000000) | 0;

  /** @param capacity expected number of strings (the table grows past it). */
  constructor(capacity = 16) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Number of strings held. */
  get size(): number {
    return this.keys.length;
  }

  /** The string numbered `index` (insertion order). */
  key(index: number): string {
    return this.keys[index]!;
  }

  /** The index of `s`, or −1 when absent. */
  indexOf(s: string): number {
    const h = this.hash(s);
    const { slots, hashes, mask, keys } = this;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const k = slots[j]!;
      if (k === EMPTY) return -1;
      if (hashes[j] === h && keys[k] === s) return k;
    }
  }

  /**
   * The index of `s`, added (as the next index, `size − 1` after the call) when absent.
   * Whether it was new: compare the result with `size` read before the call.
   */
  intern(s: string): number {
    const h = this.hash(s);
    const { slots, hashes, mask, keys } = this;
    let j = h & mask;
    for (; ; j = (j + 1) & mask) {
      const k = slots[j]!;
      if (k === EMPTY) break;
      if (hashes[j] === h && keys[k] === s) return k;
    }
    const index = keys.length;
    keys.push(s);
    slots[j] = index;
    hashes[j] = h;
    if (2 * keys.length > mask) this.grow();
    return index;
  }

  /** 32-bit hash of `s` (protected: a test gives every string one hash to exercise collisions). */
  protected hash(s: string): number {
    let h = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  private grow(): void {
    const { slots, hashes } = this;
    const size = 2 * slots.length;
    const next = new Int32Array(size).fill(EMPTY);
    const nextHashes = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < slots.length; j++) {
      const k = slots[j]!;
      if (k === EMPTY) continue;
      const h = hashes[j]!;
      let q = h & mask;
      while (next[q] !== EMPTY) q = (q + 1) & mask;
      next[q] = k;
      nextHashes[q] = h;
    }
    this.slots = next;
    this.hashes = nextHashes;
    this.mask = mask;
  }
}
