/**
 * sources — read files, streams and iterables into generic records.
 * The only module other stages import from this folder.
 */
export { readRecords, resolveReadRecordsOptions, DEFAULT_READ_RECORDS_OPTIONS } from './read-records.js';
export { parseFieldMap } from './parse-field-map.js';
export { detectSchema, recordColumns, type SchemaDetection } from './detect-schema.js';
/** Internal to the library (ingest reads records in batches; split reads); not exported from the package. */
export { RECORD_BATCHES, adaptItems } from './adapt-batches.js';
export { chooseSchema, readFileItems, readFirstRecord, readNdjsonRange, readRecordsChoosingSchema, readRecordsHead } from './read-records.js';
export { formatFromPath } from './open-input.js';
export { selectAdapter } from './schemas/select-adapter.js';
export type { TextItem } from './text-item.js';
export type { SchemaAdapter } from './types.js';
export type {
  RawRecord, RawRecordValue, RawRecordError, ReadRecordsOptions, ResolvedReadRecordsOptions, RecordFormat,
  RecordSchema, RecordSource, SchemaChoice, SourceRejectionCode, GenericField, GenericRecord, FieldMap,
} from './types.js';
