/**
 * The CSV field splitter against csv-parse (the oracle it replaced on the read path): on every
 * record the scanner passes as well formed, both must give the same fields; on random byte soup
 * the scanner must never pass a record csv-parse refuses.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanCsvRecords } from '../../src/sources/scan-csv-records.js';
import { splitCsvFields } from '../../src/sources/split-csv-fields.js';

const ORACLE = { relax_column_count: true, columns: false, skip_empty_lines: false, record_delimiter: ['\r\n', '\n'] };

async function scan(text: string, chunkSize: number) {
  const bytes = Buffer.from(text, 'utf8');
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: { bytes: Buffer; ok: number; infos: { status: string; bytes: number }[] }[] = [];
  for await (const batch of scanCsvRecords(chunks(), 1 << 20)) {
    out.push({ bytes: batch.bytes, ok: batch.infos.filter((i) => i.status === 'ok').length, infos: [...batch.infos] });
  }
  return out;
}

/** A field as a writer would put it: quoted when it needs it (or at random), quotes doubled. */
const field = fc
  .tuple(fc.array(fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é', '😀', '#', '1'), { maxLength: 20 }), fc.boolean())
  .map(([chars, quoteAnyway]) => {
    const s = chars.join('');
    return quoteAnyway || /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  });
const record = fc.tuple(fc.array(field, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'));

describe('splitCsvFields', () => {
  it('reads quoted fields, doubled quotes, embedded newlines and \\r\\n endings', () => {
    const text = 'a,"b ""q"", c",\r\n"x\ny",,"",z\n';
    expect(splitCsvFields(Buffer.from(text), 2)).toEqual([['a', 'b "q", c', ''], ['x\ny', '', '', 'z']]);
  });

  it('keeps a \\r inside a field as data and drops only the one before \\n', () => {
    expect(splitCsvFields(Buffer.from('a\rb,c\r\r\n'), 1)).toEqual([['a\rb', 'c\r']]);
  });

  it('ends, without looping, on a quote the scanner would have refused (never closed)', () => {
    expect(splitCsvFields(Buffer.from('a,"never closed\n'), 1)).toEqual([['a', 'never closed\n']]);
  });

  it('gives the fields csv-parse gives on well-formed files, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 64 }), async (records, chunkSize) => {
        const text = records.map(([fields, end]) => fields.join(',') + end).join('');
        const batches = await scan(text, chunkSize);
        const ours = batches.flatMap((b) => splitCsvFields(b.bytes, b.ok));
        // The scanner skips blank records (an unquoted field of spaces alone).
        const kept = records.filter(([fields]) => !(fields.length === 1 && /^[ ]*$/.test(fields[0]!)));
        expect(ours).toEqual(kept.map(([fields, end]) => (parse(fields.join(',') + end, ORACLE) as string[][])[0]));
      }),
      { numRuns: 400 },
    );
  });

  it('never passes a record csv-parse refuses, and splits the passed ones as it does (random byte soup)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é'), { maxLength: 60 }),
        fc.integer({ min: 1, max: 16 }),
        async (chars, chunkSize) => {
          const text = chars.join('');
          for (const b of await scan(text, chunkSize)) {
            const ours = splitCsvFields(b.bytes, b.ok);
            // Record by record: the bytes of the batch are the ok records, in order (the file's
            // last record gets the `\n` it lacked, not counted in its info).
            let offset = 0;
            let k = 0;
            for (const info of b.infos) {
              if (info.status !== 'ok') continue;
              const one = b.bytes.subarray(offset, k === b.ok - 1 ? b.bytes.length : offset + info.bytes);
              offset += info.bytes;
              expect(parse(one, ORACLE)).toEqual([ours[k++]]);
            }
            expect(k).toBe(ours.length);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
