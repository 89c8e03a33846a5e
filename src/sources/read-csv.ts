/**
 * CSV reader (RFC 4180: quoted fields, embedded newlines, doubled quotes). The
 * scanner in front (scan-csv-records.ts) cuts the byte stream into batches of
 * complete, well-formed records, one batch per input chunk; each batch is parsed
 * by csv-parse with `relax_column_count` (a wrong field count is reported
 * `wrong-column-count`, not thrown). Parsing a bounded batch of complete records
 * with csv-parse's synchronous entry point keeps memory at one chunk and avoids
 * a stream hop per record; the file as a whole is still streamed. The first
 * record is the header; later records become plain objects keyed by
 * the header names; a column named `__proto__` becomes an own property and every
 * reader uses `Object.hasOwn`, so such names are ordinary columns.
 */
import { parse } from 'csv-parse/sync';
import { excerpt, tooLongItem, type TextItem } from './text-item.js';
import { scanCsvRecords, type CsvRecordInfo } from './scan-csv-records.js';

const PARSE_OPTIONS = Object.freeze({
  relax_column_count: true, columns: false, skip_empty_lines: false, record_delimiter: ['\r\n', '\n'],
});

/**
 * Parse a batch of well-formed records; if csv-parse still disagrees with the
 * scanner (throws, or finds another record count), parse record by record so
 * that only the records it refuses are lost (`undefined` → `malformed-csv`).
 */
function parseBatch(bytes: Buffer, infos: readonly CsvRecordInfo[]): Array<string[] | undefined> {
  const ok = infos.filter((info) => info.status === 'ok');
  if (ok.length === 0) return [];
  try {
    const rows = parse(bytes, PARSE_OPTIONS) as string[][];
    if (rows.length === ok.length) return rows;
  } catch {
    // Fall through to the record-by-record parse below.
  }
  const rows: Array<string[] | undefined> = [];
  let offset = 0;
  for (let k = 0; k < ok.length; k++) {
    const end = k === ok.length - 1 ? bytes.length : offset + (ok[k] as CsvRecordInfo).bytes;
    try {
      const parsed = parse(bytes.subarray(offset, end), PARSE_OPTIONS) as string[][];
      rows.push(parsed.length === 1 ? parsed[0] : undefined);
    } catch {
      rows.push(undefined);
    }
    offset = end;
  }
  return rows;
}

/**
 * Yield one {@link TextItem} per CSV record after the header, in batches.
 * @param chunks - the raw bytes
 * @param maxLineBytes - largest record that is parsed
 * @returns the records as column → string objects, in order
 */
export async function* readCsv(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<TextItem[]> {
  let header: string[] | undefined;
  for await (const { bytes, infos } of scanCsvRecords(chunks, maxLineBytes)) {
    const rows = parseBatch(bytes, infos);
    const batch: TextItem[] = [];
    let row = 0;
    for (const info of infos) {
      if (info.status !== 'ok') {
        batch.push(badRecordItem(info, maxLineBytes));
        continue;
      }
      const fields = rows[row++];
      const line = info.line;
      if (fields === undefined) {
        batch.push(badRecordItem({ ...info, status: 'malformed' }, maxLineBytes));
        continue;
      }
      if (header === undefined) {
        header = fields;
        continue;
      }
      if (fields.length !== header.length) {
        batch.push({
          ok: false, line, code: 'wrong-column-count',
          expected: `${header.length} fields (as in the header)`,
          received: `${fields.length} fields`,
          message: `the record at line ${line} has ${fields.length} fields, the header has ${header.length}`,
        });
        continue;
      }
      const value: Record<string, string> = {};
      for (let i = 0; i < fields.length; i++) {
        const name = header[i] as string;
        // Plain objects keep V8's fast shapes; only `__proto__` needs defineProperty to stay an own data property.
        if (name === '__proto__') Object.defineProperty(value, name, { value: fields[i], enumerable: true, writable: true, configurable: true });
        else value[name] = fields[i] as string;
      }
      batch.push({ ok: true, line, value });
    }
    if (batch.length > 0) yield batch;
  }
}

function badRecordItem(info: CsvRecordInfo, maxLineBytes: number): TextItem {
  if (info.status === 'too-long') return tooLongItem(info.line, info.bytes, maxLineBytes);
  const unterminated = info.status === 'unterminated';
  return {
    ok: false,
    line: info.line,
    code: 'malformed-csv',
    expected: unterminated ? 'a closing quote' : 'RFC 4180 quoting (a quote only opens a field, `""` inside quotes)',
    received: excerpt(unterminated ? 'end of input inside a quoted field' : 'a stray quote'),
    message: unterminated
      ? `the quoted field opened in the record at line ${info.line} is never closed`
      : `the record at line ${info.line} has a quote in the middle of an unquoted field or text after a closing quote`,
  };
}
