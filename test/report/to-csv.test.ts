import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/report/csv-text.js';
import { CSV_FILES, toCSV } from '../../src/report/to-csv.js';
import { writeCSV } from '../../src/report/write-csv.js';
import { FIXTURE_BAIT, reportSmall } from '../fixtures/report-small.js';

type Row = Record<string, string>;
const rowsOf = (text: string): Row[] => parse(text, { columns: true, record_delimiter: '\r\n' }) as Row[];
/** Undo the formula neutralisation, as a reader that knows the convention would. */
const plain = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('csvCell', () => {
  it('returns numbers unchanged, negative ones included', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(0)).toBe('0');
  });

  it('returns formula-looking strings prefixed with a quote', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(csvCell(s).replace(/^"|"$/g, '').startsWith(`'`)).toBe(true);
    expect(csvCell('plain')).toBe('plain');
  });

  it('returns quoted fields for commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCSV', () => {
  const files = toCSV(reportSmall);

  it('returns the six tables', () => {
    expect(Object.keys(files)).toEqual([...CSV_FILES]);
  });

  it('returns one swarm row per swarm with group columns and negative numbers intact', () => {
    const rows = rowsOf(files['swarms.csv']);
    expect(rows.map((r) => r['id'])).toEqual(reportSmall.swarms.map((s) => s.id));
    const s3 = rows[2]!;
    expect(s3['zTimeShift']).toBe('-1.2');
    expect(Number(s3['size'])).toBe(reportSmall.swarms[2]!.members.length);
    expect(s3['hashtags']!.split('|')[0]).toBe(FIXTURE_BAIT.script);
    expect(Number(rows[0]!['groupLeadReach'])).toBe(0.25);
    expect(Number(rows[0]!['groupInfluence'])).toBe(0.25);
    expect(Number(rows[0]!['strongestMemberInfluence'])).toBe(0.12);
    expect(rows[1]!['strongestMember']).toBe(`'${FIXTURE_BAIT.at}`);
    expect(rows[0]!['burstZ']).toBe('-0.3');
    expect(Object.keys(rows[0]!)).not.toContain('members');
    expect(rows[0]!['collectiveInfluencer']).toBe('true');
    expect(rows[0]!['strongestMember']).toBe('alice');
    expect(rows[0]!['hashtags']).toBe(`vote|+plus`);
  });

  it('returns one member row per swarm × member, reconciling with the JSON', () => {
    const rows = rowsOf(files['swarm_members.csv']);
    const expected = reportSmall.swarms.flatMap((s) => s.members.map((m) => [s.id, m, String(s.coreMembers.includes(m))]));
    expect(rows.map((r) => [r['swarmId'], plain(r['account']!), r['core']])).toEqual(expected);
  });

  it('returns one account row per account, neutralising formula names', () => {
    const rows = rowsOf(files['accounts.csv']);
    expect(rows.map((r) => plain(r['account']!))).toEqual(reportSmall.accounts.map((a) => a.account));
    const cells = rows.map((r) => r['account']!);
    expect(cells).toContain(`'${FIXTURE_BAIT.formula}`);
    expect(cells).toContain(`'${FIXTURE_BAIT.negative}`);
    expect(cells).toContain(`'${FIXTURE_BAIT.at}`);
    expect(cells).toContain(FIXTURE_BAIT.quoted);
    const oscar = rows.find((r) => r['account'] === 'oscar')!;
    expect(oscar['swarmId']).toBe('');
    expect(Number(oscar['followerReach'])).toBe(1000);
  });

  it('returns windows, edges and rejections that reconcile with the JSON', () => {
    const windows = rowsOf(files['windows.csv']);
    expect(windows.map((w) => [Number(w['index']), w['start'], w['status'], w['swarmIds']]))
      .toEqual(reportSmall.windows.map((w) => [w.index, w.start, w.status, w.swarmIds.join('|')]));
    expect(windows[3]!['reason']).toBe('no-edges');
    const edges = rowsOf(files['edges.csv']);
    expect(edges.map((e) => [plain(e['source']!), plain(e['target']!), Number(e['episodes'])]))
      .toEqual(reportSmall.edges.map((e) => [e.source, e.target, e.episodes]));
    const rejected = rowsOf(files['rejected.csv']);
    expect(rejected).toHaveLength(reportSmall.input.firstRejected.length);
    expect(rejected[1]!['received']).toBe(`'=1+1`);
    expect(rejected[0]!['received']).toBe('{"a":');
  });

  it('returns empty group cells for a swarm without group influence', () => {
    const report = { ...reportSmall, swarms: [{ ...reportSmall.swarms[0]!, group: null }] };
    const row = rowsOf(toCSV(report)['swarms.csv'])[0]!;
    expect(row['id']).toBe('s1');
    expect(row['groupInfluence']).toBe('');
    expect(row['strongestMember']).toBe('alice');
  });

  it('returns CRLF-terminated rows', () => {
    expect(files['windows.csv'].endsWith('\r\n')).toBe(true);
    expect(files['windows.csv'].split('\r\n')).toHaveLength(reportSmall.windows.length + 2);
  });
});

describe('writeCSV', () => {
  it('returns the paths of the files it wrote, with the same text as toCSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-csv-'));
    try {
      const paths = await writeCSV(reportSmall, join(dir, 'nested'));
      expect(paths.map((p) => p.slice(p.lastIndexOf('/') + 1))).toEqual([...CSV_FILES]);
      expect(readFileSync(paths[0]!, 'utf8')).toBe(toCSV(reportSmall)['swarms.csv']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
