/**
 * `hashtag-swarms/sources` — what the package publishes from the sources stage: read files,
 * streams and iterables into generic records. index.ts is the stage's door for the other stages
 * and also holds library internals; this file names the public subset.
 */
export { readRecords, resolveReadRecordsOptions, DEFAULT_READ_RECORDS_OPTIONS } from './read-records.js';
export { parseFieldMap } from './parse-field-map.js';
export { detectSchema, type SchemaDetection } from './detect-schema.js';
export type {
  RawRecord,
  RawRecordValue,
  RawRecordError,
  ReadRecordsOptions,
  ResolvedReadRecordsOptions,
  RecordFormat,
  RecordSchema,
  RecordSource,
  SchemaChoice,
  SourceRejectionCode,
  GenericField,
  GenericRecord,
  FieldMap,
} from './types.js';
