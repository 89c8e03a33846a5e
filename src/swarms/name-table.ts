/**
 * Names (accounts or hashtags) interned once for a run of consecutive windows:
 * ids in first-seen order, and every id listed in code-unit order of its name,
 * kept up to date by sorting only the names added since the last listing and
 * merging them in (O(new · log new + size) instead of re-sorting a window's names).
 * A window's sorted names are then a filter of that list (window-index.ts).
 */

/** Interned names with their code-unit order. */
export interface NameTable {
  /** Names by id. */
  readonly names: readonly string[];
  /** The id of a name, interning it when new. */
  id(name: string): number;
  /** The id of a name, −1 when it was never interned. */
  find(name: string): number;
  /** Every id, names in code-unit order; valid until the next call. */
  sortedIds(): Int32Array;
}

class Table implements NameTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private order = new Int32Array(64);
  private spare = new Int32Array(64);
  private ordered = 0;

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }

  sortedIds(): Int32Array {
    const names = this.names;
    const size = names.length;
    if (this.ordered === size) return this.order.subarray(0, size);
    // The default sort compares strings by UTF-16 code units, as compareStrings does, and faster.
    const fresh = names.slice(this.ordered).sort();
    if (this.spare.length < size) this.spare = new Int32Array(Math.max(size, 2 * this.spare.length));
    const out = this.spare;
    const old = this.order;
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.ordered && j < fresh.length) {
      // Names are distinct, so the two lists never tie.
      if (names[old[i]!]! < fresh[j]!) out[k++] = old[i++]!;
      else out[k++] = this.ids.get(fresh[j++]!)!;
    }
    while (i < this.ordered) out[k++] = old[i++]!;
    while (j < fresh.length) out[k++] = this.ids.get(fresh[j++]!)!;
    this.spare = old.length >= size ? old : new Int32Array(out.length);
    this.order = out;
    this.ordered = size;
    return out.subarray(0, size);
  }
}

/**
 * Create an empty name table.
 * @returns the table.
 * @example
 * const t = createNameTable(); t.id('b'); t.id('a'); t.sortedIds(); // Int32Array [1, 0]
 */
export function createNameTable(): NameTable {
  return new Table();
}
