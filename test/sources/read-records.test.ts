import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readRecords } from '../../src/sources/index.js';
import type { RawRecord, ReadRecordsOptions, RecordSource } from '../../src/sources/index.js';
import { InputError, InvalidOptionsError } from '../../src/errors.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hs-sources-'));
});

async function collect(source: RecordSource, options?: ReadRecordsOptions): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of readRecords(source, options)) out.push(r);
  return out;
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A stream that hands out the bytes in pieces of `size`, to cross every chunk boundary. */
function chunked(text: string, size: number): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

const values = (records: RawRecord[]) => records.map((r) => (r.kind === 'record' ? r.value : r.code));

describe('readRecords NDJSON', () => {
  it('returns one record per non-blank line with its line number', async () => {
    const records = await collect(file('a.ndjson', '{"id":"1"}\n\n{"id":"2"}\r\n'));
    expect(records).toEqual([
      { kind: 'record', index: 0, line: 1, value: { id: '1' } },
      { kind: 'record', index: 1, line: 3, value: { id: '2' } },
    ]);
  });
  it('returns malformed-json and not-an-object error records and keeps going', async () => {
    const records = await collect(file('b.jsonl', '{"id":1}\n{oops\n[1,2]\n"text"\n{"id":2}'));
    expect(values(records)).toEqual([{ id: 1 }, 'malformed-json', 'not-an-object', 'not-an-object', { id: 2 }]);
    expect(records[1]).toMatchObject({ kind: 'error', index: 1, line: 2, field: 'record' });
  });
  it('returns line-too-long for a line over maxLineBytes, across chunk boundaries', async () => {
    const long = `{"id":"${'x'.repeat(500)}"}`;
    const text = `{"id":"a"}\n${long}\n{"id":"b"}\n`;
    for (const size of [1, 7, 64, 4096]) {
      const records = await collect(chunked(text, size), { format: 'ndjson', maxLineBytes: 100 });
      expect(values(records)).toEqual([{ id: 'a' }, 'line-too-long', { id: 'b' }]);
      expect(records[1]).toMatchObject({ line: 2, received: `${long.length} bytes` });
    }
  });
  it('reads gzip transparently, whatever the extension', async () => {
    const gz = gzipSync(Buffer.from('{"id":"1"}\n{"id":"2"}\n'));
    expect(values(await collect(file('c.ndjson.gz', gz)))).toEqual([{ id: '1' }, { id: '2' }]);
    expect(values(await collect(Readable.from([gz]), { format: 'ndjson' }))).toEqual([{ id: '1' }, { id: '2' }]);
  });
  it('reads an iterable of lines and an async iterable of objects', async () => {
    expect(values(await collect(['{"id":"1"}', '{"id":"2"}']))).toEqual([{ id: '1' }, { id: '2' }]);
    async function* objects(): AsyncGenerator<unknown> { yield { id: 'x' }; yield 5; }
    const records = await collect(objects() as RecordSource);
    expect(values(records)).toEqual([{ id: 'x' }, 'not-an-object']);
    expect(records[1]).not.toHaveProperty('line');
  });
});

describe('readRecords JSON', () => {
  const text = '\uFEFF[\n {"id":"1","text":"a ] , [ \\" }"},\n {"id":"2","mentions":{"d":[1,{"e":"]"}]}},\n 3,\n {bad},\n {"id":"5"}\n]\n';
  it('returns the elements of a top-level array, streamed element by element', async () => {
    for (const size of [1, 3, 16, 1 << 16]) {
      const records = await collect(chunked(text, size), { format: 'json' });
      expect(values(records)).toEqual([
        { id: '1', text: 'a ] , [ " }' }, { id: '2', mentions: { d: [1, { e: ']' }] } }, 'not-an-object', 'malformed-json', { id: '5' },
      ]);
      expect(records.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    }
  });
  it('returns line-too-long for an element over maxLineBytes without parsing it', async () => {
    const big = `[{"id":"1"},{"id":"${'y'.repeat(2000)}"},{"id":"3"}]`;
    expect(values(await collect(chunked(big, 100), { format: 'json', maxLineBytes: 500 }))).toEqual([{ id: '1' }, 'line-too-long', { id: '3' }]);
  });
  it('returns one record for a top-level object and malformed-json for an unclosed array', async () => {
    expect(values(await collect(file('p.json', '{"id":"only"}')))).toEqual([{ id: 'only' }]);
    expect(values(await collect(file('q.json', '[{"id":"1"}, {"id":"2"')))).toEqual([{ id: '1' }, 'malformed-json']);
    expect(values(await collect(file('r.json', '[]')))).toEqual([]);
    expect(values(await collect(file('s.json', '[{"id":"1"}] x')))).toEqual([{ id: '1' }, 'malformed-json']);
  });
});

describe('readRecords CSV', () => {
  it('returns RFC 4180 records: quoted delimiters, embedded newlines and doubled quotes', async () => {
    const text = 'id,text\r\n1,"a, ""quoted""\r\nline"\r\n2,plain\r\n';
    const records = await collect(file('a.csv', text));
    expect(records).toEqual([
      { kind: 'record', index: 0, line: 2, value: { id: '1', text: 'a, "quoted"\r\nline' } },
      { kind: 'record', index: 1, line: 4, value: { id: '2', text: 'plain' } },
    ]);
  });
  it('returns wrong-column-count, malformed-csv and line-too-long records and keeps reading', async () => {
    const text = `id,text\n1,ok\n2\n3,"x"y\n4,"${'z'.repeat(300)}"\n5,b"c\n6,end\n7,"never closed\n`;
    for (const size of [1, 5, 1 << 16]) {
      const records = await collect(chunked(text, size), { format: 'csv', maxLineBytes: 100 });
      expect(values(records)).toEqual([
        { id: '1', text: 'ok' }, 'wrong-column-count', 'malformed-csv', 'line-too-long', 'malformed-csv', { id: '6', text: 'end' }, 'malformed-csv',
      ]);
      expect(records.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    }
  });
  it('keeps __proto__ and constructor as ordinary column names', async () => {
    const records = await collect(file('h.csv', '__proto__,constructor,hasOwnProperty\na,b,c\n'), {
      map: { account: '__proto__', id: 'constructor', hashtags: 'hasOwnProperty' },
    });
    const value = (records[0] as { value: Record<string, unknown> }).value;
    expect({ ...value }).toEqual({ account: 'a', id: 'b', hashtags: 'c' });
  });
});

describe('readRecords errors', () => {
  it('throws InputError unreadable-input at the call for a missing file or a directory', () => {
    expect(() => readRecords(path.join(dir, 'missing.csv'))).toThrow(InputError);
    mkdirSync(path.join(dir, 'd.csv'), { recursive: true });
    for (const p of [path.join(dir, 'missing.csv'), path.join(dir, 'd.csv')]) {
      try { readRecords(p); expect.unreachable(); } catch (e) { expect((e as InputError).code).toBe('unreadable-input'); }
    }
  });
  it('sniffs the format of a file without a known extension from its first bytes: NDJSON, JSON array, CSV, gzip', async () => {
    expect(values(await collect(file('data.txt', '{"id":"1"}\n{"id":"2"}\n')))).toEqual([{ id: '1' }, { id: '2' }]);
    expect(values(await collect(file('export', '\n [{"id":"1"},\n{"id":"2"}]\n')))).toEqual([{ id: '1' }, { id: '2' }]);
    expect(values(await collect(file('posts', 'id,account\n1,"a, b"\n')))).toEqual([{ id: '1', account: 'a, b' }]);
    expect(values(await collect(file('posts-gz', gzipSync(Buffer.from('\ufeff{"id":"1"}\n')))))).toEqual([{ id: '1' }]);
    expect(values(await collect(file('data.txt', '{"id":"1"}\n'), { format: 'ndjson' }))).toEqual([{ id: '1' }]);
  });
  it('throws InputError unknown-format while iterating a file without a known extension whose bytes are not text', async () => {
    const p = file('data.bin', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x01]));
    await expect(collect(p)).rejects.toMatchObject({ name: 'InputError', code: 'unknown-format' });
    await expect(collect(p)).rejects.toThrow(/cannot tell the format of .*data\.bin/);
  });
  it('throws InputError unreadable-input while iterating corrupt gzip', async () => {
    const bad = Buffer.concat([gzipSync(Buffer.from('{"id":"1"}\n'.repeat(100))).subarray(0, 30), Buffer.from('garbage')]);
    await expect(collect(file('bad.ndjson.gz', bad))).rejects.toMatchObject({ code: 'unreadable-input' });
  });
  it.each([
    ['format', 'xml'], ['schema', 'facebook'], ['maxLineBytes', 0], ['maxLineBytes', 1.5], ['map', 'account=x'], ['mapp', {}],
  ])('throws InvalidOptionsError for %s = %j', (option, value) => {
    try { readRecords(['x'], { [option]: value } as ReadRecordsOptions); expect.unreachable(); } catch (e) {
      expect(e).toBeInstanceOf(InvalidOptionsError);
      expect((e as InvalidOptionsError).code).toBe('invalid-options');
    }
  });
  it('throws InvalidOptionsError for a map with a platform schema or an unknown field', () => {
    expect(() => readRecords(['x'], { schema: 'ira', map: { account: 'a' } })).toThrow(InvalidOptionsError);
    expect(() => readRecords(['x'], { map: { user: 'a' } as never })).toThrow(InvalidOptionsError);
    expect(() => readRecords(42 as never)).toThrow(InvalidOptionsError);
  });
});
