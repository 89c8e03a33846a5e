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

/** ` (line n)` for text input, `''` otherwise (built only for error records). */
function lineSuffix(line: number | undefined): string {
  return line === undefined ? '' : ` (line ${line})`;
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
  const next = { index: 0 };
  for await (const batch of items) {
    const out = adaptItems(batch, adapter, next);
    if (out.length > 0) yield out;
  }
}

/**
 * Adapt one batch of parsed items.
 * @param batch - parsed items
 * @param adapter - the schema adapter
 * @param next - index of the next record (advanced)
 * @returns records and error records
 */
export function adaptItems(batch: readonly TextItem[], adapter: SchemaAdapter, next: { index: number }): RawRecord[] {
  let index = next.index;
  const out: RawRecord[] = [];
  for (let b = 0; b < batch.length; b++) {
    const item = batch[b] as TextItem;
    const line = item.line;
    if (!item.ok) {
      out.push({ kind: 'error', index, ...(line === undefined ? {} : { line }), code: item.code, field: 'record', expected: item.expected, received: item.received, message: `record ${index}${lineSuffix(line)}: ${item.message}` });
      index++;
      continue;
    }
    const value = item.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      out.push({
        kind: 'error', index, ...(line === undefined ? {} : { line }), code: 'not-an-object', field: 'record', expected: 'a JSON object',
        received: kindOf(value), message: `record ${index}${lineSuffix(line)} is ${kindOf(value)}, not an object`,
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
          received: excerpt(result.received), message: `record ${index}${lineSuffix(line)}: ${result.field} is ${excerpt(result.received)}, expected ${result.expected}`,
        });
      } else if (line === undefined) out.push({ kind: 'record', index, value: result as Record<string, unknown> });
      else out.push({ kind: 'record', index, line, value: result as Record<string, unknown> });
      index++;
    }
  }
  next.index = index;
  return out;
}

/**
 * Records one by one from their batches. A hand-written iterator: a record taken from the
 * current batch costs one resolved promise, where an async generator's `yield` costs several
 * promise jobs per record. Overlapping `next()` calls are served in call order.
 * @param batches - the batches (iterated lazily, at the first `next()`)
 * @returns an async iterator over the records; `return()` closes the batches
 */
export function recordsOneByOne(batches: () => AsyncIterable<RawRecord[]>): AsyncIterableIterator<RawRecord> {
  let source: AsyncIterator<RawRecord[]> | undefined;
  let batch: RawRecord[] = [];
  let at = 0;
  let finished = false;
  let pending = 0;
  let tail: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(task: () => Promise<T>): Promise<T> => {
    pending++;
    const result = tail.then(task);
    tail = result.then(() => { pending--; }, () => { pending--; });
    return result;
  };
  const pull = async (): Promise<IteratorResult<RawRecord, undefined>> => {
    while (at >= batch.length) {
      if (finished) return { done: true, value: undefined };
      source ??= batches()[Symbol.asyncIterator]();
      let next: IteratorResult<RawRecord[]>;
      try {
        next = await source.next();
      } catch (error) {
        finished = true;
        throw error;
      }
      if (next.done === true) {
        finished = true;
        return { done: true, value: undefined };
      }
      batch = next.value;
      at = 0;
    }
    return { done: false, value: batch[at++] as RawRecord };
  };
  return {
    next() {
      if (pending === 0 && at < batch.length) return Promise.resolve({ done: false, value: batch[at++] as RawRecord });
      return inOrder(pull);
    },
    return() {
      return inOrder(async () => {
        const open = !finished && source !== undefined;
        finished = true;
        batch = [];
        at = 0;
        if (open) await (source as AsyncIterator<RawRecord[]>).return?.();
        return { done: true, value: undefined };
      });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
