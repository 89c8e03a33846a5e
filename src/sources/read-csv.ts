/**
 * CSV reader (RFC 4180: quoted fields, embedded newlines, doubled quotes). The
 * scanner in front (scan-csv-records.ts) cuts the byte stream into batches of
 * complete, well-formed records, one batch per input chunk; each batch is split
 * into fields (split-csv-fields.ts) and a wrong field count is reported
 * `wrong-column-count`. Memory stays at one chunk and there is no stream hop per
 * record; the file as a whole is still streamed. The first
 * record is the header; later records become plain objects keyed by
 * the header names; a column named `__proto__` becomes an own property and every
 * reader uses `Object.hasOwn`, so such names are ordinary columns.
 */
import { excerpt, tooLongItem, type TextItem } from './text-item.js';
import { scanCsvRecords, type CsvRecordInfo } from './scan-csv-records.js';
import { splitCsvFields } from './split-csv-fields.js';

/**
 * Yield one {@link TextItem} per CSV record after the header, in batches.
 * @param chunks - the raw bytes
 * @param maxLineBytes - largest record that is parsed
 * @returns the records as column → string objects, in order
 */
export async function* readCsv(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<TextItem[]> {
  let header: string[] | undefined;
  for await (const { bytes, infos } of scanCsvRecords(chunks, maxLineBytes)) {
    let ok = 0;
    for (const info of infos) if (info.status === 'ok') ok++;
    const rows = ok === 0 ? [] : splitCsvFields(bytes, ok);
    const batch: TextItem[] = [];
    let row = 0;
    for (const info of infos) {
      if (info.status !== 'ok') {
        batch.push(badRecordItem(info, maxLineBytes));
        continue;
      }
      const fields = rows[row++]!;
      const line = info.line;
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
