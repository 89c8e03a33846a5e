/**
 * One analysed window, tracked and recorded: the sequential part of a run, in window order, and
 * what {@link analyzeStream} yields for it.
 */
import type { SwarmCandidate } from '../swarms/index.js';
import type { createSwarmTracker, TrackedSwarm } from '../track/index.js';
import { relabelWindowInfluence } from '../track/index.js';
import type { GroupInfluence, IndividualInfluence } from '../influence/index.js';
import type { RunState } from './run-state.js';
import type { WindowOutcome } from './window-outcome.js';
import type { SwarmEventReport, WindowReport } from '../report/index.js';

/** A swarm present in a closed window, under its tracked id. */
export interface WindowSwarmUpdate {
  readonly id: string;
  readonly candidate: SwarmCandidate;
  readonly group: GroupInfluence | null;
}

/** One closed window, as {@link analyzeStream} yields it. */
export interface AnalyzeUpdate {
  readonly window: WindowReport;
  /** Swarms (isSwarm) of the window with their tracked ids and group influence. */
  readonly swarms: readonly WindowSwarmUpdate[];
  /** Candidates that failed the significance rule, with their reasons. */
  readonly rejectedCandidates: readonly SwarmCandidate[];
  /** Tracking events of this window. */
  readonly events: readonly (SwarmEventReport & { readonly swarmIds: readonly string[] })[];
  /** Individual influence of the window's accounts. */
  readonly accounts: readonly IndividualInfluence[];
  /** Tracked swarms alive after this window. */
  readonly active: readonly TrackedSwarm[];
}

/** Track one analysed window and record it: the sequential part of the run, in window order. */
export function trackWindow(outcome: WindowOutcome, tracker: ReturnType<typeof createSwarmTracker>, state: RunState): AnalyzeUpdate {
  const detected = outcome.detected;
  const update = tracker.update(detected);
  // Tracked id of each candidate matched in this window.
  const idOf = new Map<string, string>();
  for (const s of update.active) {
    if (s.lastSeen === outcome.index) idOf.set(s.candidateKeys[s.candidateKeys.length - 1]!, s.id);
  }
  const swarms = detected.candidates.filter((c) => c.significance.isSwarm && idOf.has(c.key));
  const scores = outcome.scores === null ? null : relabelWindowInfluence(outcome.scores, idOf);
  const groups = scores?.swarms ?? [];
  const row = state.addWindow(outcome, swarms.map((c) => idOf.get(c.key)!));
  state.addScores(outcome.index, scores?.accounts.accounts ?? [], groups);
  const groupById = new Map(groups.map((g) => [g.swarmId, g]));
  return {
    window: row,
    swarms: swarms.map((c) => ({ id: idOf.get(c.key)!, candidate: c, group: groupById.get(idOf.get(c.key)!) ?? null })),
    rejectedCandidates: detected.candidates.filter((c) => !c.significance.isSwarm),
    events: update.events.map((e) => ({ ...state.eventReport(e, ''), swarmIds: e.swarmIds })),
    accounts: scores?.accounts.accounts ?? [],
    active: update.active,
  };
}

