/**
 * Types of the evaluate stage. Inputs are minimal structural types so that the report's
 * `swarms` array (DESIGN.md §6), the swarms stage's tracking result and the synthetic
 * truth all fit without conversion.
 */

/** A detected swarm: id and members (per-window membership optional, for tracking). */
export interface DetectedSwarm {
  readonly id: string;
  readonly members: readonly string[];
  /** Window indexes where the swarm was seen (same order as `membersByWindow`). */
  readonly windows?: readonly number[];
  /** Members per window in `windows`; `members` is used for every window when absent. */
  readonly membersByWindow?: readonly (readonly string[])[];
}

/** Detections: a list of swarms or any object with a `swarms` list (a report, a tracking result). */
export type DetectedSwarms = readonly DetectedSwarm[] | { readonly swarms: readonly DetectedSwarm[] };

/** A planted (true) swarm; the generator's `SwarmTruth` fits. */
export interface TrueSwarm {
  readonly id: string;
  readonly members: readonly string[];
  readonly activeFrom?: number;
  readonly activeTo?: number;
  /** Membership periods (for growth); `members` over the active period when absent. */
  readonly membership?: readonly { readonly fromMs: number; readonly toMs: number; readonly members: readonly string[] }[];
}

/** Ground truth: the generator's `ScenarioTruth` fits, or a minimal `{ swarms }`. */
export interface TruthLike {
  readonly swarms: readonly TrueSwarm[];
}

/** Options of {@link evaluateSwarms}. */
export interface EvaluateOptions {
  /** Jaccard a planted swarm's best match needs to count as recovered. @default 0.5 */
  readonly jaccardThreshold?: number;
}

/** Resolved {@link EvaluateOptions}. */
export type ResolvedEvaluateOptions = { readonly [K in keyof EvaluateOptions]-?: NonNullable<EvaluateOptions[K]> };

/** Precision, recall and F1; `null` where the ratio is 0/0. */
export interface PrecisionRecall {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** Best match of one planted swarm. */
export interface SwarmMatch {
  readonly truthId: string;
  /** Detected swarm with the highest Jaccard (ties: smaller id), or null if none overlaps. */
  readonly detectedId: string | null;
  readonly jaccard: number;
  readonly f1: number;
  readonly recovered: boolean;
}

/** Scores of {@link evaluateSwarms} (METRICS.md §5.1–§5.3). */
export interface SwarmScores {
  /** Sizes: planted members, detected members, `V*` (their union). */
  readonly counts: {
    readonly trueSwarms: number;
    readonly detectedSwarms: number;
    readonly trueAccounts: number;
    readonly detectedAccounts: number;
    readonly evaluatedAccounts: number;
  };
  /** Partition agreement on `V*` with a shared `none` cluster; `null` when `V*` is empty. */
  readonly nmi: number | null;
  readonly ami: number | null;
  readonly ari: number | null;
  /** Yang & Leskovec best-match F1; null when there are neither planted nor detected swarms. */
  readonly bestMatchF1: number | null;
  /** Share of planted swarms whose best match has Jaccard ≥ threshold; null without planted swarms. */
  readonly swarmRecall: number | null;
  /** Pair-counting precision/recall over member pairs in the same swarm. */
  readonly pairs: PrecisionRecall;
  /** Account-level detection (flagged = any detected member). */
  readonly accounts: PrecisionRecall & { readonly truePositives: number };
  /** One row per planted swarm, sorted by id. */
  readonly matches: readonly SwarmMatch[];
  readonly options: ResolvedEvaluateOptions;
}
