/**
 * Concentration: collective vs star-driven (METRICS.md §3.7) [Proposed]. With member contributions
 * X_i (adoption credit from swarmLift when any was earned, else the member's posts on H_S) and
 * σ_i = X_i / Σ_j X_j over the m members:
 *   effectiveContributors = 1 / Σ σ_i²  (inverse Herfindahl, in [1, m])
 *   collectiveness        = (effectiveContributors − 1)/(m − 1)  (1 = perfectly shared; null for m < 2)
 *   topMemberShare        = max σ_i
 */

/** Concentration metrics of a group. */
export interface ConcentrationScores {
  readonly contributionBasis: 'adoption-credit' | 'posts' | null;
  readonly effectiveContributors: number | null;
  readonly collectiveness: number | null;
  readonly topMemberShare: number | null;
}

/** Concentration of contributions `x` (one per member, zeros included). */
export function concentrationOf(x: ArrayLike<number>): Omit<ConcentrationScores, 'contributionBasis'> {
  let total = 0;
  for (let i = 0; i < x.length; i++) total += x[i]!;
  if (!(total > 0)) return { effectiveContributors: null, collectiveness: null, topMemberShare: null };
  let squares = 0;
  let top = 0;
  for (let i = 0; i < x.length; i++) {
    const s = x[i]! / total;
    squares += s * s;
    top = Math.max(top, s);
  }
  const effective = 1 / squares;
  return {
    effectiveContributors: effective,
    collectiveness: x.length > 1 ? Math.min(1, Math.max(0, (effective - 1) / (x.length - 1))) : null,
    topMemberShare: top,
  };
}

/** Pick the contribution basis and compute the concentration metrics. */
export function scoreConcentration(credit: ArrayLike<number>, posts: ArrayLike<number>): ConcentrationScores {
  let creditSum = 0;
  for (let i = 0; i < credit.length; i++) creditSum += credit[i]!;
  if (creditSum > 0) return { contributionBasis: 'adoption-credit', ...concentrationOf(credit) };
  const fromPosts = concentrationOf(posts);
  return { contributionBasis: fromPosts.effectiveContributors === null ? null : 'posts', ...fromPosts };
}
