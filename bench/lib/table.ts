/** Text and Markdown tables of benchmark rows: method × input with time, RSS and quality. */
import type { Comparison } from './compare.js';
import { keyOf } from './compare.js';
import type { MethodResult } from './result.js';

const COLUMNS = ['method', 'status', 'wall s', 'load s', 'compute s', 'peak RSS MB', 'groups', 'accounts', 'F1', 'P', 'R', 'AMI', 'null FP', 'new/old'] as const;

const sec = (ms: number | undefined): string => (ms === undefined ? '' : (ms / 1000).toFixed(2));
/** Milliseconds, for steps of a few ms (the pair step at small sizes). */
const ms = (x: number | undefined): string => (x === undefined ? '–' : `${x < 100 ? x.toFixed(1) : x.toFixed(0)} ms`);
const num = (x: number | null | undefined, d = 3): string => (x === null || x === undefined ? '–' : x.toFixed(d));

function cells(r: MethodResult, cmp: Comparison | undefined): string[] {
  const q = r.quality;
  const nullFp = q?.nullFp === null || q?.nullFp === undefined ? '' : `${q.nullFp.withSwarm}/${q.nullFp.runs}`;
  const ratio = cmp === undefined ? '' : `${cmp.ratio === null ? '–' : `${cmp.ratio.toFixed(2)}×`}${cmp.flagged ? ' ⚠' : ''}`;
  const load = r.phases.load === undefined ? undefined : r.phases.load + (r.phases.duckdbLoad ?? 0) + (r.phases.intern ?? 0);
  return [
    r.method,
    r.status,
    r.status === 'timeout' ? `> ${sec(r.wallMs)}` : sec(r.wallMs),
    sec(load),
    sec(r.phases.compute),
    r.rssMb === null ? '–' : r.rssMb.toFixed(0),
    q === null ? '' : String(q.groups),
    q === null ? '' : String(q.accounts),
    q === null ? '' : num(q.f1),
    q === null ? '' : num(q.precision, 2),
    q === null ? '' : num(q.recall, 2),
    q === null ? '' : num(q.ami),
    nullFp,
    ratio,
  ];
}

function byInput(rows: readonly MethodResult[]): Map<string, MethodResult[]> {
  const out = new Map<string, MethodResult[]>();
  for (const r of rows) {
    let list = out.get(r.input);
    if (list === undefined) out.set(r.input, (list = []));
    list.push(r);
  }
  return out;
}

/**
 * Fixed-width text tables, one per input.
 * @param rows results
 * @param comparisons previous-run comparisons by key
 * @returns printable text
 * @example
 * console.log(textTables(rows, new Map()));
 */
export function textTables(rows: readonly MethodResult[], comparisons: ReadonlyMap<string, Comparison>): string {
  const out: string[] = [];
  for (const [input, list] of byInput(rows)) {
    const table = [[...COLUMNS], ...list.map((r) => cells(r, comparisons.get(keyOf(r))))];
    const widths = COLUMNS.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
    out.push(`\n== ${input}`);
    for (const row of table) out.push(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  }
  return out.join('\n');
}

/**
 * Markdown tables (for bench/README.md), one per input.
 * @param rows results
 * @returns Markdown
 * @example
 * writeFileSync('tables.md', markdownTables(rows));
 */
export function markdownTables(rows: readonly MethodResult[]): string {
  const out: string[] = [];
  for (const [input, list] of byInput(rows)) {
    out.push(`\n**${input}**\n`);
    const cols = COLUMNS.slice(0, -1);
    out.push(`| ${cols.join(' | ')} |`, `|${cols.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const r of list) out.push(`| ${cells(r, undefined).slice(0, -1).join(' | ')} |`);
  }
  return out.join('\n');
}

const STAGES = ['read', 'ingest', 'windows', 'graph', 'swarms', 'tracking', 'influence'] as const;

/**
 * Stage breakdown of hashtag-swarms (rows of method `hashtag-swarms-stages`): seconds per stage,
 * the sum, the end-to-end `analyze()` time of the same input and the rest (report assembly and
 * what analyze does besides the stage functions; negative values are run-to-run noise), and two
 * parts re-measured alone (not in the sum): the pair sweep inside graph, Louvain inside swarms.
 * @param rows results
 * @param markdown Markdown instead of fixed-width text
 * @returns the table, or '' when no stage rows exist
 * @example
 * console.log(stageTable(rows, false));
 */
export function stageTable(rows: readonly MethodResult[], markdown: boolean): string {
  const staged = rows.filter((r) => r.method === 'hashtag-swarms-stages');
  if (staged.length === 0) return '';
  const head = ['input', ...STAGES, 'sum', 'analyze()', 'rest', 'graph: pairs', 'swarms: Louvain'];
  const body = staged.map((r) => {
    const e2e = rows.find((x) => x.method === 'hashtag-swarms' && x.input === r.input);
    const sum = STAGES.reduce((s, k) => s + (r.phases[k] ?? 0), 0);
    if (r.status !== 'ok') return [r.input, ...STAGES.map(() => ''), r.status, '', '', '', ''];
    const e2eOk = e2e?.status === 'ok';
    const part = (k: string): string => (r.phases[k] === undefined ? '–' : sec(r.phases[k]));
    return [r.input, ...STAGES.map((k) => sec(r.phases[k])), sec(sum), e2eOk ? sec(e2e.wallMs) : (e2e?.status ?? '–'), e2eOk ? sec(e2e.wallMs - sum) : '', part('pairsAlone'), part('louvainAlone')];
  });
  return render(head, body, markdown);
}

/** A Markdown table, or fixed-width text (first column left-aligned, the others right-aligned). */
function render(head: readonly string[], body: readonly string[][], markdown: boolean): string {
  if (markdown) {
    return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)].join('\n');
  }
  const table = [head, ...body];
  const widths = head.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  return table.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/**
 * The issue's "pair enumeration + edge null at least as fast as DuckDB's join": per input with
 * both rows, `hashtag-swarms-pairs` (intern; the graph stage on the whole input as one window,
 * cold = its first call in the process, warm = the fastest of the repeats) against `duckdb-60s`
 * (appender load; the join + aggregation, cold and repeated), and the two ratios (ours / DuckDB's);
 * then `hashtag-swarms-pairs-null` (exactly the pair enumeration and the edge null + BH, without
 * the rest of the graph step, in its own process) against the same join.
 * @param rows results
 * @param markdown Markdown instead of fixed-width text
 * @returns the table, or '' when no input has both rows
 * @example
 * console.log(pairTable(rows, false));
 */
export function pairTable(rows: readonly MethodResult[], markdown: boolean): string {
  const head = [
    'input', 'close pairs', 'ours: intern', 'ours: cold', 'ours: warm', 'DuckDB: load', 'DuckDB: join cold', 'DuckDB: join warm', 'ratio cold', 'ratio warm',
    'pairs + null: cold', 'pairs + null: warm', 'ratio cold', 'ratio warm',
  ];
  const body: string[][] = [];
  for (const ours of rows.filter((r) => r.method === 'hashtag-swarms-pairs' && r.status === 'ok')) {
    const db = rows.find((r) => r.method === 'duckdb-60s' && r.input === ours.input && r.status === 'ok');
    if (db === undefined) continue;
    const p = ours.phases;
    const d = db.phases;
    const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`);
    const core = rows.find((r) => r.method === 'hashtag-swarms-pairs-null' && r.input === ours.input && r.status === 'ok')?.phases;
    body.push([
      ours.input, String(ours.counts['closePairs'] ?? '–'), sec(p['intern']), sec(p['compute']), sec(p['computeWarm']) || '–',
      sec(d['duckdbLoad']), sec(d['join']), sec(d['joinWarm']) || '–', ratio(p['compute'], d['join']), ratio(p['computeWarm'], d['joinWarm']),
      ms(core?.['compute']), ms(core?.['computeWarm']), ratio(core?.['compute'], d['join']), ratio(core?.['computeWarm'], d['joinWarm']),
    ]);
  }
  return body.length === 0 ? '' : render(head, body, markdown);
}
