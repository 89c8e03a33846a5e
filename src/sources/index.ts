/**
 * sources — read files, streams and iterables into generic records.
 * The only module other stages import from this folder.
 */
export * from './public.js';
// For the other stages only (not published):
export { recordColumns } from './detect-schema.js';
export { RECORD_BATCHES, adaptItems } from './adapt-batches.js';
export {
  chooseSchema,
  readFileItems,
  readFirstRecord,
  readNdjsonRange,
  readRecordsChoosingSchema,
  readRecordsHead,
} from './read-records.js';
export { formatFromPath } from './open-input.js';
export { selectAdapter } from './schemas/select-adapter.js';
export type { TextItem } from './text-item.js';
export type { SchemaAdapter } from './types.js';
