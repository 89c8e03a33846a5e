/**
 * What analyze reads, and how it is opened: a file or a stream goes through `readRecords`; an
 * iterable of lines, records or posts too — unless it is `readRecords`' own output (the stream it
 * returns, or its records collected in an array), which ingest takes as it is: reading it again
 * would take each wrapped record (`{ kind, index, value }`) for a record without an id.
 */
import { Readable } from 'node:stream';
import { InvalidOptionsError } from '../errors.js';
import { chooseSchema, readFirstRecord, readRecords, readRecordsChoosingSchema, RECORD_BATCHES, resolveReadRecordsOptions } from '../sources/index.js';
import type { ReadRecordsOptions, RecordSchema, RecordSource, SchemaChoice } from '../sources/index.js';
import { rawKind } from '../ingest/index.js';
import type { IngestInput } from '../ingest/index.js';
import type { ResolvedAnalyzeOptions } from './analyze-options.js';

/** What analyze reads: a file path, a stream, an (async) iterable of records, lines or posts, or what readRecords returns. */
export type AnalyzeInput = RecordSource;

const STAGE = 'report';
const EXPECTED_INPUT =
  'a file path, a readable stream, or an (async) iterable of records, NDJSON lines or posts (such as an array, or what readRecords returns)';

/** Records in batches, as `readRecords` returns them (its batch iterator, inside the library). */
type Batched = IngestInput & { readonly [RECORD_BATCHES]: () => AsyncIterable<unknown[]> };

function isBatched(input: unknown): input is Batched {
  return typeof (input as { [RECORD_BATCHES]?: unknown })[RECORD_BATCHES] === 'function';
}

function isIterable(input: unknown): input is Iterable<unknown> | AsyncIterable<unknown> {
  return input !== null && typeof input === 'object' && (Symbol.asyncIterator in input || Symbol.iterator in input);
}

/**
 * Check analyze's input at the call (before any work), and that no read option is given with
 * records `readRecords` has already read.
 * @param input what the caller passed.
 * @param o the resolved options.
 * @throws {InvalidOptionsError} `input` for something that cannot be read; `format`, `schema` or
 *   `map` beside the output of readRecords.
 */
export function checkAnalyzeInput(input: unknown, o: ResolvedAnalyzeOptions): void {
  if (typeof input === 'string' || input instanceof Readable) return;
  if (!isIterable(input)) {
    const ingested = input !== null && typeof input === 'object' && Array.isArray((input as { posts?: unknown }).posts);
    throw new InvalidOptionsError(STAGE, 'input', input, ingested ? `${EXPECTED_INPUT}; for what ingest() returns, its \`posts\`` : EXPECTED_INPUT);
  }
  if (isBatched(input)) checkNoReadOptions(o);
}

function checkNoReadOptions(o: ResolvedAnalyzeOptions): void {
  const given: [string, unknown][] = [['format', o.format], ['schema', o.schema], ['map', Object.keys(o.map).length === 0 ? null : o.map]];
  for (const [option, value] of given) {
    if (value !== null) {
      throw new InvalidOptionsError(STAGE, option, value, `no ${option} with the output of readRecords, which has read the records already (give ${option} to readRecords)`);
    }
  }
}

/** Posts given directly (objects with a numeric `timeMs`) become generic records. */
function postToRecord(item: unknown): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  const o = item as Record<string, unknown>;
  if (typeof o.timeMs !== 'number' || 'time' in o) return item;
  const { timeMs, ...rest } = o;
  return { ...rest, time: timeMs };
}

/** Items are passed through to ingest in batches of this many. */
const BATCH = 1024;

/**
 * An iterable that is not readRecords' stream: its first item tells whether it holds records
 * readRecords has read (`{ kind: 'record' | 'error', index, … }`: passed through to ingest) or
 * lines, records or posts (read now).
 */
async function* itemBatches(
  input: Iterable<unknown> | AsyncIterable<unknown>, o: ResolvedAnalyzeOptions, read: (source: RecordSource) => AsyncIterable<unknown>,
): AsyncGenerator<unknown[]> {
  const iterator = Symbol.asyncIterator in input
    ? (input as AsyncIterable<unknown>)[Symbol.asyncIterator]()
    : (input as Iterable<unknown>)[Symbol.iterator]();
  const first = await iterator.next();
  if (first.done === true) return;
  if (rawKind(first.value) !== undefined) {
    checkNoReadOptions(o);
    let batch: unknown[] = [first.value];
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      batch.push(next.value);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    yield batch;
    return;
  }
  const rest = (async function* () {
    yield postToRecord(first.value);
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield postToRecord(next.value);
  })();
  const records = read(rest as AsyncIterable<object>) as Partial<Batched>;
  yield* records[RECORD_BATCHES]!();
}

/**
 * Open analyze's input as records for ingest.
 * @param input a checked input ({@link checkAnalyzeInput}).
 * @param o the resolved options.
 * @returns records (RawRecords), with their batch iterator.
 */
export function openRecords(input: RecordSource, o: ResolvedAnalyzeOptions, onSchema?: (choice: SchemaChoice) => void): IngestInput {
  const readOptions: ReadRecordsOptions = { ...(o.format === null ? {} : { format: o.format }), ...(o.schema === null ? {} : { schema: o.schema }), map: o.map };
  // Without a schema it is recognised at the first record, and `onSchema` told.
  const read = (source: RecordSource): AsyncIterable<unknown> =>
    onSchema === undefined ? readRecords(source, readOptions) : readRecordsChoosingSchema(source, readOptions, onSchema);
  if (typeof input === 'string' || input instanceof Readable) return read(input);
  // readRecords' own stream: the records are read and adapted already.
  if (isBatched(input)) return input;
  const batches = (): AsyncGenerator<unknown[]> => itemBatches(input, o, read);
  const records: AsyncIterable<unknown> & { readonly [RECORD_BATCHES]: () => AsyncIterable<unknown[]> } = {
    [RECORD_BATCHES]: batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
  return records;
}

/**
 * The schema of a file read without one (recognised from its first record), so that every
 * thread reads it alike; `onSchema` is told. Streams and iterables are told at their first record.
 */
export async function chooseFileSchema(file: string, o: ResolvedAnalyzeOptions): Promise<RecordSchema> {
  const read = resolveReadRecordsOptions({ ...(o.format === null ? {} : { format: o.format }), ...(o.schema === null ? {} : { schema: o.schema }), map: o.map });
  const choice = chooseSchema(read, await readFirstRecord(file, read.format, read.maxLineBytes));
  o.onSchema?.(choice);
  return choice.schema;
}
