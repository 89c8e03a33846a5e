/**
 * RFC 4180 record-boundary scanner in front of the field splitter. It finds
 * where each record ends (a `\n` outside quotes), checks the quoting (a quote opens
 * a field, closes it or is doubled inside it; after a closing quote only `,`, `\n`
 * or `\r\n`) and the record's size, and passes only well-formed, small-enough
 * records on (split-csv-fields.ts, which relies on these checks). A bad record is
 * reported here, with the line where it starts, and the rest of the file goes on.
 * Memory: one record (≤ `maxLineBytes`) plus one chunk.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CR = 0x0d;

/** What the scanner found for one record, in input order. */
export interface CsvRecordInfo {
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly status: 'ok' | 'too-long' | 'malformed' | 'unterminated';
  readonly bytes: number;
}

/** Scanner state between chunks. */
interface ScanState {
  inQuotes: boolean;
  afterQuote: boolean;
  /** A `\r` followed the closing quote: only the record's `\n` may come next. */
  crAfterQuote: boolean;
  fieldStart: boolean;
  malformed: boolean;
  blank: boolean;
  bytes: number;
  line: number;
  startLine: number;
  parts: Buffer[];
}

/** Records that ended in one input chunk: the well-formed ones' bytes, and every record's info. */
export interface CsvBatch {
  /** Complete, well-formed records only (the `ok` entries of `infos`, in order). */
  readonly bytes: Buffer;
  readonly infos: readonly CsvRecordInfo[];
}

/**
 * Split CSV bytes into records, in batches (one per input chunk).
 * @param chunks - the raw bytes
 * @param maxLineBytes - largest record passed on
 * @returns batches holding the well-formed records' bytes and one info per non-blank record
 */
export async function* scanCsvRecords(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<CsvBatch> {
  const s: ScanState = {
    inQuotes: false, afterQuote: false, crAfterQuote: false, fieldStart: true, malformed: false,
    blank: true, bytes: 0, line: 1, startLine: 1, parts: [],
  };
  for await (const chunk of chunks) {
    const out: Buffer[] = [];
    const infos: CsvRecordInfo[] = [];
    let recordStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (b === NEWLINE) s.line++;
      if (s.inQuotes) {
        if (b === QUOTE) {
          s.inQuotes = false;
          s.afterQuote = true;
        }
        continue;
      }
      if (b === NEWLINE) {
        endRecord(s, chunk, recordStart, i + 1, maxLineBytes, infos, out);
        recordStart = i + 1;
        continue;
      }
      if (b !== CR && b !== 0x20 && b !== 0x09) s.blank = false;
      if (s.malformed) continue;
      if (s.afterQuote) {
        if (s.crAfterQuote) s.malformed = true;
        else if (b === QUOTE) {
          s.inQuotes = true;
          s.afterQuote = false;
        } else if (b === COMMA) {
          s.afterQuote = false;
          s.fieldStart = true;
        } else if (b === CR) s.crAfterQuote = true;
        else s.malformed = true;
      } else if (b === QUOTE) {
        if (s.fieldStart) {
          s.inQuotes = true;
          s.fieldStart = false;
        } else s.malformed = true;
      } else s.fieldStart = b === COMMA;
    }
    keep(s, chunk, recordStart, chunk.length, maxLineBytes);
    if (infos.length > 0) yield { bytes: out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out), infos };
  }
  if (s.bytes > 0) {
    const tail: Buffer[] = [];
    const infos: CsvRecordInfo[] = [];
    const status = s.inQuotes ? 'unterminated' : undefined;
    if (!s.blank) s.parts.push(Buffer.from('\n'));
    finishRecord(s, maxLineBytes, infos, tail, status);
    if (infos.length > 0) yield { bytes: Buffer.concat(tail), infos };
  }
}

function keep(s: ScanState, chunk: Buffer, from: number, to: number, maxLineBytes: number): void {
  const length = to - from;
  if (s.bytes + length > maxLineBytes) s.parts = [];
  else if (length > 0) s.parts.push(chunk.subarray(from, to));
  s.bytes += length;
}

function endRecord(
  s: ScanState, chunk: Buffer, from: number, to: number, maxLineBytes: number,
  infos: CsvRecordInfo[], out: Buffer[],
): void {
  keep(s, chunk, from, to, maxLineBytes);
  finishRecord(s, maxLineBytes, infos, out, undefined);
}

function finishRecord(
  s: ScanState, maxLineBytes: number, infos: CsvRecordInfo[], out: Buffer[],
  forced: CsvRecordInfo['status'] | undefined,
): void {
  if (!s.blank) {
    const status = forced ?? (s.bytes > maxLineBytes ? 'too-long' : s.malformed ? 'malformed' : 'ok');
    infos.push({ line: s.startLine, status, bytes: s.bytes });
    if (status === 'ok') for (const part of s.parts) out.push(part);
  }
  s.parts = [];
  s.bytes = 0;
  s.blank = true;
  s.malformed = false;
  s.afterQuote = false;
  s.crAfterQuote = false;
  s.fieldStart = true;
  s.startLine = s.line;
}
