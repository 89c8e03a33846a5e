/**
 * Planted membership seen through analysis windows: which members of a planted swarm are
 * active in `[startMs, endMs)`, and which window an instant belongs to.
 */
import { compareStrings } from '../_lib/compare.js';
import type { TrueSwarm } from './types.js';
import type { WindowSpan } from './tracking-types.js';

/**
 * Members of a planted swarm active in `[startMs, endMs)`: the union of the membership
 * periods overlapping it (or `members` over `[activeFrom, activeTo)`).
 * @param swarm a planted swarm
 * @param startMs window start (inclusive)
 * @param endMs window end (exclusive)
 * @returns sorted members, or `null` when the swarm is not active in the window
 * @example
 * membersInWindow({ id: 'S', members: ['a'], activeFrom: 0, activeTo: 10 }, 5, 20); // ['a']
 */
export function membersInWindow(swarm: TrueSwarm, startMs: number, endMs: number): string[] | null {
  const from = swarm.activeFrom ?? -Infinity;
  const to = swarm.activeTo ?? Infinity;
  if (from >= endMs || to <= startMs) return null;
  if (swarm.membership === undefined || swarm.membership.length === 0) return [...swarm.members].sort(compareStrings);
  const set = new Set<string>();
  for (const period of swarm.membership) {
    if (period.fromMs < endMs && period.toMs > startMs) for (const m of period.members) set.add(m);
  }
  return set.size > 0 ? [...set].sort(compareStrings) : null;
}

/**
 * The planted swarms active in a window with their active members (for per-window scoring).
 * @param truth planted swarms
 * @param startMs window start (inclusive)
 * @param endMs window end (exclusive)
 * @returns `{ swarms }` restricted to the window, usable as truth by `evaluateSwarms`
 * @example
 * truthInWindow(truth, windows[3].startMs, windows[3].endMs).swarms.length;
 */
export function truthInWindow(truth: { readonly swarms: readonly TrueSwarm[] }, startMs: number, endMs: number): { swarms: { id: string; members: string[] }[] } {
  const swarms: { id: string; members: string[] }[] = [];
  for (const swarm of truth.swarms) {
    const members = membersInWindow(swarm, startMs, endMs);
    if (members !== null) swarms.push({ id: swarm.id, members });
  }
  return { swarms };
}

/**
 * Window in which an instant is expected to show: among the windows containing `timeMs`
 * the one whose centre is nearest (for tumbling windows, the window holding it; for sliding
 * ones, the window centred on it); the nearest centre overall when none contains it.
 * Ties go to the smaller index.
 * @param windows the analysis windows (non-empty)
 * @param timeMs the instant, epoch ms
 * @returns a window index
 * @example
 * windowOfTime([{ index: 0, startMs: 0, endMs: 10 }, { index: 1, startMs: 10, endMs: 20 }], 10); // 1
 */
export function windowOfTime(windows: readonly WindowSpan[], timeMs: number): number {
  const holding = windows.filter((w) => w.startMs <= timeMs && timeMs < w.endMs);
  const pool = holding.length > 0 ? holding : windows;
  let best = pool[0]!;
  let bestGap = Infinity;
  for (const w of pool) {
    const gap = Math.abs((w.startMs + w.endMs) / 2 - timeMs);
    if (gap < bestGap || (gap === bestGap && w.index < best.index)) {
      best = w;
      bestGap = gap;
    }
  }
  return best.index;
}
