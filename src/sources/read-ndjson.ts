/**
 * NDJSON / JSON Lines reader. Splits bytes on `\n` without decoding the whole
 * input; a line over `maxLineBytes` is counted but never buffered, so memory
 * stays bounded by `maxLineBytes` plus one chunk whatever the file size.
 */
import { parseJsonItem, tooLongItem, type TextItem } from './text-item.js';

/**
 * Yield one {@link TextItem} per non-blank line, in batches (one per input chunk).
 * @param chunks - the raw bytes
 * @param maxLineBytes - longest line that is parsed
 * @returns the parsed lines, in order
 */
export async function* readNdjson(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<TextItem[]> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let line = 1;
  for await (const chunk of chunks) {
    const batch: TextItem[] = [];
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      const length = end - start;
      if (bytes + length > maxLineBytes) parts = [];
      else if (length > 0) parts.push(chunk.subarray(start, end));
      bytes += length;
      if (nl === -1) break;
      const item = finishLine(parts, bytes, line, maxLineBytes);
      if (item !== undefined) batch.push(item);
      parts = [];
      bytes = 0;
      line += 1;
      start = nl + 1;
    }
    if (batch.length > 0) yield batch;
  }
  const last = finishLine(parts, bytes, line, maxLineBytes);
  if (last !== undefined) yield [last];
}

function finishLine(parts: Buffer[], bytes: number, line: number, maxLineBytes: number): TextItem | undefined {
  if (bytes > maxLineBytes) return tooLongItem(line, bytes, maxLineBytes);
  if (bytes === 0) return undefined;
  let text = parts.length === 1 ? (parts[0] as Buffer).toString('utf8') : Buffer.concat(parts).toString('utf8');
  if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
  if (text.trim() === '') return undefined;
  return parseJsonItem(text, line);
}
