/**
 * Tracking scores (METRICS.md §5.4).
 * - Event F1 per type: a planted event at time `T` is expected in window `τ(T)` (see
 *   `windowOfTime`: the window holding `T` whose centre is nearest); a detected event matches it when the types agree, its window
 *   is within `toleranceWindows` of `τ(T)`, and one of its swarms corresponds to one of the
 *   planted event's swarms (a detected swarm corresponds to every planted swarm whose member
 *   union it overlaps with Jaccard ≥ `matchJaccard`). Matching is one-to-one, nearest first.
 * - `idSwitches`: times the majority detected id of a planted swarm's active members changes
 *   between consecutive labelled windows; `idPurity`: share of the planted swarm's active
 *   windows labelled with its most frequent id.
 * - Defaults follow METRICS.md: a window's label is the id holding a majority of the planted
 *   swarm's active members (§5.4 "the majority predicted id"), and a planted merge or split is read
 *   with §4.3's rule (its dominant side continues) — the rule the tracker is built to.
 */
import { compareStrings } from '../_lib/compare.js';
import { checkEnum, checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import { InvalidOptionsError } from '../errors.js';
import { overlapCounts } from './match-scores.js';
import { detectedList } from './labels.js';
import { precisionRecall } from './account-scores.js';
import { membersInWindow, windowOfTime } from './truth-windows.js';
import type { DetectedSwarm, PrecisionRecall, TrueSwarm, TruthLike } from './types.js';
import type { DetectedEvent, EventTruthLike, EvaluateTrackingOptions, IdentityMatch, LineageConvention, PlantedEvent, TrackingScores, WindowSpan } from './tracking-types.js';

const DAY_MS = 86_400_000;

/** Planted event types scored by default. */
export const DEFAULT_EVENT_TYPES: readonly string[] = Object.freeze(['birth', 'death', 'merge', 'split', 'growth']);

function collectEvents(detected: { readonly swarms: readonly DetectedSwarm[]; readonly events?: readonly DetectedEvent[] }): DetectedEvent[] {
  if (detected.events !== undefined) return [...detected.events];
  const seen = new Map<string, DetectedEvent>();
  for (const swarm of detected.swarms as readonly (DetectedSwarm & { events?: readonly DetectedEvent[] })[]) {
    for (const e of swarm.events ?? []) seen.set(JSON.stringify([e.type, e.windowIndex, e.swarmIds, e.fromIds ?? []]), e);
  }
  return [...seen.values()];
}

/**
 * Score tracked swarms and their events against the planted dynamics.
 * @param detected tracking result or report: `{ swarms, events? }` (events gathered from `swarms[].events` when absent)
 * @param truth planted swarms and events (the generator's truth)
 * @param options `windows` (required: index, startMs, endMs), `toleranceWindows` (1), `matchJaccard` (0.2), `eventTypes`
 * @returns per-type and overall event precision/recall/F1, id switches and id purity
 * @throws {InvalidOptionsError} on missing windows or bad options
 * @example
 * evaluateTracking({ swarms, events }, truth, { windows }).events.overall.f1;
 */
export function evaluateTracking(
  detected: { readonly swarms: readonly DetectedSwarm[]; readonly events?: readonly DetectedEvent[] },
  truth: EventTruthLike,
  options: EvaluateTrackingOptions,
): TrackingScores {
  const raw = checkOptionsObject('evaluate', options);
  checkKnownKeys('evaluate', raw, ['windows', 'toleranceWindows', 'matchJaccard', 'eventTypes', 'identity', 'lineage']);
  const windows = options.windows;
  if (!Array.isArray(windows) || windows.length === 0) throw new InvalidOptionsError('evaluate', 'windows', windows, 'a non-empty array of { index, startMs, endMs }');
  const tolerance = checkNumber('evaluate', 'toleranceWindows', options.toleranceWindows ?? 1, { integer: true, min: 0 });
  const matchJaccard = checkNumber('evaluate', 'matchJaccard', options.matchJaccard ?? 0.2, { gt: 0, max: 1 });
  const types = options.eventTypes ?? DEFAULT_EVENT_TYPES;
  const identity = checkEnum('evaluate', 'identity', options.identity ?? 'majority', ['plurality', 'majority'] as const);
  // By default §4.3's lineages, unless the planted merges and splits do not say which swarms
  // they join (then each planted id, reported in `conventions`); asked for, they must.
  const lineage = checkEnum('evaluate', 'lineage', options.lineage ?? (lineageGap(truth) === undefined ? 'dominant' : 'planted'), ['planted', 'dominant'] as const);
  const swarms = detectedList(detected);
  const correspond = correspondence(truth, swarms, matchJaccard);
  const predicted = collectEvents(detected).filter((e) => types.includes(e.type));
  const planted = truth.events.filter((e) => types.includes(e.type));
  const candidates: { t: number; p: number; gap: number }[] = [];
  planted.forEach((te, t) => {
    const tau = windowOfTime(windows, te.timeMs);
    predicted.forEach((pe, p) => {
      const gap = Math.abs(pe.windowIndex - tau);
      if (pe.type !== te.type || gap > tolerance) return;
      const ids = [...pe.swarmIds, ...(pe.fromIds ?? [])].flatMap((id) => correspond.get(id) ?? []);
      if (ids.some((id) => te.swarms.includes(id))) candidates.push({ t, p, gap });
    });
  });
  candidates.sort((x, y) => x.gap - y.gap || x.t - y.t || x.p - y.p);
  const usedT = new Set<number>();
  const usedP = new Set<number>();
  for (const c of candidates) {
    if (usedT.has(c.t) || usedP.has(c.p)) continue;
    usedT.add(c.t);
    usedP.add(c.p);
  }
  const byType: Record<string, PrecisionRecall & { readonly planted: number; readonly detected: number; readonly matched: number }> = {};
  for (const type of types) {
    const tIdx = planted.map((e, i) => (e.type === type ? i : -1)).filter((i) => i >= 0);
    const pIdx = predicted.map((e, i) => (e.type === type ? i : -1)).filter((i) => i >= 0);
    const matched = tIdx.filter((i) => usedT.has(i)).length;
    byType[type] = { ...precisionRecall(matched, pIdx.length, tIdx.length), planted: tIdx.length, detected: pIdx.length, matched };
  }
  const ids = identityScores(lineages(truth, lineage), swarms, windows, identity);
  const seen = ids.filter((x) => x.trackedIds > 0);
  return {
    events: { byType, overall: { ...precisionRecall(usedT.size, predicted.length, planted.length), planted: planted.length, detected: predicted.length, matched: usedT.size } },
    idSwitches: ids.reduce((s, x) => s + x.idSwitches, 0),
    idPurity: ids.length > 0 ? ids.reduce((s, x) => s + x.idPurity, 0) / ids.length : null,
    meanTrackedIds: seen.length > 0 ? seen.reduce((s, x) => s + x.trackedIds, 0) / seen.length : null,
    lifespansWithinDay: seen.length > 0 ? seen.filter((x) => x.lifespanErrorMs! <= DAY_MS).length / seen.length : null,
    swarms: ids,
    conventions: { identity, lineage },
  };
}

/** The first planted merge or split that does not name the planted swarms before and after it. */
function lineageGap(truth: EventTruthLike): PlantedEvent | undefined {
  const known = new Set(truth.swarms.map((s) => s.id));
  return truth.events.find((e) => (e.type === 'merge' || e.type === 'split')
    && ((e.from?.length ?? 0) === 0 || (e.to?.length ?? 0) === 0 || ![...e.from!, ...e.to!].every((id) => known.has(id))));
}

/** detected id → planted ids whose member unions overlap with Jaccard ≥ threshold. */
function correspondence(truth: TruthLike, swarms: readonly DetectedSwarm[], threshold: number): Map<string, string[]> {
  const overlaps = overlapCounts(swarms, truth.swarms);
  const out = new Map<string, string[]>();
  swarms.forEach((swarm, i) => {
    const size = new Set(swarm.members).size;
    const list: string[] = [];
    for (const [j, inter] of overlaps.get(i) ?? new Map<number, number>()) {
      const other = truth.swarms[j]!;
      if (inter / (size + new Set(other.members).size - inter) >= threshold) list.push(other.id);
    }
    out.set(swarm.id, list.sort(compareStrings));
  });
  return out;
}

/** One identity to score: a planted swarm, or a lineage of them. */
interface Identity {
  readonly id: string;
  readonly swarms: readonly TrueSwarm[];
}

function jaccardOf(a: TrueSwarm, b: TrueSwarm): number {
  const set = new Set(a.members);
  const other = new Set(b.members);
  let inter = 0;
  for (const m of other) if (set.has(m)) inter++;
  return inter / (set.size + other.size - inter);
}

/** The identities scored: each planted swarm, or (`'dominant'`) the lineages §4.3's rule makes of the planted merges and splits. */
function lineages(truth: EventTruthLike, convention: LineageConvention): Identity[] {
  const sorted = [...truth.swarms].sort((a, b) => compareStrings(a.id, b.id));
  if (convention === 'planted') return sorted.map((s) => ({ id: s.id, swarms: [s] }));
  const byId = new Map(sorted.map((s) => [s.id, s]));
  const parent = new Map(sorted.map((s) => [s.id, s.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const join = (a: string, b: string): void => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(compareStrings(ra, rb) < 0 ? rb : ra, compareStrings(ra, rb) < 0 ? ra : rb);
  };
  // The predecessor (merge) or successor (split) most similar to the other side continues it;
  // ties go to the first id.
  const dominant = (ids: readonly string[], other: TrueSwarm): string => {
    let best = '';
    let bestJaccard = -1;
    for (const id of [...ids].sort(compareStrings)) {
      const j = jaccardOf(byId.get(id)!, other);
      if (j > bestJaccard) {
        best = id;
        bestJaccard = j;
      }
    }
    return best;
  };
  const gap = lineageGap(truth);
  if (gap !== undefined) {
    throw new InvalidOptionsError('evaluate', 'lineage', 'dominant', `planted ${gap.type} events with 'from' and 'to' naming planted swarms (the one at ${gap.timeMs} has ${JSON.stringify({ from: gap.from, to: gap.to })})`);
  }
  const events = [...truth.events].sort((a, b) => a.timeMs - b.timeMs);
  for (const e of events) {
    if (e.type !== 'merge' && e.type !== 'split') continue;
    const from = e.from!;
    const to = e.to!;
    if (e.type === 'merge') join(dominant(from, byId.get(to[0]!)!), to[0]!);
    else join(from[0]!, dominant(to, byId.get(from[0]!)!));
  }
  const groups = new Map<string, TrueSwarm[]>();
  for (const s of sorted) {
    const r = root(s.id);
    const list = groups.get(r);
    if (list) list.push(s);
    else groups.set(r, [s]);
  }
  return [...groups.values()].map((swarms) => ({ id: swarms.map((s) => s.id).join('+'), swarms }));
}

/** The label of each identity per active window; switches, purity, ids and lifespan. */
function identityScores(identities: readonly Identity[], swarms: readonly DetectedSwarm[], windows: readonly WindowSpan[], match: IdentityMatch): TrackingScores['swarms'] {
  const ordered = [...windows].sort((a, b) => a.index - b.index);
  const byWindow = new Map<number, Map<string, string[]>>();
  for (const swarm of swarms) {
    const ws = swarm.windows ?? [];
    ws.forEach((w, k) => {
      const members = swarm.membersByWindow?.[k] ?? swarm.members;
      let map = byWindow.get(w);
      if (map === undefined) byWindow.set(w, (map = new Map()));
      for (const m of members) {
        const list = map.get(m);
        if (list === undefined) map.set(m, [swarm.id]);
        else list.push(swarm.id);
      }
    });
  }
  const spanOf = new Map<string, { startMs: number; endMs: number }>();
  const windowAt = new Map(ordered.map((w) => [w.index, w]));
  for (const swarm of swarms) {
    const ws = (swarm.windows ?? []).map((i) => windowAt.get(i)).filter((w): w is WindowSpan => w !== undefined);
    if (ws.length > 0) spanOf.set(swarm.id, { startMs: Math.min(...ws.map((w) => w.startMs)), endMs: Math.max(...ws.map((w) => w.endMs)) });
  }
  return identities.map((identity) => {
    const labels: (string | null)[] = [];
    let activeStart = Infinity;
    let activeEnd = -Infinity;
    for (const w of ordered) {
      const active = new Set<string>();
      for (const swarm of identity.swarms) for (const m of membersInWindow(swarm, w.startMs, w.endMs) ?? []) active.add(m);
      if (active.size === 0) continue;
      activeStart = Math.min(activeStart, w.startMs);
      activeEnd = Math.max(activeEnd, w.endMs);
      const counts = new Map<string, number>();
      const map = byWindow.get(w.index);
      for (const m of active) for (const id of map?.get(m) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
      const label = plurality(counts);
      labels.push(label !== null && (match === 'plurality' || 2 * counts.get(label)! > active.size) ? label : null);
    }
    const present = labels.filter((l): l is string => l !== null);
    let switches = 0;
    for (let k = 1; k < present.length; k++) if (present[k] !== present[k - 1]) switches++;
    const totals = new Map<string, number>();
    for (const l of present) totals.set(l, (totals.get(l) ?? 0) + 1);
    const majority = plurality(totals);
    const purity = labels.length > 0 && majority !== null ? (totals.get(majority) ?? 0) / labels.length : 0;
    const span = majority === null ? undefined : spanOf.get(majority);
    const lifespanErrorMs = span === undefined ? null : Math.max(Math.abs(span.startMs - activeStart), Math.abs(span.endMs - activeEnd));
    return {
      truthId: identity.id, plantedIds: identity.swarms.map((s) => s.id), activeWindows: labels.length, majorityId: majority,
      idSwitches: switches, idPurity: purity, trackedIds: totals.size, lifespanErrorMs,
    };
  });
}

function plurality(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [id, c] of counts) if (c > bestCount || (c === bestCount && best !== null && compareStrings(id, best) < 0)) { best = id; bestCount = c; }
  return best;
}
