import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { readRecords } from '../../src/sources/index.js';
import type { RawRecord } from '../../src/sources/index.js';

/** Read bytes handed out as the given chunks. */
async function read(chunks: readonly Buffer[], maxLineBytes = 1_048_576): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of readRecords(Readable.from(chunks), { format: 'ndjson', maxLineBytes })) out.push(r);
  return out;
}

/** The bytes cut at the given offsets. */
function cut(bytes: Buffer, offsets: readonly number[]): Buffer[] {
  const sorted = [...new Set(offsets)].filter((o) => o > 0 && o < bytes.length).sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let from = 0;
  for (const o of sorted) {
    parts.push(bytes.subarray(from, o));
    from = o;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

type Seen = { line: number | undefined; value: unknown } | { line: number | undefined; code: string; received: string };
const seen = (records: RawRecord[]): Seen[] =>
  records.map((r) => (r.kind === 'record' ? { line: r.line, value: r.value } : { line: r.line, code: r.code, received: r.received }));

/**
 * Oracle: the reading rules applied line by line to the whole input (split at `\n` bytes, one
 * decode per line), with no chunks at all.
 */
function oracle(bytes: Buffer, maxLineBytes: number): Seen[] {
  const out: Seen[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let nl = bytes.indexOf(10, start);
    if (nl === -1) nl = bytes.length;
    const length = nl - start;
    const piece = bytes.subarray(start, nl);
    start = nl + 1;
    if (length > maxLineBytes) {
      out.push({ line, code: 'line-too-long', received: `${length} bytes` });
      continue;
    }
    let text = piece.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      out.push({ line, code: 'malformed-json', received: text.length > 80 ? `${text.slice(0, 80)}…` : text });
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) out.push({ line, code: 'not-an-object', received: String(value) });
    else out.push({ line, value: { ...(value as object) } });
  }
  return out;
}

/** Compare only what the oracle knows about `not-an-object` (its `received` wording belongs to the adapter). */
const comparable = (items: Seen[]): Seen[] => items.map((s) => ('code' in s && s.code === 'not-an-object' ? { ...s, received: '' } : s));

describe('readRecords NDJSON chunk boundaries', () => {
  const text = '{"text":"é"}\n{"text":"中文"}\n{"text":"😀x"}\n{"text":"aé中😀"}\n';
  const bytes = Buffer.from(text, 'utf8');
  const expected = [{ text: 'é' }, { text: '中文' }, { text: '😀x' }, { text: 'aé中😀' }];

  it('returns the same text when a multi-byte character is split between two chunks', async () => {
    for (let at = 1; at < bytes.length; at++) {
      const records = await read(cut(bytes, [at]));
      expect(records.map((r) => (r.kind === 'record' ? r.value : r.code))).toEqual(expected);
      expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    }
  });

  it('returns the same text when every byte is its own chunk', async () => {
    const records = await read(cut(bytes, Array.from({ length: bytes.length }, (_, i) => i)));
    expect(records.map((r) => (r.kind === 'record' ? r.value : r.code))).toEqual(expected);
  });
});

describe('readRecords NDJSON lines inside one chunk', () => {
  it('strips one CR of a CRLF ending and skips blank, CR-only and whitespace-only lines, counting them', async () => {
    const records = await read([Buffer.from('{"id":1}\r\n\r\n\n  \t\r\n\r\r\n{"id":2}\r\n{"id":3}')]);
    expect(seen(records)).toEqual([{ line: 1, value: { id: 1 } }, { line: 6, value: { id: 2 } }, { line: 7, value: { id: 3 } }]);
  });

  it('returns line-too-long for a line in the middle of a chunk, counting bytes, not characters', async () => {
    // 9 + 10 × 2 + 2 + CR = 32 bytes, over a limit of 30, in 22 UTF-16 units.
    const long = `{"text":"${'é'.repeat(10)}"}`;
    // 9 + 9 × 2 + 2 = 29 bytes: its 20 units could be 60 bytes, but it fits.
    const fits = `{"text":"${'é'.repeat(9)}"}`;
    const records = await read([Buffer.from(`{"id":1}\n${long}\r\n${fits}\n{"id":2}\n`)], 30);
    expect(seen(records)).toEqual([
      { line: 1, value: { id: 1 } },
      { line: 2, code: 'line-too-long', received: '32 bytes' },
      { line: 3, value: { text: 'é'.repeat(9) } },
      { line: 4, value: { id: 2 } },
    ]);
  });

  it('counts an invalid byte as one byte, not as the three of its replacement character', async () => {
    const line = Buffer.concat([Buffer.from('{"text":"'), Buffer.alloc(12, 0xff), Buffer.from('"}')]); // 23 bytes
    const records = await read([Buffer.concat([Buffer.from('{"id":1}\n'), line, Buffer.from('\n{"id":2}\n')])], 23);
    expect(seen(records)).toEqual([
      { line: 1, value: { id: 1 } },
      { line: 2, value: { text: '\uFFFD'.repeat(12) } },
      { line: 3, value: { id: 2 } },
    ]);
  });

  it('returns malformed-json in the middle of a chunk with the line and an excerpt', async () => {
    const records = await read([Buffer.from(`{"id":1}\n{oops\n{"id":"${'x'.repeat(100)}\n{"id":2}`)]);
    expect(seen(records)).toEqual([
      { line: 1, value: { id: 1 } },
      { line: 2, code: 'malformed-json', received: '{oops' },
      { line: 3, code: 'malformed-json', received: `{"id":"${'x'.repeat(73)}…` },
      { line: 4, value: { id: 2 } },
    ]);
  });

  it('returns the last line when it has no newline, or only a CR', async () => {
    expect(seen(await read([Buffer.from('{"id":1}\n{"id":2}')]))).toEqual([{ line: 1, value: { id: 1 } }, { line: 2, value: { id: 2 } }]);
    expect(seen(await read([Buffer.from('{"id":1}\n{"id":2}\r')]))).toEqual([{ line: 1, value: { id: 1 } }, { line: 2, value: { id: 2 } }]);
    expect(seen(await read([Buffer.from('{"id":1}\n\r')]))).toEqual([{ line: 1, value: { id: 1 } }]);
  });
});

describe('readRecords NDJSON oracle', () => {
  // Pieces chosen to hit every rule: multi-byte and invalid bytes, CR, blanks, long lines, bad JSON.
  const PIECES: readonly Buffer[] = [
    Buffer.from('{"id":"a"}'), Buffer.from('{"text":"é中😀"}'), Buffer.from('\n'), Buffer.from('\r\n'), Buffer.from('\r'),
    Buffer.from('  '), Buffer.from('{oops'), Buffer.from('[1]'), Buffer.from('"s"'), Buffer.from([0xff]), Buffer.from([0xe2, 0x82]),
    Buffer.from([0xf0, 0x9f, 0x98, 0x80]), Buffer.from('\uFFFD'), Buffer.from(`{"text":"${'é'.repeat(20)}"}`), Buffer.from(`{"text":"${'y'.repeat(40)}"}`),
  ];
  it('returns what reading each line alone returns, whatever the chunking and the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: PIECES.length - 1 }), { maxLength: 60 }),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 12 }),
        fc.constantFrom(1, 8, 20, 35, 60, 1_048_576),
        async (picks, offsets, maxLineBytes) => {
          const bytes = Buffer.concat(picks.map((p) => PIECES[p] as Buffer));
          const records = await read(cut(bytes, offsets), maxLineBytes);
          expect(comparable(seen(records))).toEqual(comparable(oracle(bytes, maxLineBytes)));
          expect(records.map((r) => r.index)).toEqual(records.map((_, i) => i));
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
