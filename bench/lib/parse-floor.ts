/**
 * The physical floor of one core: read + parse + intern, nothing else.
 * - `parseFloor`: the library's `readRecords` (file → lines/CSV → JSON objects → generic
 *   records), then Map interning of accounts and of the `hashtags` field as given (no text
 *   extraction, no validation).
 * - `parseRaw` (NDJSON only): `fs` chunks → split on `\n` → `JSON.parse` → the same interning;
 *   no reader at all, so the gap to `parseFloor` is the reader's own cost.
 */
import { createReadStream } from 'node:fs';
import { readRecords } from '../../src/sources/index.js';
import type { ReadSpec } from './occurrences.js';

/** Interning counts of a floor run. */
export interface FloorCounts {
  readonly records: number;
  readonly accounts: number;
  readonly hashtags: number;
}

class Interner {
  readonly accounts = new Map<string, number>();
  readonly hashtags = new Map<string, number>();
  records = 0;
  add(value: Readonly<Record<string, unknown>>): void {
    this.records++;
    const account = String(value.account);
    if (!this.accounts.has(account)) this.accounts.set(account, this.accounts.size);
    const tags = value.hashtags;
    if (Array.isArray(tags)) {
      for (const t of tags) {
        const h = String(t);
        if (!this.hashtags.has(h)) this.hashtags.set(h, this.hashtags.size);
      }
    } else if (tags !== undefined && tags !== null) {
      const h = String(tags);
      if (!this.hashtags.has(h)) this.hashtags.set(h, this.hashtags.size);
    }
  }
  counts(): FloorCounts {
    return { records: this.records, accounts: this.accounts.size, hashtags: this.hashtags.size };
  }
}

/**
 * readRecords + interning.
 * @param spec input
 * @returns counts
 * @example
 * await parseFloor({ path: 'posts.ndjson' });
 */
export async function parseFloor(spec: ReadSpec): Promise<FloorCounts> {
  const interner = new Interner();
  const records = readRecords(spec.path, {
    ...(spec.format === undefined ? {} : { format: spec.format }),
    ...(spec.schema === undefined ? {} : { schema: spec.schema }),
    ...(spec.map === undefined ? {} : { map: spec.map }),
  });
  for await (const r of records) if (r.kind === 'record') interner.add(r.value);
  return interner.counts();
}

/**
 * fs + split + JSON.parse + interning (NDJSON only).
 * @param path NDJSON file
 * @returns counts
 * @example
 * await parseRaw('posts.ndjson');
 */
export async function parseRaw(path: string): Promise<FloorCounts> {
  const interner = new Interner();
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (nl > start) interner.add(JSON.parse(text.slice(start, nl)) as Record<string, unknown>);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest.trim().length > 0) interner.add(JSON.parse(rest) as Record<string, unknown>);
  return interner.counts();
}
