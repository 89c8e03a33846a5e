/**
 * Types of {@link evaluateTracking}: detected events as the swarms stage emits them
 * (`{ type, windowIndex, swarmIds, fromIds? }`), planted events as the generator emits them
 * (`{ type, timeMs, swarms }`), and the scores.
 */
import type { PrecisionRecall, TruthLike } from './types.js';

/** A window's span; the windows stage's `Window` fits. */
export interface WindowSpan {
  readonly index: number;
  readonly startMs: number;
  readonly endMs: number;
}

/** A detected tracking event. */
export interface DetectedEvent {
  readonly type: string;
  readonly windowIndex: number;
  readonly swarmIds: readonly string[];
  readonly fromIds?: readonly string[];
}

/** A planted event. */
export interface PlantedEvent {
  readonly type: string;
  readonly timeMs: number;
  readonly swarms: readonly string[];
}

/** Truth with events (the generator's `ScenarioTruth` fits). */
export interface EventTruthLike extends TruthLike {
  readonly events: readonly PlantedEvent[];
}

/** Options of {@link evaluateTracking}. */
export interface EvaluateTrackingOptions {
  /** The analysis windows (index and span). Required. */
  readonly windows: readonly WindowSpan[];
  /** Window distance allowed between a detected and a planted event. @default 1 */
  readonly toleranceWindows?: number;
  /** Jaccard a detected swarm needs with a planted swarm to correspond to it. @default 0.2 */
  readonly matchJaccard?: number;
  /** Event types scored. @default ['birth', 'death', 'merge', 'split', 'growth'] */
  readonly eventTypes?: readonly string[];
}

/** Event precision/recall/F1 with the counts behind it. */
export type EventScore = PrecisionRecall & { readonly planted: number; readonly detected: number; readonly matched: number };

/** Result of {@link evaluateTracking}. */
export interface TrackingScores {
  readonly events: { readonly byType: Readonly<Record<string, EventScore>>; readonly overall: EventScore };
  /** Sum of id switches over planted swarms. */
  readonly idSwitches: number;
  /** Mean id purity over planted swarms; null without planted swarms. */
  readonly idPurity: number | null;
  /** Mean number of distinct tracked ids a planted swarm is seen under (1 = one id); null without planted swarms seen. */
  readonly meanTrackedIds: number | null;
  /**
   * Share of planted swarms seen at all whose majority tracked id's lifespan (first window start
   * to last window end) is within a day of the planted swarm's active span at both ends; null
   * without planted swarms seen.
   */
  readonly lifespansWithinDay: number | null;
  /** Per planted swarm, sorted by id. */
  readonly swarms: readonly {
    readonly truthId: string;
    readonly activeWindows: number;
    readonly majorityId: string | null;
    readonly idSwitches: number;
    readonly idPurity: number;
    /** Distinct tracked ids over its active windows (0 when never seen). */
    readonly trackedIds: number;
    /** Largest gap, ms, between its active span and its majority id's lifespan (start or end); null when never seen. */
    readonly lifespanErrorMs: number | null;
  }[];
}
