import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readRecords } from '../../src/sources/index.js';
import type { RawRecord } from '../../src/sources/index.js';

const lines = (n: number): string => Array.from({ length: n }, (_, i) => `{"id":"${i}"}\n`).join('');
/** A stream of the text in pieces of `size` bytes, so that records come in many batches. */
const pieces = (text: string, size: number): Readable => {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
};
const ids = (results: ReadonlyArray<IteratorResult<RawRecord>>): unknown[] =>
  results.map((r) => (r.done === true ? 'done' : r.value.kind === 'record' ? r.value.value.id : r.value.code));

describe('readRecords one by one', () => {
  it('returns every record in order across batches', async () => {
    const out: unknown[] = [];
    for await (const r of readRecords(pieces(lines(50), 7), { format: 'ndjson' })) out.push(r.kind === 'record' ? r.value.id : r.code);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => `${i}`));
  });

  it('returns records in call order when next() calls overlap', async () => {
    const iterator = readRecords(pieces(lines(30), 5), { format: 'ndjson' })[Symbol.asyncIterator]();
    const results = await Promise.all(Array.from({ length: 33 }, () => iterator.next()));
    expect(ids(results)).toEqual([...Array.from({ length: 30 }, (_, i) => `${i}`), 'done', 'done', 'done']);
  });

  it('closes the input when iteration stops early, and returns done afterwards', async () => {
    const stream = pieces(lines(100), 9);
    const iterator = readRecords(stream, { format: 'ndjson' })[Symbol.asyncIterator]();
    expect(ids([await iterator.next(), await iterator.next()])).toEqual(['0', '1']);
    expect(await iterator.return?.()).toEqual({ done: true, value: undefined });
    expect(stream.destroyed).toBe(true);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('throws a read error once, then returns done', async () => {
    const bad = Buffer.concat([gzipSync(Buffer.from(lines(2000))).subarray(0, 40), Buffer.from('garbage')]);
    const iterator = readRecords(Readable.from([bad]), { format: 'ndjson' })[Symbol.asyncIterator]();
    let error: unknown;
    try {
      for (;;) if ((await iterator.next()).done === true) break;
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'unreadable-input' });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });
});
