/**
 * What `analyze` says about its input: the schema it recognised (one line on
 * stderr), and a run that accepted nothing or rejected more than half of its
 * records, which fails with exit code 3 (as `--strict` does) and a message
 * naming the columns seen and the command that would read them.
 */
import { RejectedInputError } from '../errors.js';
import type { SwarmReport } from '../report/index.js';
import type { GenericField, SchemaChoice } from '../sources/index.js';
import { num, safeText } from './text.js';

/**
 * The line printed when the schema was recognised (not for generic records, which need no news).
 * @param choice how the schema was chosen.
 * @returns the line (with its newline), or undefined.
 */
export function recognisedLine(choice: SchemaChoice): string | undefined {
  if (choice.chosen !== 'recognised' || choice.schema === 'generic' || choice.detection === undefined) return undefined;
  return `hashtag-swarms: reading the ${choice.schema} schema, recognised from ${choice.detection.evidence.join(', ')} (--schema chooses another).\n`;
}

/** Column names commonly holding each generic field, most likely first (compared case-insensitively). */
const LIKELY: ReadonlyArray<readonly [GenericField, readonly string[]]> = [
  ['id', ['id', 'post_id', 'status_id', 'tweet_id', 'id_str', 'message_id', 'uri', 'uuid']],
  ['account', ['account', 'account_id', 'screen_name', 'username', 'user_name', 'handle', 'author', 'user', 'user_id', 'author_id', 'from_user']],
  ['time', ['time', 'timestamp', 'created_at', 'createdat', 'date', 'datetime', 'publish_date', 'published', 'published_at', 'created']],
  ['hashtags', ['hashtags', 'hashtag', 'tags', 'hashtag_id', 'hashtag_ids']],
  ['text', ['text', 'content', 'full_text', 'body', 'message', 'tweet']],
];

/**
 * A `--map` for columns that hold the generic fields under other names (a placeholder for a
 * required field that no column resembles).
 * @param columns the first record's columns.
 * @returns `id=post_id,account=account_id,…`, or undefined when every found column already has its generic name.
 */
export function suggestMap(columns: readonly string[]): string | undefined {
  const byLower = new Map<string, string>();
  for (const c of columns) if (!byLower.has(c.toLowerCase())) byLower.set(c.toLowerCase(), c);
  const found = new Map<GenericField, string>();
  for (const [field, names] of LIKELY) {
    for (const name of names) {
      const column = byLower.get(name);
      if (column !== undefined && ![...found.values()].includes(column)) {
        found.set(field, column);
        break;
      }
    }
  }
  const pairs: string[] = [];
  for (const field of ['id', 'account', 'time'] as const) pairs.push(`${field}=${found.get(field) ?? '<column>'}`);
  const tags = found.get('hashtags');
  const text = found.get('text');
  if (tags !== undefined) pairs.push(`hashtags=${tags}`);
  if (text !== undefined) pairs.push(`text=${text}`);
  if (tags === undefined && text === undefined) pairs.push('hashtags=<column>');
  const renames = pairs.filter((p) => { const [f, c] = p.split('='); return f !== c; });
  return renames.length === 0 ? undefined : renames.join(',');
}

function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

const GENERIC_FIELDS_LINE =
  'generic fields: id, account, time (ISO 8601 or epoch s/ms), hashtags (list) or text; optional followers, likes, reposts, replies, repostOf, replyTo, mentions. ' +
  'Recognised schemas: rtweet, ira, twitter-v1, twitter-v2, mastodon, bluesky (see the README, "Input").';

/**
 * Fail a run that accepted nothing, or rejected more than half of its records (unless allowed).
 * @param report the finished report.
 * @param choice how the schema was chosen (undefined: no record was an object).
 * @param input the input argument, for the command suggested.
 * @param allowRejected --allow-rejected: only a run that accepts nothing fails.
 * @throws RejectedInputError naming the counts, the reasons, the columns seen and a command to try.
 */
export function checkAccepted(report: SwarmReport, choice: SchemaChoice | undefined, input: string, allowRejected: boolean): void {
  const i = report.input;
  const nothing = i.accepted === 0;
  if (!nothing && (allowRejected || i.rejected * 2 <= i.records)) return;
  if (i.records === 0) throw new RejectedInputError('hashtag-swarms/cli: nothing accepted: the input holds no records. Check the file (or standard input).', 0, 0);
  const reasons = Object.entries(i.rejectedByCode).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)).map(([c, n]) => `${c} ${num(n ?? 0)}`).join(', ');
  const schema = choice?.schema ?? 'generic';
  const how = choice === undefined ? '' : choice.chosen === 'recognised' ? ', recognised from the first record' : choice.chosen === 'default' ? ' (no known shape recognised)' : '';
  const lines = [
    `hashtag-swarms/cli: ${nothing ? 'nothing accepted: ' : ''}${num(i.rejected)} of ${num(i.records)} records rejected${nothing ? '' : ' (more than half)'} (${reasons}), read with the ${schema} schema${how}.`,
  ];
  const columns = choice?.columns ?? [];
  if (columns.length > 0) {
    const shown = columns.slice(0, 40).map((c) => safeText(c, 40)).join(', ');
    lines.push(`  columns of the first record: ${shown}${columns.length > 40 ? `, … (${num(columns.length)} in all)` : ''}.`);
  }
  const command = `hashtag-swarms analyze ${shellWord(input)}`;
  const detected = choice?.detection?.schema;
  let fix: string | undefined;
  if (detected !== undefined && detected !== schema) fix = `${command} --schema ${detected}`;
  else if (detected === undefined && columns.length > 0) {
    const map = suggestMap(columns);
    if (map !== undefined) fix = `${command} --map ${shellWord(map)}`;
  }
  if (fix !== undefined) lines.push(`  try: ${fix}`);
  else lines.push('  the first rejections, with their fields and values, are in the report (--json).');
  lines.push(`  ${GENERIC_FIELDS_LINE}`);
  if (!nothing) lines.push('  --allow-rejected accepts a run that rejects most of its records.');
  throw new RejectedInputError(lines.join('\n'), i.records, i.rejected);
}
