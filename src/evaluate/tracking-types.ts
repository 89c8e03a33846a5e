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
  /** Swarms before the event (merges and splits; `lineage: 'dominant'` needs it). */
  readonly from?: readonly string[];
  /** Swarms after the event (merges and splits; `lineage: 'dominant'` needs it). */
  readonly to?: readonly string[];
}

/**
 * How a window labels a planted swarm with a tracked id: `'majority'` (default; METRICS.md §5.4
 * "the majority predicted id"), the id that holds more than half of its active members, and no
 * label otherwise (a match threshold, as in multi-object tracking's overlap ≥ 0.5);
 * `'plurality'`, the id most of its active members that sit in a tracked swarm carry (one such
 * member is enough: a window where the swarm is missed but one member it shares with another
 * swarm was flagged is labelled with that other swarm's id).
 */
export type IdentityMatch = 'plurality' | 'majority';

/**
 * Which planted swarms are one identity: `'dominant'` (default), METRICS.md §4.3's rule applied
 * to the planted events (a merge continues its predecessor with the highest Jaccard with the
 * result, a split continues in its successor with the highest Jaccard with the parent), scored as
 * one lineage (`truthId` 'S05+S11'); `'planted'`, every planted id (the generator's convention: a
 * merge or a split starts new swarms — under it a tracker that follows §4.3 misses the lifespans
 * of both sides of every merge and split by construction).
 */
export type LineageConvention = 'planted' | 'dominant';

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
  /** How a window labels a planted swarm with a tracked id (ids, switches, purity, lifespans). @default 'majority' */
  readonly identity?: IdentityMatch;
  /**
   * Which planted swarms are one identity (ids, switches, purity, lifespans). @default 'dominant'
   * when every planted merge and split names its `from` and `to` swarms, else 'planted' (the one
   * used is in the scores' `conventions`); asked for explicitly, 'dominant' requires them.
   */
  readonly lineage?: LineageConvention;
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
  /** Mean number of distinct tracked ids a planted swarm (or lineage) is labelled with (1 = one id); null without any labelled. */
  readonly meanTrackedIds: number | null;
  /**
   * Share of planted swarms seen at all whose majority tracked id's lifespan (first window start
   * to last window end) is within a day of the planted swarm's active span at both ends; null
   * without planted swarms seen.
   */
  readonly lifespansWithinDay: number | null;
  /** The conventions the identity scores were computed under (the defaults resolved). */
  readonly conventions: { readonly identity: IdentityMatch; readonly lineage: LineageConvention };
  /** Per planted swarm, sorted by id. */
  readonly swarms: readonly {
    /** The planted id, or the lineage's ids joined by '+' (`lineage: 'dominant'`). */
    readonly truthId: string;
    /** The planted swarms scored as this identity (one, or a lineage's in id order). */
    readonly plantedIds: readonly string[];
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
