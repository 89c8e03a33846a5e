/**
 * NDJSON / JSON Lines reader. Splits bytes on `\n` without decoding the whole
 * input; a line over `maxLineBytes` is counted but never buffered, so memory
 * stays bounded by `maxLineBytes` plus one chunk whatever the file size.
 *
 * Hot path: the lines that lie wholly inside one chunk (between its first and its
 * last `\n`) are decoded with one `toString` per chunk and split as a string,
 * instead of one decode per line. Cutting at `\n` bytes never splits a UTF-8
 * character, and a region without U+FFFD after decoding is valid UTF-8, so each
 * line's text is exactly what decoding that line alone gives, and
 * `Buffer.byteLength` of it is its byte count. A region that decodes to some
 * U+FFFD (invalid bytes, or the character itself) takes the line-by-line path,
 * where replacement characters and byte counts come from the bytes themselves.
 * Lines that cross a chunk boundary are assembled from byte pieces and decoded once whole.
 */
import { parseJsonItem, tooLongItem, type TextItem } from './text-item.js';

/**
 * Yield one {@link TextItem} per non-blank line, in batches (one per input chunk).
 * @param chunks - the raw bytes
 * @param maxLineBytes - longest line that is parsed
 * @param firstLine - number of the first line (1, or more for a part of a file read apart)
 * @returns the parsed lines, in order
 */
export async function* readNdjson(chunks: AsyncIterable<Buffer>, maxLineBytes: number, firstLine = 1): AsyncGenerator<TextItem[]> {
  // The line in progress: pieces of earlier chunks (dropped once it is over maxLineBytes).
  let parts: Buffer[] = [];
  let bytes = 0;
  let line = firstLine;
  for await (const chunk of chunks) {
    const first = chunk.indexOf(10);
    const end = first === -1 ? chunk.length : first;
    if (bytes + end > maxLineBytes) parts = [];
    else if (end > 0) parts.push(chunk.subarray(0, end));
    bytes += end;
    if (first === -1) continue;
    const batch: TextItem[] = [];
    const item = finishLine(parts, bytes, line, maxLineBytes);
    if (item !== undefined) batch.push(item);
    line += 1;
    const last = chunk.lastIndexOf(10);
    if (last > first) line = splitLines(chunk, first + 1, last + 1, line, maxLineBytes, batch);
    parts = [];
    bytes = chunk.length - last - 1;
    if (bytes > maxLineBytes) parts = [];
    else if (bytes > 0) parts.push(chunk.subarray(last + 1));
    if (batch.length > 0) yield batch;
  }
  const last = finishLine(parts, bytes, line, maxLineBytes);
  if (last !== undefined) yield [last];
}

/**
 * Parse the complete lines of `chunk[start, end)` (`end - 1` is a `\n`) into `batch`.
 * @returns the number of the line after them
 */
function splitLines(chunk: Buffer, start: number, end: number, line: number, maxLineBytes: number, batch: TextItem[]): number {
  const text = chunk.toString('utf8', start, end);
  if (text.indexOf('\uFFFD') !== -1) return splitLineBytes(chunk, start, end, line, maxLineBytes, batch);
  let at = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', at), line++) {
    const from = at;
    at = nl + 1;
    if (nl === from) continue;
    // A UTF-16 unit is at most 3 UTF-8 bytes: count bytes only when the limit is within reach.
    if ((nl - from) * 3 > maxLineBytes) {
      const lineBytes = Buffer.byteLength(text.slice(from, nl), 'utf8');
      if (lineBytes > maxLineBytes) {
        batch.push(tooLongItem(line, lineBytes, maxLineBytes));
        continue;
      }
    }
    const content = text.slice(from, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    if (content.charCodeAt(0) !== 0x7b && content.trim() === '') continue;
    batch.push(parseLine(content, line));
  }
  return line;
}

/** The line-by-line form of {@link splitLines}: one decode per line, byte counts from the bytes. */
function splitLineBytes(chunk: Buffer, start: number, end: number, line: number, maxLineBytes: number, batch: TextItem[]): number {
  for (let nl = chunk.indexOf(10, start); nl !== -1 && nl < end; nl = chunk.indexOf(10, start), line++) {
    const item = finishLine([chunk.subarray(start, nl)], nl - start, line, maxLineBytes);
    if (item !== undefined) batch.push(item);
    start = nl + 1;
  }
  return line;
}

/**
 * Parse one line cut from a chunk's text. A failed line is parsed again from a copy, so that the
 * rejection's `received` excerpt does not keep the whole chunk's text alive.
 */
function parseLine(text: string, line: number): TextItem {
  try {
    return { ok: true, line, value: JSON.parse(text) as unknown };
  } catch {
    return parseJsonItem(Buffer.from(text, 'utf8').toString('utf8'), line);
  }
}

function finishLine(parts: Buffer[], bytes: number, line: number, maxLineBytes: number): TextItem | undefined {
  if (bytes > maxLineBytes) return tooLongItem(line, bytes, maxLineBytes);
  if (bytes === 0) return undefined;
  let text = parts.length === 1 ? (parts[0] as Buffer).toString('utf8') : Buffer.concat(parts).toString('utf8');
  if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
  if (text.trim() === '') return undefined;
  return parseJsonItem(text, line);
}
