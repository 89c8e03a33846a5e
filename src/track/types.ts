/**
 * Types of the track stage: options, events and tracked swarms (METRICS.md §4).
 */
import type { WindowSwarms } from '../swarms/index.js';

/** Similarity of a window's swarm and a tracked swarm's front (METRICS.md §4.1). */
export type TrackingSimilarity = 'jaccard' | 'overlap';

/** Options of {@link trackSwarms} / {@link createSwarmTracker}. */
export interface TrackingOptions {
  /** Match when sim(C, front) > threshold (strict). @default 0.3 */
  readonly threshold?: number;
  /** `'jaccard'` |C∩F|/|C∪F| or `'overlap'` |C∩F|/min(|C|, |F|). @default 'jaccard' */
  readonly similarity?: TrackingSimilarity;
  /**
   * Windows without a match before a tracked swarm dies, not counting the windows that overlap
   * its last matched window (they share posts with it): with tumbling windows, deathAge
   * unmatched windows (Greene); with 24 h windows every 6 h, 3 + 3 windows. @default 3
   */
  readonly deathAge?: number;
  /** Relative size change ε separating growth/contraction from continuation. @default 0.1 */
  readonly sizeChange?: number;
  /** Share of a swarm's windows an account must be in to be a core member. @default 0.5 */
  readonly coreShare?: number;
  /**
   * A swarm that matches no front continues a live tracked swarm that no other swarm of the
   * window continues when at least this share of its members have been members of it (in any
   * window; the highest share wins; ties: the smaller id). The last window's front misses a
   * rotating roster whose detected subset changes; its past members do not. 0 = off. @default 0.8
   */
  readonly rejoinShare?: number;
}

/** {@link TrackingOptions} with every default filled in. */
export type ResolvedTrackingOptions = { readonly [K in keyof TrackingOptions]-?: NonNullable<TrackingOptions[K]> };

/** Event kinds (METRICS.md §4.2). */
export type SwarmEventType =
  | 'birth'
  | 'death'
  | 'continuation'
  | 'growth'
  | 'contraction'
  | 'merge'
  | 'split'
  | 'resurgence';

/** One tracking event. */
export interface SwarmEvent {
  readonly type: SwarmEventType;
  readonly windowIndex: number;
  /** The tracked swarm(s) the event is about (after the event). */
  readonly swarmIds: readonly string[];
  /** Predecessors: merged swarms (merge), the parent (split), absorbing swarm (death by merge). */
  readonly fromIds?: readonly string[];
}

/** A swarm followed across windows under a stable id (METRICS.md §4.3). */
export interface TrackedSwarm {
  /** `swarm-<first window index>-<n>`. */
  readonly id: string;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Window indexes where the swarm was matched, ascending. */
  readonly windows: readonly number[];
  /** Members per matched window (same order as `windows`), each sorted. */
  readonly membersByWindow: readonly (readonly string[])[];
  /** Candidate key per matched window (same order as `windows`). */
  readonly candidateKeys: readonly string[];
  /** Union of members, sorted. */
  readonly members: readonly string[];
  /** Accounts present in ≥ coreShare of the swarm's windows, sorted. */
  readonly coreMembers: readonly string[];
  /** Events touching this swarm, in window order. */
  readonly events: readonly SwarmEvent[];
  /** Windows in which the swarm was matched. */
  readonly lifetime: number;
  /** Mean Jaccard of consecutive member sets (Palla's C(t, t+1)); null with one window. */
  readonly memberRetention: number | null;
  /** Set when the swarm split off another one. */
  readonly parentId?: string;
  readonly status: 'active' | 'dead';
}

/** Result of one {@link SwarmTracker.update}. */
export interface TrackerUpdate {
  readonly windowIndex: number;
  readonly events: readonly SwarmEvent[];
  /** Swarms still alive after this window, sorted by id. */
  readonly active: readonly TrackedSwarm[];
}

/** Result of tracking a whole sequence. */
export interface TrackingResult {
  /** Every tracked swarm, sorted by firstSeen, then id. */
  readonly swarms: readonly TrackedSwarm[];
  /** All events, in window order. */
  readonly events: readonly SwarmEvent[];
}

/** Incremental tracker: feed windows in index order as they close. */
export interface SwarmTracker {
  update(windowSwarms: WindowSwarms): TrackerUpdate;
  finish(): TrackingResult;
}
