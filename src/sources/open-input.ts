/**
 * Turn a source into bytes: open files (checked synchronously, so a missing
 * file or a directory throws at the call), take Node streams as they are, turn
 * iterables of strings into lines, and gunzip transparently when the bytes start
 * with the gzip magic number `1f 8b`.
 */
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';
import type { RecordFormat } from './types.js';

const EXTENSIONS: ReadonlyArray<[string, RecordFormat]> = [
  ['.ndjson', 'ndjson'], ['.jsonl', 'ndjson'], ['.json', 'json'], ['.csv', 'csv'],
];

/**
 * Format implied by a file name (`.ndjson`, `.jsonl`, `.json`, `.csv`, each optionally `.gz`).
 * @param file - the path
 * @returns the format, or `undefined` for another extension
 */
export function formatFromPath(file: string): RecordFormat | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  for (const [ext, format] of EXTENSIONS) if (name.endsWith(ext)) return format;
  return undefined;
}

/**
 * Check that a path is a readable file (synchronously, at the call).
 * @param file - the path
 * @throws InputError `unreadable-input` for a missing path or a directory
 */
export function checkFile(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (error) {
    throw new InputError('unreadable-input', `hashtag-swarms/sources: cannot open ${JSON.stringify(file)} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check the path.`, { cause: error });
  }
  if (!isFile) throw new InputError('unreadable-input', `hashtag-swarms/sources: ${JSON.stringify(file)} is not a file. Give the path of a data file.`);
}

/**
 * Bytes of a file, read in 256 KiB chunks (64 KiB reads cost about twice the CPU time in
 * the stream machinery; the readers' memory bound is one chunk plus `maxLineBytes` either way).
 * @param file - the path (already checked)
 * @returns the chunks
 */
export function fileChunks(file: string): AsyncIterable<Buffer> {
  return createReadStream(file, { highWaterMark: 1 << 18 }) as AsyncIterable<Buffer>;
}

/**
 * Chunks of bytes [start, end) of a file (to the end without `end`).
 * @param file - the path
 * @param start - first byte
 * @param end - end (exclusive)
 * @returns the chunks
 */
export function fileRangeChunks(file: string, start: number, end?: number): AsyncIterable<Buffer> {
  return createReadStream(file, { highWaterMark: 1 << 18, start, ...(end === undefined ? {} : { end: end - 1 }) }) as AsyncIterable<Buffer>;
}

/**
 * Bytes of a stream (string chunks are encoded as UTF-8).
 * @param stream - a Node readable stream
 * @returns the chunks
 */
export async function* streamChunks(stream: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
    else if (chunk instanceof Uint8Array) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    else throw new InputError('unreadable-input', 'hashtag-swarms/sources: the stream yields objects, not bytes. Pass an iterable of objects instead of an object-mode stream.');
  }
}

/**
 * Bytes of a sequence of lines (each string is one line; a newline is appended).
 * @param first - the first line, already taken from the iterator
 * @param rest - the iterator of the remaining lines
 * @returns the chunks
 * @throws InputError `unreadable-input` when a later item is not a string
 */
export async function* lineChunks(first: string, rest: AsyncIterator<unknown>): AsyncGenerator<Buffer> {
  yield Buffer.from(`${first}\n`, 'utf8');
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    if (typeof next.value !== 'string') {
      throw new InputError('unreadable-input', 'hashtag-swarms/sources: the iterable mixes strings and objects. Give only lines of text or only objects.');
    }
    yield Buffer.from(`${next.value}\n`, 'utf8');
  }
}

/**
 * Gunzip when the first bytes are the gzip magic number; pass through otherwise.
 * Read errors and corrupt gzip data surface as {@link InputError} `unreadable-input`.
 * @param chunks - the raw bytes
 * @returns the decoded bytes
 */
export async function* decodeChunks(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    const first = await iterator.next();
    if (first.done === true) return;
    const head = first.value;
    const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iterator };
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
      const gunzip = createGunzip();
      const input = Readable.from((async function* () { yield head; yield* rest; })());
      input.on('error', (error) => gunzip.destroy(error));
      input.pipe(gunzip);
      yield* gunzip as AsyncIterable<Buffer>;
      return;
    }
    yield head;
    yield* rest;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('unreadable-input', `hashtag-swarms/sources: the input could not be read (${error instanceof Error ? error.message : String(error)}). Check the file.`, { cause: error });
  }
}

/**
 * Guess a format from the first non-blank byte: `[` json, `{` ndjson, otherwise csv.
 * @param chunk - the first decoded chunk
 * @returns the format
 */
export function sniffFormat(chunk: Buffer): RecordFormat {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i] as number;
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x5b ? 'json' : b === 0x7b ? 'ndjson' : 'csv';
  }
  return 'ndjson';
}

/**
 * Whether the first bytes are text: no control byte other than tab, line feed, carriage return,
 * form feed and escape in the first 4 KiB (a format can be sniffed only from text).
 * @param chunk - the first decoded chunk
 * @returns false for binary data
 */
export function looksLikeText(chunk: Buffer): boolean {
  const end = Math.min(chunk.length, 4096);
  for (let i = 0; i < end; i++) {
    const b = chunk[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return false;
  }
  return true;
}

/**
 * Drop a leading UTF-8 byte order mark, even when it is split across chunks.
 * @param chunks - decoded bytes
 * @returns the same bytes without the BOM
 */
export async function* stripBom(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (head === undefined) {
      yield chunk;
      continue;
    }
    head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
    if (head.length < 3 && head.every((b, i) => b === BOM[i])) continue;
    yield head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
    head = undefined;
  }
  if (head !== undefined && head.length > 0 && !head.every((b, i) => b === BOM[i])) yield head;
}

const BOM: readonly number[] = [0xef, 0xbb, 0xbf];
