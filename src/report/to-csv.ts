/**
 * CSV writer: the report as six tidy tables (one row per entity), RFC 4180 with
 * formula neutralisation ({@link csvCell}). Lists inside a cell (hashtags,
 * window indexes, swarm ids) are joined with `|`.
 */
import { GROUP_FIELD_ORDER, GROUP_FIELD_SKIP, INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP, scalarColumns, scalarEntries, type Scalar } from './fields.js';
import { csvTable } from './csv-text.js';
import { swarmHeadlines } from './swarm-headlines.js';
import type { SwarmReport } from './types.js';

/** The file names {@link toCSV} produces, in order. */
export const CSV_FILES = Object.freeze([
  'swarms.csv', 'swarm_members.csv', 'accounts.csv', 'windows.csv', 'edges.csv', 'rejected.csv',
] as const);

/** One of {@link CSV_FILES}. */
export type CsvFileName = (typeof CSV_FILES)[number];

/** Avoid a clash between an influence field and a base column by prefixing it. */
function prefixed(base: readonly string[], fields: readonly string[], prefix: string): string[] {
  return fields.map((f) => (base.includes(f) ? `${prefix}_${f}` : f));
}

function valuesOf(record: unknown, columns: readonly string[], order: readonly string[], skip: readonly string[]): Scalar[] {
  const map = new Map(scalarEntries(record, order, skip));
  return columns.map((c) => map.get(c) ?? null);
}

function swarmsTable(report: SwarmReport): string {
  const base = ['id', 'parentId', 'firstSeen', 'lastSeen', 'windows', 'windowCount', 'size', 'coreSize', 'hashtags', 'topHashtagShare',
    'events', 'pValue', 'zTimeShift', 'zPermutation', 'isSwarm', 'lifetime', 'meanMemberRetention', 'stationarity',
    'collectiveInfluencerWindows', 'groupInfluence', 'strongestMember', 'strongestMemberInfluence'];
  const fields = scalarColumns(report.swarms.map((s) => s.group), GROUP_FIELD_ORDER, GROUP_FIELD_SKIP);
  const heads = swarmHeadlines(report);
  const rows = report.swarms.map((s, i) => [
    s.id, s.parentId ?? null, s.firstSeen, s.lastSeen, s.windows.join('|'), s.windows.length, s.members.length, s.coreMembers.length,
    s.hashtags.map((h) => h.hashtag).join('|'), s.hashtags[0]?.shareOfVoice ?? null,
    s.events.map((e) => `${e.type}@${e.window}${e.related.length > 0 ? `(${e.related.join(' ')})` : ''}`).join('|'),
    s.significance.pValue, s.significance.zTimeShift, s.significance.zPermutation, s.significance.isSwarm,
    s.persistence.lifetime, s.persistence.meanMemberRetention, s.persistence.stationarity, s.collectiveInfluencerWindows,
    heads[i]?.groupInfluence ?? null, heads[i]?.strongestMember ?? null, heads[i]?.memberInfluence ?? null,
    ...valuesOf(s.group, fields, GROUP_FIELD_ORDER, GROUP_FIELD_SKIP),
  ]);
  return csvTable([...base, ...prefixed(base, fields, 'group')], rows);
}

function membersTable(report: SwarmReport): string {
  const rows: Scalar[][] = [];
  for (const s of report.swarms) {
    const core = new Set(s.coreMembers);
    for (const m of s.members) rows.push([s.id, m, core.has(m)]);
  }
  return csvTable(['swarmId', 'account', 'core'], rows);
}

function accountsTable(report: SwarmReport): string {
  const base = ['account', 'posts', 'swarmId'];
  const fields = scalarColumns(report.accounts.map((a) => a.individual), INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP);
  const rows = report.accounts.map((a) => [a.account, a.posts, a.swarmId, ...valuesOf(a.individual, fields, INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP)]);
  return csvTable([...base, ...prefixed(base, fields, 'individual')], rows);
}

function windowsTable(report: SwarmReport): string {
  const header = ['index', 'start', 'end', 'status', 'reason', 'posts', 'accounts', 'maxLagMs', 'candidatePairs', 'edges',
    'crowdPosts', 'candidates', 'swarmCount', 'swarmIds'];
  const rows = report.windows.map((w) => [w.index, w.start, w.end, w.status, w.reason ?? null, w.posts, w.accounts, w.maxLagMs,
    w.candidatePairs, w.edges, w.crowdPosts, w.candidates, w.swarmIds.length, w.swarmIds.join('|')]);
  return csvTable(header, rows);
}

function edgesTable(report: SwarmReport): string {
  const header = ['source', 'target', 'windows', 'windowCount', 'episodes', 'coCount', 'weight', 'pValue'];
  const rows = report.edges.map((e) => [e.source, e.target, e.windows.join('|'), e.windows.length, e.episodes, e.coCount, e.weight, e.pValue]);
  return csvTable(header, rows);
}

function rejectedTable(report: SwarmReport): string {
  const header = ['index', 'line', 'code', 'field', 'expected', 'received', 'message'];
  const rows = report.input.firstRejected.map((r) => [r.index, r.line ?? null, r.code, r.field, r.expected, r.received, r.message]);
  return csvTable(header, rows);
}

/**
 * Render the report as CSV tables: `swarms.csv` (one row per swarm, group
 * influence columns), `swarm_members.csv` (one row per swarm × member),
 * `accounts.csv` (individual influence columns), `windows.csv`, `edges.csv`
 * and `rejected.csv` (the report's first rejections). Pure: writes nothing.
 * @param report the report of {@link analyze}.
 * @returns file name → CSV text (RFC 4180, CRLF, header row first).
 * @throws never for a report built by the library.
 * @example
 * const files = toCSV(report);
 * files['swarms.csv'].split('\r\n')[0]; // 'id,firstSeen,lastSeen,…'
 */
export function toCSV(report: SwarmReport): Record<CsvFileName, string> {
  return {
    'swarms.csv': swarmsTable(report),
    'swarm_members.csv': membersTable(report),
    'accounts.csv': accountsTable(report),
    'windows.csv': windowsTable(report),
    'edges.csv': edgesTable(report),
    'rejected.csv': rejectedTable(report),
  };
}
