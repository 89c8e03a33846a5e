/**
 * Incremental JSON reader. A top-level array is split element by element with
 * a byte-level state machine (string / escape / nesting depth), so a file of
 * any size is streamed and never parsed whole; each element is then parsed
 * with `JSON.parse`. Any other top-level value (one object, e.g. an API
 * response page) is read whole, up to `maxLineBytes`.
 */
import { excerpt, parseJsonItem, tooLongItem, type TextItem } from './text-item.js';

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Splitter state, kept in one object so the byte loop allocates nothing. */
interface SplitState {
  mode: 'start' | 'between' | 'element' | 'whole' | 'after';
  depth: number;
  inString: boolean;
  escape: boolean;
  parts: Buffer[];
  bytes: number;
  line: number;
  startLine: number;
}

/**
 * Yield one {@link TextItem} per element of a top-level JSON array (or one for a non-array document),
 * in batches (one per input chunk).
 * @param chunks - the raw bytes
 * @param maxLineBytes - largest element that is parsed
 * @returns the parsed elements, in order
 */
export async function* readJsonArray(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<TextItem[]> {
  const s: SplitState = { mode: 'start', depth: 0, inString: false, escape: false, parts: [], bytes: 0, line: 1, startLine: 1 };
  for await (const chunk of chunks) {
    const batch: TextItem[] = [];
    let elementStart = -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (s.mode === 'element') {
        if (elementStart < 0) elementStart = i;
        if (s.inString) {
          if (s.escape) s.escape = false;
          else if (b === BACKSLASH) s.escape = true;
          else if (b === QUOTE) s.inString = false;
        } else if (b === QUOTE) s.inString = true;
        else if (b === OPEN_BRACE || b === OPEN_BRACKET) s.depth++;
        else if (b === CLOSE_BRACE || (b === CLOSE_BRACKET && s.depth > 0)) s.depth--;
        else if (s.depth === 0 && (b === COMMA || b === CLOSE_BRACKET)) {
          collect(s, chunk, elementStart, i, maxLineBytes);
          elementStart = -1;
          batch.push(finishElement(s, maxLineBytes));
          s.mode = b === COMMA ? 'between' : 'after';
        }
      } else if (s.mode === 'whole') {
        if (elementStart < 0) elementStart = i;
      } else if (!isSpace(b)) {
        if (s.mode === 'start') {
          s.startLine = s.line;
          if (b === OPEN_BRACKET) s.mode = 'between';
          else {
            s.mode = 'whole';
            elementStart = i;
          }
        } else if (s.mode === 'between') {
          if (b === CLOSE_BRACKET) s.mode = 'after';
          else if (b !== COMMA) {
            s.mode = 'element';
            s.startLine = s.line;
            elementStart = -1;
            i--;
            continue;
          }
        } else {
          batch.push(trailingItem(s.line));
          yield batch;
          return;
        }
      }
      if (b === NEWLINE) s.line++;
    }
    if ((s.mode === 'element' || s.mode === 'whole') && elementStart >= 0) collect(s, chunk, elementStart, chunk.length, maxLineBytes);
    if (batch.length > 0) yield batch;
  }
  if (s.mode === 'whole') yield [finishElement(s, maxLineBytes)];
  else if (s.mode === 'element') {
    const item = finishElement(s, maxLineBytes);
    yield [item.ok ? unterminated(s.startLine) : item];
  } else if (s.mode === 'between') yield [unterminated(s.line)];
}

function collect(s: SplitState, chunk: Buffer, from: number, to: number, maxLineBytes: number): void {
  const length = to - from;
  if (s.bytes + length > maxLineBytes) s.parts = [];
  else if (length > 0) s.parts.push(chunk.subarray(from, to));
  s.bytes += length;
}

function finishElement(s: SplitState, maxLineBytes: number): TextItem {
  const { bytes, parts, startLine } = s;
  s.parts = [];
  s.bytes = 0;
  s.depth = 0;
  s.inString = false;
  s.escape = false;
  if (bytes > maxLineBytes) return tooLongItem(startLine, bytes, maxLineBytes);
  const text = parts.length === 1 ? (parts[0] as Buffer).toString('utf8') : Buffer.concat(parts).toString('utf8');
  return parseJsonItem(text.trim(), startLine);
}

function unterminated(line: number): TextItem {
  return {
    ok: false,
    line,
    code: 'malformed-json',
    expected: 'a JSON array closed by `]`',
    received: 'end of input',
    message: `the JSON array opened before line ${line} is not closed`,
  };
}

function trailingItem(line: number): TextItem {
  return {
    ok: false,
    line,
    code: 'malformed-json',
    expected: 'nothing after the closing `]`',
    received: excerpt('extra content'),
    message: `unexpected content after the end of the JSON array at line ${line}; the rest of the input was ignored`,
  };
}
