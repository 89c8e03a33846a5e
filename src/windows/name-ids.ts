/**
 * Names (accounts or hashtags) of a run's window table interned to ids, and the numbering of one
 * window's names in name order that each stage (graph, swarms, influence) asks for.
 */

/**
 * Names (accounts or hashtags) interned to ids in order of first sight, with their code-unit
 * order ({@link ranks}) kept up to date by sorting only the names added since the last request
 * and merging them in.
 */
export class NameIds {
  /** Names by id. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Ids in name order, and the position of each id in it, up to `ordered` names. */
  private sorted: Int32Array = new Int32Array(0);
  private rank: Int32Array = new Int32Array(0);
  private ordered = 0;

  /** The id of `name`, a new one on first sight. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The id of `name`, −1 when it was never interned. */
  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }

  /** Number of names. */
  get size(): number {
    return this.names.length;
  }

  /**
   * Position of each id in the code-unit order of the names (valid until a new name is
   * interned): comparing ranks compares names.
   */
  ranks(): Int32Array {
    const names = this.names;
    const size = names.length;
    if (this.ordered === size) return this.rank;
    // The default sort compares strings by UTF-16 code units, as compareStrings does, and faster.
    const fresh = names.slice(this.ordered).sort();
    const out = new Int32Array(size);
    const old = this.sorted;
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
    const rank = new Int32Array(size);
    for (let r = 0; r < size; r++) rank[out[r]!] = r;
    this.sorted = out;
    this.rank = rank;
    this.ordered = size;
    return rank;
  }

  /** Ids in name order (valid until a new name is interned; call {@link ranks} first). */
  byRank(): Int32Array {
    this.ranks();
    return this.sorted;
  }

  /**
   * Forget the names whose `keep` entry is 0 and renumber the others (same relative order):
   * a long stream's table keeps only the names its held rows use.
   * @returns old id → new id (−1 for a forgotten name).
   */
  compact(keep: Uint8Array): Int32Array {
    const size = this.names.length;
    const remap = new Int32Array(size).fill(-1);
    let next = 0;
    for (let id = 0; id < size; id++) {
      const name = this.names[id]!;
      if (keep[id] === 1) {
        remap[id] = next;
        this.names[next++] = name;
        this.ids.set(name, remap[id]!);
      } else this.ids.delete(name);
    }
    this.names.length = next;
    for (let slot = 0; slot < this.local.length; slot++) this.local[slot]?.fill(-1);
    this.lastNumbered.length = 0;
    this.sorted = new Int32Array(0);
    this.rank = new Int32Array(0);
    this.ordered = 0;
    return remap;
  }

  /**
   * A per-id scratch array of this table for numbering a window's names: −1 except where the
   * slot's last {@link numberByName} (or its user, which then resets them) set an entry; those
   * are reset here.
   */
  localIds(slot: number): Int32Array {
    const last = this.lastNumbered[slot];
    if (last !== undefined) {
      const old = this.local[slot]!;
      for (let i = 0; i < last.length; i++) old[last[i]!] = -1;
      this.lastNumbered[slot] = undefined;
    }
    let a = this.local[slot];
    if (a === undefined || a.length < this.names.length) {
      a = new Int32Array(Math.max(this.names.length, Math.ceil((a?.length ?? 0) * 1.5), 256)).fill(-1);
      this.local[slot] = a;
    }
    return a;
  }

  /** Record the ids a slot's numbering set in its array (reset at the slot's next use). */
  numbered(slot: number, ids: Int32Array): void {
    this.lastNumbered[slot] = ids;
  }

  private readonly local: Int32Array[] = [];
  private readonly lastNumbered: (Int32Array | undefined)[] = [];
}

/** {@link NameIds.localIds} slots: one per stage that numbers a window's names. */
export const SLOT_GRAPH = 0;
export const SLOT_SWARMS = 1;
export const SLOT_INFLUENCE = 2;

/**
 * A window's names in name order: `ids` (table ids, sorted by name), their `names`, and
 * `local[id]` = position in `ids` for those ids (−1 for the table's other ids). Valid until the
 * next numbering in the same slot.
 */
export interface SortedIds {
  readonly ids: Int32Array;
  readonly local: Int32Array;
  readonly names: string[];
}

/**
 * Number the distinct ids of `items[from … to)` in name order: the window's ids become
 * `0 … k−1`. With `prior` (same slot), the ids not numbered by it follow its own (the lookback
 * accounts after the window's).
 * @param slot one of the SLOT_* constants (the numbering stays valid until the slot's next use).
 */
export function numberByName(
  table: NameIds, slot: number, items: Int32Array, from: number, to: number, prior?: SortedIds,
): SortedIds {
  const local = prior === undefined ? table.localIds(slot) : prior.local;
  const base = prior === undefined ? 0 : prior.ids.length;
  const fresh: number[] = [];
  for (let k = from; k < to; k++) {
    const g = items[k]!;
    if (local[g] === -1) {
      local[g] = -2;
      fresh.push(g);
    }
  }
  // Ranks are integers: a native numeric sort of them, mapped back to ids, orders the names.
  const ranks = table.ranks();
  const byRank = table.byRank();
  const order = Int32Array.from(fresh, (g) => ranks[g]!).sort();
  const ids = new Int32Array(base + order.length);
  if (prior !== undefined) ids.set(prior.ids);
  const names = prior === undefined ? [] : prior.names;
  for (let i = 0; i < order.length; i++) {
    const g = byRank[order[i]!]!;
    ids[base + i] = g;
    local[g] = base + i;
    names.push(table.names[g]!);
  }
  table.numbered(slot, ids);
  return { ids, local, names };
}
