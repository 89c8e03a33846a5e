/**
 * The summary printed after `analyze` (DESIGN.md §7): what was read, then the
 * top swarms with size, top hashtags, lifetime, significance and group
 * influence, next to their strongest member's influence alone.
 */
import { swarmHeadlines, type SwarmReport } from '../report/index.js';
import { num, safeText, shortTime, textTable } from './text.js';

/**
 * Format the summary of a report.
 * @param report the report.
 * @param top how many swarms to list.
 * @returns the text (ends with a newline).
 */
export function formatSummary(report: SwarmReport, top = 10): string {
  const i = report.input;
  const analysed = report.windows.filter((w) => w.status === 'analyzed').length;
  const lines = [
    `Read ${num(i.records)} records: ${num(i.accepted)} accepted, ${num(i.rejected)} rejected` +
      `${i.merged > 0 ? `, ${num(i.merged)} merged into earlier posts` : ''}` +
      `${i.latePosts > 0 ? `, ${num(i.latePosts)} late` : ''}. ${num(analysed)} of ${num(report.windows.length)} windows analysed.`,
    `${num(report.swarms.length)} swarm${report.swarms.length === 1 ? '' : 's'} found among ${num(report.accounts.length)} accounts.`,
  ];
  if (i.rejected > 0) {
    const codes = Object.entries(i.rejectedByCode).map(([c, n]) => `${c} ${num(n ?? 0)}`).join(', ');
    lines.push(`Rejected by reason: ${codes}.`);
  }
  if (report.swarms.length > 0) {
    const heads = swarmHeadlines(report);
    const order = report.swarms.map((s, k) => ({ s, h: heads[k]! }))
      .sort((a, b) => b.s.members.length - a.s.members.length || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0))
      .slice(0, top);
    const endOf = new Map(report.windows.map((w) => [w.index, w.end]));
    const rows = order.map(({ s, h }) => [
      safeText(s.id, 18), num(s.members.length), safeText(s.hashtags.slice(0, 3).map((t) => `#${t.hashtag}`).join(' '), 36),
      // Whole words and dates with the year: `3 w` read as weeks, and a period across years was ambiguous.
      // From the start of its first window to the end of its last (lastSeen is that window's start).
      `${num(s.windows.length)} window${s.windows.length === 1 ? '' : 's'}, ${shortTime(s.firstSeen)} → ${shortTime(endOf.get(s.windows[s.windows.length - 1]!) ?? s.lastSeen)}`,
      num(s.significance.pValue), num(h.groupInfluence), h.strongestMember === null ? '–' : safeText(h.strongestMember, 20), num(h.memberInfluence),
    ]);
    lines.push('', textTable(['swarm', 'size', 'top hashtags', 'lifetime (UTC)', 'p-value', 'group reach', 'strongest member', 'alone'], rows,
      [false, true, false, false, true, true, false, true]));
    if (report.swarms.length > order.length) lines.push(`… and ${num(report.swarms.length - order.length)} more (see --json, --csv or --html).`);
    lines.push('', 'group reach: the swarm\'s lead reach (groupLeadReach); alone: its strongest member\'s, scored alone.');
  }
  return `${lines.join('\n')}\n`;
}
