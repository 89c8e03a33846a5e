/**
 * `readRecords`: every kind of source → a stream of {@link RawRecord}s in the generic
 * shape. Bytes are streamed (memory does not grow with the input), parsed by
 * the format reader and adapted by the schema adapter; whatever cannot become a
 * record is yielded as an error record, never thrown and never dropped.
 */
import { Readable } from 'node:stream';
import { InputError, InvalidOptionsError } from '../errors.js';
import { checkEnum, checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import type {
  RawRecord, ReadRecordsOptions, RecordFormat, RecordSource, ResolvedReadRecordsOptions, SchemaAdapter, SchemaChoice,
} from './types.js';
import { detectSchema, recordColumns } from './detect-schema.js';
import { checkFile, decodeChunks, fileChunks, fileRangeChunks, formatFromPath, lineChunks, looksLikeText, sniffFormat, streamChunks, stripBom } from './open-input.js';
import { readNdjson } from './read-ndjson.js';
import { readJsonArray } from './read-json-array.js';
import { readCsv } from './read-csv.js';
import type { TextItem } from './text-item.js';
import { adaptBatches, RECORD_BATCHES, recordsOneByOne, type RecordStream } from './adapt-batches.js';
import { RECORD_SCHEMAS, selectAdapter } from './schemas/select-adapter.js';
import { checkFieldMap } from './parse-field-map.js';

/** Defaults of {@link readRecords}. */
export const DEFAULT_READ_RECORDS_OPTIONS: ResolvedReadRecordsOptions = Object.freeze({
  format: undefined,
  schema: undefined,
  map: Object.freeze({}),
  maxLineBytes: 1_048_576,
});

const FORMATS: readonly RecordFormat[] = ['ndjson', 'json', 'csv'];
const KNOWN: readonly string[] = ['format', 'schema', 'map', 'maxLineBytes'];

/**
 * Validate {@link ReadRecordsOptions} and apply defaults.
 * @param options - the options
 * @returns the resolved options
 * @throws InvalidOptionsError naming the option, the value and what is accepted
 * @example resolveReadRecordsOptions({ schema: 'rtweet' }).maxLineBytes // 1048576
 */
export function resolveReadRecordsOptions(options?: ReadRecordsOptions): ResolvedReadRecordsOptions {
  const raw = checkOptionsObject('sources', options);
  checkKnownKeys('sources', raw, KNOWN);
  const d = DEFAULT_READ_RECORDS_OPTIONS;
  const schema = raw.schema === undefined ? d.schema : checkEnum('sources', 'schema', raw.schema, RECORD_SCHEMAS);
  const map = raw.map === undefined ? d.map : checkFieldMap(raw.map);
  if (schema !== undefined && schema !== 'generic' && Object.keys(map).length > 0) {
    throw new InvalidOptionsError('sources', 'map', raw.map, "no map unless schema is 'generic' (platform schemas know their fields)");
  }
  return Object.freeze({
    format: raw.format === undefined ? undefined : checkEnum('sources', 'format', raw.format, FORMATS),
    schema,
    map,
    maxLineBytes: raw.maxLineBytes === undefined ? d.maxLineBytes : checkNumber('sources', 'maxLineBytes', raw.maxLineBytes, { integer: true, min: 1 }),
  });
}

/**
 * Read records from a file, a stream or an iterable, adapted to the generic record.
 * Without `schema` and `map`, the schema is recognised from the first record (see {@link detectSchema}).
 * @param source - a file path (`.ndjson`/`.jsonl`/`.json`/`.csv`, optionally `.gz`; another or no
 *   extension: the format is sniffed from the first bytes), a Node readable stream of bytes, an
 *   (async) iterable of lines (strings) or of already-parsed objects
 * @param options - format, schema, field map, line limit
 * @returns the records and error records, in input order, with consecutive indexes
 * @throws InvalidOptionsError for a bad option; InputError `unreadable-input` for a missing file or a
 *   directory (at the call) or a read failure (while iterating); InputError `unknown-format` (while
 *   iterating) for input whose format is neither given nor told by the extension and whose first bytes
 *   are not text
 * @example
 * for await (const r of readRecords('tweets.csv', { schema: 'rtweet' })) if (r.kind === 'record') console.log(r.value.account);
 */
export function readRecords(source: RecordSource, options?: ReadRecordsOptions): AsyncIterable<RawRecord> {
  return readRecordStream(source, options, undefined);
}

/**
 * Internal (analyze): {@link readRecords}, telling `onSchema` how the schema was chosen when the
 * first record is read.
 * @param source - as for readRecords
 * @param options - as for readRecords
 * @param onSchema - called once, at the first record that is an object
 * @returns the records
 */
export function readRecordsChoosingSchema(source: RecordSource, options: ReadRecordsOptions | undefined, onSchema: (choice: SchemaChoice) => void): AsyncIterable<RawRecord> {
  return readRecordStream(source, options, onSchema);
}

/**
 * How a read with these options reads a source whose first record is `first`.
 * @param options - resolved read options
 * @param first - the first record (a parsed value; a CSV row), `undefined` when there is none
 * @returns the schema used, how it was chosen, and what the record showed
 */
export function chooseSchema(options: ResolvedReadRecordsOptions, first: unknown): SchemaChoice {
  const detection = detectSchema(first);
  const columns = recordColumns(first);
  if (options.schema !== undefined || Object.keys(options.map).length > 0) return { schema: options.schema ?? 'generic', chosen: 'option', detection, columns };
  if (detection !== undefined) return { schema: detection.schema, chosen: 'recognised', detection, columns };
  return { schema: 'generic', chosen: 'default', detection, columns };
}

/** The adapter of the options; without a schema, the one recognised at the first record. */
function choosingAdapter(options: ResolvedReadRecordsOptions, onSchema: ((choice: SchemaChoice) => void) | undefined): SchemaAdapter {
  if (options.schema !== undefined && onSchema === undefined) return selectAdapter(options.schema, options.map);
  let adapter: SchemaAdapter | undefined;
  return (value) => {
    if (adapter === undefined) {
      const choice = chooseSchema(options, value);
      adapter = selectAdapter(choice.schema, options.map);
      onSchema?.(choice);
    }
    return adapter(value);
  };
}

function readRecordStream(source: RecordSource, options: ReadRecordsOptions | undefined, onSchema: ((choice: SchemaChoice) => void) | undefined): RecordStream {
  const resolved = resolveReadRecordsOptions(options);
  const adapter = choosingAdapter(resolved, onSchema);
  if (typeof source === 'string') {
    checkFile(source);
    return recordStream(textItems(fileChunks(source), resolved.format ?? formatFromPath(source), resolved.maxLineBytes, source), adapter);
  }
  if (source instanceof Readable) return recordStream(textItems(streamChunks(source), resolved.format, resolved.maxLineBytes), adapter);
  if (source !== null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source)) {
    return recordStream(iterableItems(source, resolved), adapter);
  }
  throw new InvalidOptionsError('sources', 'source', source, 'a file path, a readable stream, or an (async) iterable of strings or objects');
}

function recordStream(batches: AsyncIterable<TextItem[]>, adapter: SchemaAdapter): RecordStream {
  const adapted = (): AsyncIterable<RawRecord[]> => adaptBatches(batches, adapter);
  return {
    [RECORD_BATCHES]: adapted,
    [Symbol.asyncIterator]: () => recordsOneByOne(adapted),
  };
}

async function* textItems(raw: AsyncIterable<Buffer>, format: RecordFormat | undefined, maxLineBytes: number, file?: string): AsyncGenerator<TextItem[]> {
  const iterator = stripBom(decodeChunks(raw))[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) return;
  const head = first.value;
  const chunks = (async function* () { yield head; yield* { [Symbol.asyncIterator]: () => iterator }; })();
  if (format === undefined && !looksLikeText(head)) {
    await iterator.return?.(undefined);
    const what = file === undefined ? 'the input' : JSON.stringify(file);
    throw new InputError('unknown-format', `hashtag-swarms/sources: cannot tell the format of ${what}: its first bytes are not text (NDJSON, a JSON array or CSV). Pass format: 'ndjson' | 'json' | 'csv', or check the file.`);
  }
  const chosen = format ?? sniffFormat(head);
  if (chosen === 'csv') yield* readCsv(chunks, maxLineBytes);
  else if (chosen === 'json') yield* readJsonArray(chunks, maxLineBytes);
  else yield* readNdjson(chunks, maxLineBytes);
}

/** Objects are passed through in batches of up to this many. */
const OBJECT_BATCH = 1024;

async function* iterableItems(source: Iterable<unknown> | AsyncIterable<unknown>, options: ResolvedReadRecordsOptions): AsyncGenerator<TextItem[]> {
  const iterator = Symbol.asyncIterator in source
    ? (source as AsyncIterable<unknown>)[Symbol.asyncIterator]()
    : (source as Iterable<unknown>)[Symbol.iterator]();
  const first = await iterator.next();
  if (first.done === true) return;
  if (typeof first.value === 'string') {
    yield* textItems(lineChunks(first.value, iterator as AsyncIterator<unknown>), options.format ?? 'ndjson', options.maxLineBytes);
    return;
  }
  let batch: TextItem[] = [{ ok: true, line: undefined, value: first.value }];
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) break;
    batch.push({ ok: true, line: undefined, value: next.value });
    if (batch.length >= OBJECT_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Internal (a split read, pipeline/parallel/split-read.ts): the parsed lines of bytes [start, end) of an
 * NDJSON file, `start` at the beginning of a line; lines are numbered from `firstLine`.
 * @param file - the path
 * @param start - first byte (0, or just after a `\n`)
 * @param end - end (exclusive; the end of the file without it)
 * @param maxLineBytes - longest line that is parsed
 * @param firstLine - number of the line at `start`
 * @returns batches of parsed lines
 */
export function readNdjsonRange(file: string, start: number, end: number | undefined, maxLineBytes: number, firstLine: number): AsyncIterable<TextItem[]> {
  const chunks = decodeChunks(fileRangeChunks(file, start, end));
  return readNdjson(start === 0 ? stripBom(chunks) : chunks, maxLineBytes, firstLine);
}

/**
 * Internal (a read worker, pipeline/parallel/split-read.ts): the parsed items of a whole file, as
 * `readRecords` parses them before adapting (gzip, BOM, format sniffing included).
 * @param file - the path
 * @param format - the format (undefined: sniffed from the first bytes)
 * @param maxLineBytes - longest line or record that is parsed
 * @returns batches of parsed items
 */
export function readFileItems(file: string, format: RecordFormat | undefined, maxLineBytes: number): AsyncIterable<TextItem[]> {
  return textItems(fileChunks(file), format, maxLineBytes, file);
}

/**
 * Internal (analyze): the first record of a file that is an object (a CSV file's first row), read
 * as `readRecords` parses it; only the first chunks are read.
 * @param file - the path
 * @param format - the format (undefined: from the extension, else sniffed)
 * @param maxLineBytes - longest line or record that is parsed
 * @returns the record, or `undefined` when the file holds none
 */
export async function readFirstRecord(file: string, format: RecordFormat | undefined, maxLineBytes: number): Promise<unknown> {
  checkFile(file);
  for await (const batch of textItems(fileChunks(file), format ?? formatFromPath(file), maxLineBytes, file)) {
    for (const item of batch) {
      if (item.ok && item.value !== null && typeof item.value === 'object' && !Array.isArray(item.value)) return item.value;
    }
  }
  return undefined;
}

/**
 * Internal: the records of bytes [0, end) of an NDJSON file, as `readRecords` gives them.
 * @param file - the path
 * @param options - resolved read options
 * @param end - end (exclusive), just after a `\n`
 * @returns the records (batches under {@link RECORD_BATCHES})
 */
export function readRecordsHead(file: string, options: ResolvedReadRecordsOptions, end: number): RecordStream {
  checkFile(file);
  return recordStream(readNdjsonRange(file, 0, end, options.maxLineBytes, 1), selectAdapter(options.schema ?? 'generic', options.map));
}
