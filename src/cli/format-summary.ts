/**
 * The summary printed after `analyze` (DESIGN.md §7): what was read, then the
 * top swarms with size, top hashtags, lifetime, significance and group
 * influence, next to their strongest member's influence alone, and the verdict.
 */
import { swarmHeadlines, type SwarmHeadline, type SwarmReport } from '../report/index.js';
import { num, safeText, shortTime, textTable } from './text.js';

/**
 * One line per kind of accepted post that was not analysed, and when the input was read twice:
 * the CLI prints them on stderr (even with --quiet: they say what the report leaves out).
 * @param report the report.
 * @returns the lines, without prefix or newline (none when every accepted post was analysed).
 */
export function skippedPostNotes(report: SwarmReport): string[] {
  const i = report.input;
  const notes: string[] = [];
  if (i.orderFallback) notes.push('the input is not in time order: it was read again, buffered and sorted (as without --order time); every post was analysed');
  if (i.latePosts > 0) notes.push(`${num(i.latePosts)} late post${i.latePosts === 1 ? '' : 's'} skipped, not analysed (later than --allowed-lateness behind the newest post; --on-late skip)`);
  if (i.beforeOriginPosts > 0) notes.push(`${num(i.beforeOriginPosts)} post${i.beforeOriginPosts === 1 ? '' : 's'} before the first window's start skipped, not analysed`);
  return notes;
}

/**
 * The influence story in one sentence, counted from the same headline records as the table: how
 * many swarms reach more accounts together than their strongest member alone, and how many of them
 * are judged collective influencers (the verdict includes that comparison, so the second count is
 * never larger). The HTML report's scatter note says the same.
 * @param heads the report's {@link swarmHeadlines}.
 * @returns the line.
 */
export function verdictLine(heads: readonly SwarmHeadline[]): string {
  const comparable = heads.filter((x) => x.reachesMoreTogether !== null);
  const above = comparable.filter((x) => x.reachesMoreTogether === true).length;
  const judged = heads.filter((x) => x.collectiveInfluencer === true).length;
  const which = `${judged === 0 ? 'none' : num(judged)} ${judged === 1 ? 'is' : 'are'} judged ${judged === 1 ? 'a collective influencer' : 'collective influencers'}`;
  return `collective: ${num(above)} of ${num(comparable.length)} swarm${comparable.length === 1 ? '' : 's'} reach more accounts together than their strongest member alone; ` +
    `${which} (also: lift above 1, shared posting, individually weak members; reasons per criterion in --json group.reasons and --html).`;
}

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
      `. ${num(i.analysedPosts)} posts analysed in ${num(analysed)} of ${num(report.windows.length)} windows` +
      `${i.latePosts + i.beforeOriginPosts > 0 ? ` (${num(i.latePosts + i.beforeOriginPosts)} skipped)` : ''}.`,
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
      h.collectiveInfluencer === null ? '–' : h.collectiveInfluencer ? 'yes' : 'no',
    ]);
    lines.push('', textTable(['swarm', 'size', 'top hashtags', 'lifetime (UTC)', 'p-value', 'group reach', 'strongest member', 'alone', 'collective'], rows,
      [false, true, false, false, true, true, false, true, false]));
    if (report.swarms.length > order.length) lines.push(`… and ${num(report.swarms.length - order.length)} more (see --json, --csv or --html).`);
    lines.push('', 'group reach: the swarm\'s lead reach (groupLeadReach); alone: its strongest member\'s, scored alone.', verdictLine(heads));
  }
  return `${lines.join('\n')}\n`;
}
