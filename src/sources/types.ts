/**
 * Types of the sources stage: what {@link readRecords} accepts and the
 * {@link RawRecord} union it yields (a record, or a reason why a piece of the
 * input could not become one).
 */
import type { Readable } from 'node:stream';
import type { SchemaDetection } from './detect-schema.js';

/** Text formats that can be read. Gzip is detected from the bytes (`1f 8b`), whatever the format. */
export type RecordFormat = 'ndjson' | 'json' | 'csv';

/** Platform shapes that are adapted to the generic record (DESIGN.md §4). */
export type RecordSchema =
  | 'generic'
  | 'twitter-v1'
  | 'twitter-v2'
  | 'rtweet'
  | 'ira'
  | 'mastodon'
  | 'bluesky';

/** Rejection codes raised while reading (ingest adds its own on top of these). */
export type SourceRejectionCode =
  | 'malformed-json'
  | 'malformed-csv'
  | 'wrong-column-count'
  | 'line-too-long'
  | 'not-an-object'
  | 'invalid-field';

/** Names of the generic record's fields (the targets a field map may rename to). */
export type GenericField =
  | 'id'
  | 'account'
  | 'time'
  | 'hashtags'
  | 'text'
  | 'followers'
  | 'likes'
  | 'reposts'
  | 'replies'
  | 'repostOf'
  | 'replyTo'
  | 'mentions';

/** Generic record: raw values (strings, numbers, arrays) under the generic names. */
export type GenericRecord = { [K in GenericField]?: unknown };

/** Renames source columns to generic fields: `{ account: 'screen_name' }`. */
export type FieldMap = Readonly<Partial<Record<GenericField, string>>>;

/** One record read from the input, already adapted to the generic shape. */
export interface RawRecordValue {
  readonly kind: 'record';
  /** 0-based index among the records (and errors) yielded by this reader. */
  readonly index: number;
  /** 1-based physical line where the record starts, for text input. */
  readonly line?: number;
  readonly value: Readonly<Record<string, unknown>>;
}

/** A piece of the input that could not become a record. */
export interface RawRecordError {
  readonly kind: 'error';
  readonly index: number;
  readonly line?: number;
  readonly code: SourceRejectionCode;
  readonly field: string;
  readonly expected: string;
  readonly received: string;
  readonly message: string;
}

/** What {@link readRecords} yields. */
export type RawRecord = RawRecordValue | RawRecordError;

/** What {@link readRecords} reads: a file path, a byte/text stream, or an (async) iterable of lines or objects. */
export type RecordSource =
  | string
  | Readable
  | Iterable<string | object>
  | AsyncIterable<string | object>;

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions {
  /** Text format. @default from the file extension; for streams sniffed from the first byte (`[` json, `{` ndjson, else csv); for iterables of lines 'ndjson' */
  readonly format?: RecordFormat;
  /**
   * Platform shape of each record. @default recognised from the first record (see `detectSchema`;
   * the header of a CSV file), 'generic' when no shape matches or when a `map` is given
   */
  readonly schema?: RecordSchema;
  /** Column renames for the generic schema, e.g. `{ account: 'screen_name' }` (see {@link parseFieldMap}). @default {} */
  readonly map?: FieldMap;
  /** Longest accepted line / CSV record / JSON element, in bytes; longer ones are rejected `line-too-long`. @default 1_048_576 */
  readonly maxLineBytes?: number;
}

/** {@link ReadRecordsOptions} with defaults applied and values checked. */
export interface ResolvedReadRecordsOptions {
  readonly format: RecordFormat | undefined;
  /** `undefined`: recognised from the first record (generic when a map is given or nothing matches). */
  readonly schema: RecordSchema | undefined;
  readonly map: FieldMap;
  readonly maxLineBytes: number;
}

/** How the schema of a read was chosen, and what its first record showed (for messages). */
export interface SchemaChoice {
  /** The schema the records are read with. */
  readonly schema: RecordSchema;
  /** `option`: given (a `schema` or a `map`); `recognised`: from the first record; `default`: nothing matched, read as generic. */
  readonly chosen: 'option' | 'recognised' | 'default';
  /** What the first record looks like, whatever the option (`undefined`: no known shape). */
  readonly detection: SchemaDetection | undefined;
  /** The first record's keys: a CSV file's columns. */
  readonly columns: readonly string[];
}

/** An adapter's verdict on a record it cannot use (e.g. a Bluesky like instead of a post). */
export interface AdapterRejection {
  readonly rejected: true;
  readonly code: SourceRejectionCode;
  readonly field: string;
  readonly expected: string;
  readonly received: string;
}

/** An adapter turns one platform value into zero or more generic records (pages expand). */
export type SchemaAdapter = (value: Record<string, unknown>) => ReadonlyArray<GenericRecord | AdapterRejection>;
