/**
 * Synchronised member occurrences (METRICS.md §3.4), the one definition behind syncFraction in
 * swarms/ (the statistic T(S) and its time-shift replicates) and influence/ (the reported
 * syncFraction and swarmLift's coordinated occurrences):
 *
 *   a member occurrence on h ∈ H_S is synchronised when the nearest occurrence of h by *another*
 *   member, before or after it, is at most Δt away;
 *   syncFraction = |{member posts on H_S with a synchronised occurrence}| / |member posts on H_S|.
 *
 * The occurrences come as runs (one per hashtag of H_S, in time order). A run is walked block by
 * block (maximal stretches of one member): the nearest other-member occurrences of a whole block
 * are the one just before it and the one just after it, so the cost is O(occurrences).
 */

/**
 * Mark the synchronised occurrences.
 * @param times occurrence times, ascending within each run.
 * @param members member of each occurrence (any integer label).
 * @param runStarts run r is `[runStarts[r], runStarts[r + 1])`.
 * @param maxLagMs Δt.
 * @param target what a synchronised occurrence k marks: `marks[target[k]]` (its post, to count
 *   posts; or k itself, to flag occurrences).
 * @param marks receives 1 at each marked position; positions already 1 stay and are not counted.
 * @returns the number of positions newly marked.
 * @example
 * const marks = new Uint8Array(3);
 * markSynchronised(Float64Array.of(0, 30, 500), Int32Array.of(0, 1, 0), Int32Array.of(0, 3), 60, Int32Array.of(0, 1, 2), marks); // 2
 */
export function markSynchronised(
  times: Float64Array, members: Int32Array, runStarts: Int32Array, maxLagMs: number, target: Int32Array, marks: Uint8Array,
): number {
  let count = 0;
  for (let r = 0; r + 1 < runStarts.length; r++) {
    const first = runStarts[r]!;
    const end = runStarts[r + 1]!;
    let s = first;
    while (s < end) {
      const member = members[s]!;
      let e = s + 1;
      while (e < end && members[e] === member) e++;
      const hasLeft = s > first;
      const hasRight = e < end;
      const left = hasLeft ? times[s - 1]! : 0;
      const right = hasRight ? times[e]! : 0;
      for (let k = s; k < e; k++) {
        const t = times[k]!;
        if ((hasLeft && t - left <= maxLagMs) || (hasRight && right - t <= maxLagMs)) {
          const p = target[k]!;
          if (marks[p] === 0) {
            marks[p] = 1;
            count++;
          }
        }
      }
      s = e;
    }
  }
  return count;
}
