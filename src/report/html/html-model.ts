/**
 * The data the HTML report embeds: a compact view of the report (overview,
 * windows, swarms with their headline numbers, the laid-out network of the top
 * swarms, rejections). Built here so that the page's script only draws.
 */
import { compareNumbers, compareStrings } from '../../_lib/compare.js';
import { GROUP_FIELD_ORDER, GROUP_FIELD_SKIP, INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP, numberField, scalarColumns, scalarEntries, type Scalar } from '../fields.js';
import { GROUP_HEADLINE, INDIVIDUAL_HEADLINE, swarmHeadlines } from '../swarm-headlines.js';
import { layoutNetwork } from './layout-network.js';
import { swarmColor } from './palette.js';
import type { SwarmReport } from '../types.js';

/** Limits of the network view. */
export interface HtmlNetworkLimits {
  /** Most swarms drawn. @default 12 */
  readonly maxSwarms: number;
  /** Most accounts drawn (whole swarms are added while they fit). @default 1500 */
  readonly maxNodes: number;
  /** Most rows of the accounts table (swarm members are always in). @default 5000 */
  readonly maxAccounts?: number;
}

/** A swarm as the page shows it. */
export interface HtmlSwarm {
  readonly id: string; readonly color: string; readonly size: number; readonly core: number;
  readonly windows: readonly number[]; readonly firstSeen: string; readonly lastSeen: string;
  readonly events: readonly { readonly type: string; readonly window: number; readonly related: readonly string[] }[];
  readonly hashtags: readonly { readonly hashtag: string; readonly posts: number; readonly share: number }[];
  readonly pValue: number; readonly zTimeShift: number | null; readonly zPermutation: number | null; readonly isSwarm: boolean;
  readonly group: readonly [string, Scalar][];
  readonly groupInfluence: number | null; readonly strongestMember: string | null; readonly memberInfluence: number | null;
  /** The headline comparison and the verdict, from {@link swarmHeadlines} (one definition for the page's count and its table). */
  readonly reachesMoreTogether: boolean | null; readonly collectiveInfluencer: boolean | null; readonly reasons: readonly string[];
  readonly inNetwork: boolean;
  /** Members: [index into {@link HtmlModel.accounts} rows, core 1/0], most posts first. */
  readonly members: readonly (readonly [number, number])[];
  /** Why it is a swarm, in its strongest window (the report's `significance`). */
  readonly evidence: {
    readonly statistic: number; readonly pTimeShift: number; readonly pPermutation: number; readonly repeatedBursts: number;
    readonly ownedHashtags: number; readonly edges: number; readonly episodes: number; readonly expectedEpisodes: number;
  };
  readonly parentId: string | null;
  readonly collectiveInfluencerWindows: number;
  readonly meanMemberRetention: number | null;
}

/** Individual fields of the accounts table, in display order (those some account has). */
export const HTML_ACCOUNT_FIELDS: readonly string[] = Object.freeze(['leadFollowers', 'followerReach', 'leadRank', 'firstMoverShare', 'strength', 'hashtagDegree']);

/** The embedded page data. */
export interface HtmlModel {
  readonly generator: string;
  /** Name of the input, when the caller gave it (the report does not hold it). */
  readonly input: string | null;
  readonly headline: { readonly group: string; readonly individual: string };
  readonly overview: {
    readonly records: number; readonly accepted: number; readonly rejected: number; readonly merged: number; readonly posts: number; readonly latePosts: number; readonly beforeOriginPosts: number; readonly analysedPosts: number;
    readonly windows: number; readonly analyzedWindows: number; readonly periodStart: string | null; readonly periodEnd: string | null;
    readonly swarms: number; readonly accounts: number; readonly accountsInSwarms: number; readonly edges: number;
    readonly options: readonly [string, string][];
    /** Window length and step of the run, ms (null when the options do not say). */
    readonly windowMs: number | null; readonly stepMs: number | null;
  };
  readonly windows: readonly { readonly index: number; readonly start: string; readonly end: string; readonly status: string; readonly reason: string | null; readonly posts: number; readonly swarms: number }[];
  readonly swarms: readonly HtmlSwarm[];
  /** Nodes: [account, x, y, size px, swarm index or -1, posts, core 0/1, individual values…]; edges: [node, node, weight]. */
  readonly network: { readonly nodes: readonly (string | number | Scalar)[][]; readonly edges: readonly [number, number, number][]; readonly fields: readonly string[]; readonly shownSwarms: number; readonly truncated: boolean };
  /**
   * Accounts: every swarm member, then the others by posts up to the limit. Rows:
   * [account, posts, swarm it was last in or null, all its swarms joined with ' ', values of `fields`…].
   */
  readonly accounts: { readonly fields: readonly string[]; readonly rows: readonly (string | number | Scalar)[][]; readonly total: number };
  readonly rejected: { readonly total: number; readonly byCode: readonly [string, number][]; readonly first: readonly (string | number | null)[][] };
}

function optionText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}

/** Options as [name, text] rows; nested option objects become dotted names (an empty one reads "defaults"). */
function optionRows(options: Readonly<Record<string, unknown>>, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const k of Object.keys(options).sort(compareStrings)) {
    const v = options[k];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const inner = optionRows(v as Readonly<Record<string, unknown>>, `${prefix}${k}.`);
      out.push(...(inner.length === 0 ? [[`${prefix}${k}`, 'defaults'] as [string, string]] : inner));
    } else out.push([`${prefix}${k}`, optionText(v)]);
  }
  return out;
}

const numberOption = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function accountsOf(report: SwarmReport, maxAccounts: number): { accounts: HtmlModel['accounts']; rowOf: Map<string, number> } {
  const members = new Set(report.swarms.flatMap((s) => s.members));
  const listed = report.accounts.filter((a) => members.has(a.account));
  const others = report.accounts.filter((a) => !members.has(a.account))
    .sort((a, b) => compareNumbers(b.posts, a.posts) || compareStrings(a.account, b.account));
  listed.push(...others.slice(0, Math.max(0, maxAccounts - listed.length)));
  listed.sort((a, b) => compareStrings(a.account, b.account));
  const fields = HTML_ACCOUNT_FIELDS.filter((f) => listed.some((a) => numberField(a.individual, f) !== null));
  const swarmsOf = new Map<string, string[]>();
  for (const s of report.swarms) for (const m of s.members) swarmsOf.set(m, [...(swarmsOf.get(m) ?? []), s.id]);
  const rows = listed.map((a) => [a.account, a.posts, a.swarmId, (swarmsOf.get(a.account) ?? []).join(' '), ...fields.map((f) => numberField(a.individual, f))]);
  return { accounts: { fields, rows, total: report.accounts.length }, rowOf: new Map(listed.map((a, i) => [a.account, i])) };
}

function networkOf(report: SwarmReport, limits: HtmlNetworkLimits): { network: HtmlModel['network']; shown: Set<string> } {
  const order = report.swarms.map((s, i) => ({ s, i }))
    .sort((a, b) => compareNumbers(b.s.members.length, a.s.members.length) || compareStrings(a.s.id, b.s.id));
  const shown = new Set<string>();
  const group = new Map<string, number>();
  for (const { s, i } of order) {
    const added = s.members.filter((m) => !group.has(m)).length;
    if (shown.size >= limits.maxSwarms || group.size + added > limits.maxNodes) continue;
    shown.add(s.id);
    for (const m of s.members) if (!group.has(m)) group.set(m, i);
  }
  const accounts = new Map(report.accounts.map((a) => [a.account, a]));
  // Swarms overlap over time: colour an account by the swarm it was last in when that one is shown.
  const rankOf = new Map(report.swarms.map((s, i) => [s.id, i]));
  for (const [m] of group) {
    const own = accounts.get(m)?.swarmId;
    if (own !== null && own !== undefined && shown.has(own)) group.set(m, rankOf.get(own)!);
  }
  const fields = scalarColumns(report.accounts.map((a) => a.individual), INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP);
  const ids = [...group.keys()].sort(compareStrings);
  const index = new Map(ids.map((id, k) => [id, k]));
  const edges: [number, number, number][] = [];
  for (const e of report.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined && a !== b) edges.push([a, b, e.weight]);
  }
  const pos = layoutNetwork(ids.map((id) => ({ id, group: group.get(id) ?? -1 })), edges.map(([a, b, w]) => ({ source: ids[a]!, target: ids[b]!, weight: w })));
  const maxPosts = Math.max(1, ...ids.map((id) => accounts.get(id)?.posts ?? 0));
  const core = new Set(report.swarms.flatMap((s) => s.coreMembers.map((m) => `${s.id}\u0000${m}`)));
  const nodes = ids.map((id) => {
    const a = accounts.get(id);
    const g = group.get(id) ?? -1;
    const sid = report.swarms[g]?.id ?? '';
    const values = new Map(scalarEntries(a?.individual, INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP));
    const [x, y] = pos.get(id) ?? [0, 0];
    return [id, x, y, Math.round((3 + 9 * Math.sqrt((a?.posts ?? 0) / maxPosts)) * 10) / 10, g, a?.posts ?? 0,
      core.has(`${sid}\u0000${id}`) ? 1 : 0, ...fields.map((f) => values.get(f) ?? null)];
  });
  const total = report.swarms.length;
  return { network: { nodes, edges, fields, shownSwarms: shown.size, truncated: shown.size < total }, shown };
}

/**
 * Build the page data of {@link toHTML}.
 * @param report the report.
 * @param limits network view limits.
 * @param input name of the input, when known.
 * @returns the view model (plain JSON data).
 */
export function buildHtmlModel(report: SwarmReport, limits: HtmlNetworkLimits, input: string | null = null): HtmlModel {
  const heads = swarmHeadlines(report);
  const { network, shown } = networkOf(report, limits);
  const starts = report.windows.map((w) => w.start).sort(compareStrings);
  const ends = report.windows.map((w) => w.end).sort(compareStrings);
  const { accounts, rowOf } = accountsOf(report, limits.maxAccounts ?? 5000);
  const postsOf = (k: number): number => Number(accounts.rows[k]?.[1] ?? 0);
  const swarms: HtmlSwarm[] = report.swarms.map((s, i) => ({
    id: s.id, color: swarmColor(i), size: s.members.length, core: s.coreMembers.length, windows: s.windows,
    firstSeen: s.firstSeen, lastSeen: s.lastSeen,
    events: s.events.map((e) => ({ type: e.type, window: e.window, related: e.related })),
    hashtags: s.hashtags.slice(0, 20).map((h) => ({ hashtag: h.hashtag, posts: h.posts, share: h.shareOfVoice })),
    pValue: s.significance.pValue, zTimeShift: s.significance.zTimeShift, zPermutation: s.significance.zPermutation, isSwarm: s.significance.isSwarm,
    group: s.group === null ? [] : scalarEntries(s.group, GROUP_FIELD_ORDER, GROUP_FIELD_SKIP),
    groupInfluence: heads[i]?.groupInfluence ?? null, strongestMember: heads[i]?.strongestMember ?? null, memberInfluence: heads[i]?.memberInfluence ?? null,
    reachesMoreTogether: heads[i]?.reachesMoreTogether ?? null, collectiveInfluencer: heads[i]?.collectiveInfluencer ?? null, reasons: heads[i]?.reasons ?? [],
    inNetwork: shown.has(s.id),
    members: ((core) => s.members.map((m) => [rowOf.get(m) ?? -1, core.has(m) ? 1 : 0] as const).filter(([k]) => k >= 0)
      .sort((a, b) => compareNumbers(postsOf(b[0]), postsOf(a[0])) || compareNumbers(a[0], b[0])))(new Set(s.coreMembers)),
    evidence: {
      statistic: s.significance.statistic, pTimeShift: s.significance.pTimeShift, pPermutation: s.significance.pPermutation, repeatedBursts: s.significance.repeatedBursts,
      ownedHashtags: s.significance.ownedHashtags, edges: s.significance.edges, episodes: s.significance.episodes, expectedEpisodes: s.significance.expectedEpisodes,
    },
    parentId: s.parentId ?? null, collectiveInfluencerWindows: s.collectiveInfluencerWindows, meanMemberRetention: s.persistence.meanMemberRetention,
  }));
  const inSwarms = report.accounts.filter((a) => a.swarmId !== null).length;
  return {
    generator: `${report.generator.name} ${report.generator.version}`,
    input,
    headline: { group: GROUP_HEADLINE, individual: heads.some((x) => x.memberMetric === 'leadFollowers') ? INDIVIDUAL_HEADLINE : GROUP_HEADLINE },
    overview: {
      records: report.input.records, accepted: report.input.accepted, rejected: report.input.rejected,
      merged: report.input.merged ?? 0, posts: report.input.posts ?? report.input.accepted, latePosts: report.input.latePosts, beforeOriginPosts: report.input.beforeOriginPosts ?? 0, analysedPosts: report.input.analysedPosts ?? (report.input.posts ?? report.input.accepted) - report.input.latePosts,
      windows: report.windows.length, analyzedWindows: report.windows.filter((w) => w.status === 'analyzed').length,
      periodStart: starts[0] ?? null, periodEnd: ends[ends.length - 1] ?? null,
      swarms: report.swarms.length, accounts: report.accounts.length, accountsInSwarms: inSwarms, edges: report.edges.length,
      options: optionRows(report.options),
      windowMs: numberOption(report.options['windowMs']), stepMs: numberOption(report.options['stepMs']),
    },
    windows: report.windows.map((w) => ({ index: w.index, start: w.start, end: w.end, status: w.status, reason: w.reason ?? null, posts: w.posts, swarms: w.swarmIds.length })),
    swarms,
    network,
    accounts,
    rejected: {
      total: report.input.rejected,
      byCode: Object.entries(report.input.rejectedByCode).map(([c, n]) => [c, n ?? 0] as [string, number]).sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])),
      first: report.input.firstRejected.map((r) => [r.index, r.line ?? null, r.code, r.field, r.expected, r.received, r.message]),
    },
  };
}
