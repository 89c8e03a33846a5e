import { describe, expect, it } from 'vitest';
import { ACCOUNT_AGGREGATE_ORDER, GROUP_ORDER } from '../../src/report/schema-order.js';
import { toJSON } from '../../src/report/to-json.js';
import type { SwarmReport } from '../../src/report/types.js';
import { reportSmall } from '../fixtures/report-small.js';

/** Rebuild an object with its keys in reverse insertion order, deeply. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
  return v;
}

describe('toJSON', () => {
  it('returns 2-space pretty JSON that parses back to the same report', () => {
    const text = toJSON(reportSmall);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "generator": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(reportSmall);
  });

  it('returns the same bytes whatever order the fields were assembled in', () => {
    const shuffled = reversed(reportSmall) as SwarmReport;
    expect(Object.keys(shuffled)[0]).toBe('edges');
    expect(toJSON(shuffled)).toBe(toJSON(reportSmall));
  });

  it('puts keys in schema order at every level', () => {
    const parsed = JSON.parse(toJSON(reversed(reportSmall) as SwarmReport)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'generator', 'options', 'input', 'windows', 'swarms', 'accounts', 'edges']);
    const swarm = (parsed['swarms'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(swarm)).toEqual(['id', 'firstSeen', 'lastSeen', 'windows', 'events', 'members', 'coreMembers', 'hashtags', 'significance', 'group', 'collectiveInfluencerWindows', 'persistence']);
    expect(Object.keys(swarm['group'] as object)).toEqual([...GROUP_ORDER]);
    const account = (parsed['accounts'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(account)).toEqual(['account', 'posts', 'swarmId', 'individual']);
    expect(Object.keys(account['individual'] as object)).toEqual([...ACCOUNT_AGGREGATE_ORDER]);
    const rejection = ((parsed['input'] as Record<string, unknown>)['firstRejected'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(rejection)).toEqual(['index', 'line', 'code', 'field', 'expected', 'received', 'message']);
  });

  it('keeps fields it does not know, after the known ones', () => {
    const extra = { ...reportSmall, swarms: [{ ...reportSmall.swarms[0]!, group: { novel: 1, ...reportSmall.swarms[0]!.group } }] } as unknown as SwarmReport;
    const group = (JSON.parse(toJSON(extra)) as { swarms: { group: Record<string, unknown> }[] }).swarms[0]!.group;
    expect(Object.keys(group).at(-1)).toBe('novel');
  });
});
