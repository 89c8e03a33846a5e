/**
 * Greene-style matching of a window's swarms to the fronts of the tracked
 * swarms (METRICS.md §4.1, Greene, Doyle & Cunningham 2010): C matches D iff
 * sim(C, front(D)) > θ, sim = Jaccard (default) or the overlap coefficient. An account → tracked-swarm inverted index keeps the
 * cost at O(Σ_C |C| · fronts per account) instead of all pairs.
 *
 * Labels then follow tnetwork's rule (METRICS.md §4.3): every D sends its id to
 * its most similar successor; a C receiving several ids keeps the one of its
 * most similar predecessor; ties go to the smaller id / earlier candidate.
 */
import { compareStrings } from '../_lib/compare.js';
import type { TrackingSimilarity } from './types.js';

/** One match between step community `c` (its position) and tracked swarm `id`. */
export interface Match {
  readonly c: number;
  readonly id: string;
  readonly jaccard: number;
}

/** Matching result. */
export interface Matching {
  /** pred(C): matches per community, by jaccard desc then id. */
  readonly pred: readonly (readonly Match[])[];
  /** succ(D): matches per tracked id, by jaccard desc then community position. */
  readonly succ: ReadonlyMap<string, readonly Match[]>;
  /** The id each community inherits (undefined: none received). */
  readonly inherits: readonly (string | undefined)[];
}

/**
 * Match step communities to fronts.
 * @param communities member lists of the window's swarms, in candidate order.
 * @param fronts the fronts of the live tracked swarms, by id.
 * @param threshold θ (strict).
 * @param similarity Jaccard |C∩F|/|C∪F| or overlap |C∩F|/min(|C|, |F|) (Greene's SIM_OVERLAP).
 * @returns pred, succ and the inherited ids (the `jaccard` field holds the similarity used).
 * @example
 * matchCommunities([['a', 'b', 'c']], new Map([['swarm-0-0', new Set(['a', 'b'])]]), 0.3).inherits; // ['swarm-0-0']
 */
export function matchCommunities(
  communities: readonly (readonly string[])[],
  fronts: ReadonlyMap<string, ReadonlySet<string>>,
  threshold: number,
  similarity: TrackingSimilarity = 'jaccard',
): Matching {
  const byAccount = new Map<string, string[]>();
  for (const [id, front] of fronts) {
    for (const a of front) {
      const list = byAccount.get(a);
      if (list) list.push(id);
      else byAccount.set(a, [id]);
    }
  }
  const succ = new Map<string, Match[]>();
  const pred = communities.map((members, c) => {
    const inter = new Map<string, number>();
    for (const a of members) for (const id of byAccount.get(a) ?? []) inter.set(id, (inter.get(id) ?? 0) + 1);
    const matches: Match[] = [];
    for (const [id, k] of inter) {
      const size = fronts.get(id)!.size;
      const jaccard = similarity === 'jaccard' ? k / (members.length + size - k) : k / Math.min(members.length, size);
      if (jaccard > threshold) matches.push({ c, id, jaccard });
    }
    matches.sort((x, y) => y.jaccard - x.jaccard || compareStrings(x.id, y.id));
    for (const m of matches) {
      const list = succ.get(m.id);
      if (list) list.push(m);
      else succ.set(m.id, [m]);
    }
    return matches;
  });
  const received: Match[][] = communities.map(() => []);
  for (const list of succ.values()) {
    list.sort((x, y) => y.jaccard - x.jaccard || x.c - y.c);
    received[list[0]!.c]!.push(list[0]!);
  }
  const inherits = received.map((list) => {
    list.sort((x, y) => y.jaccard - x.jaccard || compareStrings(x.id, y.id));
    return list[0]?.id;
  });
  return { pred, succ, inherits };
}
