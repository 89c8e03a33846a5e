/**
 * Parsed items → RawRecords through the schema adapter, batch by batch. Records
 * travel in batches between the stages (one batch per input chunk) so that the
 * per-record cost is a loop step, not an async-generator hop; `readRecords`
 * exposes them under {@link RECORD_BATCHES} for ingest, and one by one to
 * everyone else.
 */
import type { RawRecord, SchemaAdapter } from './types.js';
import { excerpt, type TextItem } from './text-item.js';

/** Key of the batch iterator on the object `readRecords` returns (a registered symbol). */
export const RECORD_BATCHES: unique symbol = Symbol.for('hashtag-swarms.recordBatches') as never;

/** What `readRecords` returns: records one by one, and in batches under {@link RECORD_BATCHES}. */
export interface RecordStream extends AsyncIterable<RawRecord> {
  readonly [RECORD_BATCHES]: () => AsyncIterable<RawRecord[]>;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? excerpt(JSON.stringify(value)) : `a ${typeof value}`;
}

/**
 * Adapt batches of parsed items; indexes run on across batches.
 * @param items - batches of parsed items
 * @param adapter - the schema adapter
 * @returns batches of records and error records
 */
export async function* adaptBatches(items: AsyncIterable<TextItem[]>, adapter: SchemaAdapter): AsyncGenerator<RawRecord[]> {
  let index = 0;
  for await (const batch of items) {
    const out: RawRecord[] = [];
    for (let b = 0; b < batch.length; b++) {
      const item = batch[b] as TextItem;
      const line = item.line;
      const where = line === undefined ? '' : ` (line ${line})`;
      if (!item.ok) {
        out.push({ kind: 'error', index, ...(line === undefined ? {} : { line }), code: item.code, field: 'record', expected: item.expected, received: item.received, message: `record ${index}${where}: ${item.message}` });
        index++;
        continue;
      }
      const value = item.value;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        out.push({
          kind: 'error', index, ...(line === undefined ? {} : { line }), code: 'not-an-object', field: 'record', expected: 'a JSON object',
          received: kindOf(value), message: `record ${index}${where} is ${kindOf(value)}, not an object`,
        });
        index++;
        continue;
      }
      const adapted = adapter(value as Record<string, unknown>);
      for (let a = 0; a < adapted.length; a++) {
        const result = adapted[a] as (typeof adapted)[number];
        if ('rejected' in result && result.rejected === true) {
          out.push({
            kind: 'error', index, ...(line === undefined ? {} : { line }), code: result.code, field: result.field, expected: result.expected,
            received: excerpt(result.received), message: `record ${index}${where}: ${result.field} is ${excerpt(result.received)}, expected ${result.expected}`,
          });
        } else if (line === undefined) out.push({ kind: 'record', index, value: result as Record<string, unknown> });
        else out.push({ kind: 'record', index, line, value: result as Record<string, unknown> });
        index++;
      }
    }
    if (out.length > 0) yield out;
  }
}
