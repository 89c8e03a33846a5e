/**
 * JSON writer: the report as pretty-printed JSON (2-space indent) with every
 * object's keys in the schema order of DESIGN.md §6 (docs/report-schema.md), so
 * that equal reports give byte-identical files whatever order the fields were
 * assembled in. Free-form maps (`options`, `rejectedByCode`) have their keys
 * sorted.
 */
import { compareStrings } from '../_lib/compare.js';
import { orderKeys } from './fields.js';
import {
  ACCOUNT_AGGREGATE_ORDER, ACCOUNT_ORDER, ALONE_ORDER, PERSISTENCE_ORDER, EDGE_ORDER, EVENT_ORDER, GROUP_ORDER, HASHTAG_ORDER, INDIVIDUAL_ORDER, INPUT_ORDER, REJECTION_ORDER,
  SIGNIFICANCE_ORDER, STRONGEST_ORDER, SWARM_ORDER, TOP_ORDER, VOICE_ORDER, WINDOW_ORDER,
} from './schema-order.js';
import type { SwarmReport } from './types.js';

/** Objects with free-form keys (options, counts by code): keys sorted, deeply. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort(compareStrings);
  return Object.fromEntries(keys.map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
}

/** A group-influence record in schema order, nested records included. */
function groupOrdered(group: object | null): Record<string, unknown> | null {
  if (group === null) return null;
  const g = group as Readonly<Record<string, unknown>>;
  const voice = Array.isArray(g['shareOfVoice']) ? (g['shareOfVoice'] as object[]).map((v) => orderKeys(v, VOICE_ORDER)) : g['shareOfVoice'];
  const sm = g['strongestMember'];
  const strongest = sm !== null && typeof sm === 'object'
    ? orderKeys({ ...sm, individual: orderKeys((sm as { individual: object }).individual, INDIVIDUAL_ORDER), alone: orderKeys((sm as { alone: object }).alone, ALONE_ORDER) }, STRONGEST_ORDER)
    : sm;
  return orderKeys({ ...g, shareOfVoice: voice, strongestMember: strongest }, GROUP_ORDER);
}

/** The report with every object's keys in schema order (a plain JSON value). */
function canonical(report: SwarmReport): Record<string, unknown> {
  return orderKeys({
    ...report,
    generator: orderKeys(report.generator, ['name', 'version']),
    options: sortedKeys(report.options),
    input: orderKeys({ ...report.input, rejectedByCode: sortedKeys(report.input.rejectedByCode), firstRejected: report.input.firstRejected.map((r) => orderKeys(r, REJECTION_ORDER)) }, INPUT_ORDER),
    windows: report.windows.map((w) => orderKeys({
      ...w,
      crowdByHashtag: w.crowdByHashtag.map((c) => orderKeys(c, ['hashtag', 'posts'])),
      rejectedCandidates: w.rejectedCandidates.map((c) => orderKeys(c, ['members', 'reasons'])),
    }, WINDOW_ORDER)),
    swarms: report.swarms.map((s) => orderKeys({
      ...s,
      events: s.events.map((e) => orderKeys(e, EVENT_ORDER)),
      hashtags: s.hashtags.map((h) => orderKeys(h, HASHTAG_ORDER)),
      significance: orderKeys(s.significance, SIGNIFICANCE_ORDER),
      group: groupOrdered(s.group),
      persistence: orderKeys(s.persistence, PERSISTENCE_ORDER),
    }, SWARM_ORDER)),
    accounts: report.accounts.map((a) => orderKeys({ ...a, individual: orderKeys(a.individual, ACCOUNT_AGGREGATE_ORDER) }, ACCOUNT_ORDER)),
    edges: report.edges.map((e) => orderKeys(e, EDGE_ORDER)),
  }, TOP_ORDER);
}

/**
 * Serialise a report as stable, pretty JSON (2-space indent, keys in schema
 * order, trailing newline). Parse it back with `JSON.parse`.
 * @param report the report of {@link analyze}.
 * @returns the JSON text.
 * @throws never for a report built by the library (plain data only).
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('report.json', toJSON(await analyze('posts.ndjson')));
 */
export function toJSON(report: SwarmReport): string {
  return `${JSON.stringify(canonical(report), null, 2)}\n`;
}
