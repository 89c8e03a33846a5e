/**
 * Incremental swarm tracking across windows (METRICS.md §3.6, §4): Greene
 * matching (match-communities.ts), the events of §4.2 and stable ids
 * `swarm-<first window>-<n>` (§4.3). Only candidates with isSwarm are tracked.
 *
 * Events per window, in this order: for each swarm in candidate order, `birth`
 * (no predecessor), `merge` (≥ 2 predecessors; the other predecessors die with
 * `fromIds = [absorbing id]`), or — one predecessor with one successor —
 * `growth` / `contraction` (size ratio ≥ 1 + ε / ≤ 1 − ε) else `continuation`;
 * then `split` for every tracked swarm with ≥ 2 successors (the most similar
 * successor keeps the id, the others are born with `parentId`); `resurgence` in
 * addition when an id is matched after unmatched windows; finally `death` of swarms
 * missed in deathAge windows. A window that overlaps the swarm's last matched window shares
 * posts with it and is not a miss: with tumbling windows this is Greene's death age, with
 * 24 h windows every 6 h a swarm dies 36 h after its last match starts (not 18 h, inside the
 * gap between two bursts of a swarm that posts a few times a day). A swarm that matches no front
 * may rejoin a live tracked swarm that no other swarm continues, by the share of
 * its members that have been that swarm's members (`rejoinShare`): its event is
 * then growth / contraction / continuation against that swarm's front.
 */
import { compareStrings } from '../_lib/compare.js';
import { InvalidOptionsError } from '../errors.js';
import { matchCommunities } from './match-communities.js';
import type { WindowSwarms } from '../swarms/index.js';
import { resolveTrackingOptions } from './options.js';
import type { SwarmEvent, SwarmTracker, TrackedSwarm, TrackerUpdate, TrackingOptions } from './types.js';

interface State {
  readonly id: string;
  readonly firstSeen: number;
  readonly windows: number[];
  readonly membersByWindow: (readonly string[])[];
  readonly candidateKeys: string[];
  readonly events: SwarmEvent[];
  readonly parentId: string | undefined;
  /** Every account that has been a member in any window. */
  readonly everMember: Set<string>;
  front: ReadonlySet<string>;
  /** Span of the last matched window, epoch ms. */
  lastStartMs: number;
  lastEndMs: number;
  dead: boolean;
}

/**
 * For each swarm that matched no front (so it inherits no id either), the live tracked swarm
 * without a successor in this window that holds the largest share (≥ `share`) of its members
 * among its past members (ties: the smaller id); each tracked swarm is rejoined at most once, in
 * candidate order.
 */
function rejoin(
  members: readonly (readonly string[])[],
  matched: (i: number) => boolean,
  live: readonly State[],
  continued: ReadonlySet<string>,
  share: number,
): (string | undefined)[] {
  const out: (string | undefined)[] = members.map(() => undefined);
  if (share <= 0) return out;
  const taken = new Set(continued);
  members.forEach((ms, i) => {
    if (matched(i) || ms.length === 0) return;
    let best: string | undefined;
    let bestShare = share;
    for (const s of live) {
      if (taken.has(s.id)) continue;
      let inter = 0;
      for (const m of ms) if (s.everMember.has(m)) inter++;
      const x = inter / ms.length;
      if (x > bestShare || (x === bestShare && best === undefined)) {
        best = s.id;
        bestShare = x;
      }
    }
    if (best !== undefined) {
      out[i] = best;
      taken.add(best);
    }
  });
  return out;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let k = 0;
  for (const x of b) if (set.has(x)) k++;
  return k / (a.length + b.length - k);
}

function snapshot(s: State, coreShare: number): TrackedSwarm {
  const count = new Map<string, number>();
  for (const ms of s.membersByWindow) for (const a of ms) count.set(a, (count.get(a) ?? 0) + 1);
  const members = [...count.keys()].sort(compareStrings);
  const lifetime = s.windows.length;
  let retention = 0;
  for (let i = 1; i < lifetime; i++) retention += jaccard(s.membersByWindow[i - 1]!, s.membersByWindow[i]!);
  return {
    id: s.id,
    firstSeen: s.firstSeen,
    lastSeen: s.windows[lifetime - 1]!,
    windows: [...s.windows],
    membersByWindow: [...s.membersByWindow],
    candidateKeys: [...s.candidateKeys],
    members,
    coreMembers: members.filter((a) => count.get(a)! >= coreShare * lifetime),
    events: [...s.events],
    lifetime,
    memberRetention: lifetime > 1 ? retention / (lifetime - 1) : null,
    ...(s.parentId === undefined ? {} : { parentId: s.parentId }),
    status: s.dead ? 'dead' : 'active',
  };
}

/**
 * Windows since a swarm's last match that missed it without overlapping that match: the index
 * gap less the windows that overlap the last matched one (windows of equal length and step; the
 * step is read from the two windows' starts). Without usable spans, the index gap.
 */
function misses(s: State, ws: WindowSwarms, k: number): number {
  const gap = k - s.windows.at(-1)!;
  const step = (ws.startMs - s.lastStartMs) / gap;
  const overlapping = step > 0 ? Math.max(0, Math.ceil((s.lastEndMs - s.lastStartMs) / step) - 1) : 0;
  return gap - overlapping;
}

/**
 * Create an incremental tracker; feed it windows in increasing index order.
 * @param options {@link TrackingOptions}; defaults in `DEFAULT_TRACKING_OPTIONS`.
 * @returns `{ update(windowSwarms), finish() }`.
 * @throws {InvalidOptionsError} on a bad option, or when `update` receives a
 *   window index not greater than the previous one (option `windowIndex`).
 * @example
 * const tracker = createSwarmTracker();
 * for (const w of windows) tracker.update(w).events;
 * const { swarms } = tracker.finish();
 */
export function createSwarmTracker(options?: TrackingOptions): SwarmTracker {
  const o = resolveTrackingOptions(options);
  const states = new Map<string, State>();
  const allEvents: SwarmEvent[] = [];
  let lastIndex = -Infinity;
  return {
    update(ws: WindowSwarms): TrackerUpdate {
      const k = ws.windowIndex;
      if (!(k > lastIndex)) throw new InvalidOptionsError('tracking', 'windowIndex', k, `an index greater than ${lastIndex}`);
      lastIndex = k;
      const swarms = ws.candidates.filter((c) => c.significance.isSwarm);
      const liveStates = [...states.values()].filter((s) => !s.dead).sort((a, b) => compareStrings(a.id, b.id));
      const live = new Map(liveStates.map((s) => [s.id, s.front]));
      const { pred, succ, inherits } = matchCommunities(swarms.map((c) => c.members), live, o.threshold, o.similarity);
      const events: SwarmEvent[] = [];
      const emit = (e: SwarmEvent, ids: readonly string[]): void => {
        events.push(e);
        for (const id of ids) states.get(id)?.events.push(e);
      };
      const rejoined = rejoin(swarms.map((c) => c.members), (i) => pred[i]!.length > 0, liveStates, new Set(succ.keys()), o.rejoinShare);
      let n = 0;
      const ids = swarms.map((c, i) => {
        const inherited = inherits[i] ?? rejoined[i];
        const id = inherited ?? `swarm-${k}-${n++}`;
        const prior = states.get(id);
        if (prior === undefined) {
          const parent = pred[i]![0]?.id;
          states.set(id, {
            id, firstSeen: k, windows: [], membersByWindow: [], candidateKeys: [], events: [], parentId: parent, everMember: new Set(), front: new Set(), lastStartMs: NaN, lastEndMs: NaN, dead: false,
          });
        }
        return id;
      });
      const previousSeen = new Map(ids.map((id) => [id, states.get(id)!.windows.at(-1)]));
      swarms.forEach((c, i) => {
        const id = ids[i]!;
        const preds = pred[i]!;
        // One swarm going on (matched alone, or rejoined): its size against its front.
        const goesOn = rejoined[i] !== undefined || (preds.length === 1 && succ.get(preds[0]!.id)!.length === 1 && inherits[i] !== undefined);
        if (goesOn) {
          const ratio = c.members.length / states.get(id)!.front.size;
          const type = ratio >= 1 + o.sizeChange ? 'growth' : ratio <= 1 - o.sizeChange ? 'contraction' : 'continuation';
          emit({ type, windowIndex: k, swarmIds: [id] }, [id]);
        } else if (preds.length === 0) emit({ type: 'birth', windowIndex: k, swarmIds: [id] }, [id]);
        else if (preds.length >= 2) {
          const from = preds.map((m) => m.id).sort(compareStrings);
          emit({ type: 'merge', windowIndex: k, swarmIds: [id], fromIds: from }, [id, ...from.filter((f) => f !== id)]);
        }
      });
      for (const [from, list] of [...succ].sort(([a], [b]) => compareStrings(a, b))) {
        if (list.length < 2) continue;
        const children = list.map((m) => ids[m.c]!);
        emit({ type: 'split', windowIndex: k, swarmIds: children, fromIds: [from] }, [from, ...children.filter((c) => c !== from)]);
      }
      swarms.forEach((c, i) => {
        const s = states.get(ids[i]!)!;
        const seen = previousSeen.get(s.id);
        if (seen !== undefined && k - seen >= 2) emit({ type: 'resurgence', windowIndex: k, swarmIds: [s.id] }, [s.id]);
        s.windows.push(k);
        s.membersByWindow.push(c.members);
        for (const m of c.members) s.everMember.add(m);
        s.candidateKeys.push(c.key);
        s.front = new Set(c.members);
        s.lastStartMs = ws.startMs;
        s.lastEndMs = ws.endMs;
      });
      const matchedIds = new Set(ids);
      for (const s of liveStates) {
        const id = s.id;
        if (matchedIds.has(id)) continue;
        const absorbed = succ.get(id)?.map((m) => ids[m.c]!);
        if (absorbed !== undefined) {
          emit({ type: 'death', windowIndex: k, swarmIds: [id], fromIds: [...new Set(absorbed)].sort(compareStrings) }, [id]);
          s.dead = true;
        } else if (misses(s, ws, k) >= o.deathAge) {
          emit({ type: 'death', windowIndex: k, swarmIds: [id] }, [id]);
          s.dead = true;
        }
      }
      allEvents.push(...events);
      const active = [...states.values()].filter((s) => !s.dead).sort((a, b) => compareStrings(a.id, b.id));
      return { windowIndex: k, events, active: active.map((s) => snapshot(s, o.coreShare)) };
    },
    finish() {
      const swarms = [...states.values()]
        .sort((a, b) => a.firstSeen - b.firstSeen || compareStrings(a.id, b.id))
        .map((s) => snapshot(s, o.coreShare));
      return { swarms, events: [...allEvents] };
    },
  };
}
