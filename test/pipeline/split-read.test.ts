/**
 * A large NDJSON file read by two threads (split-read.ts) gives exactly what one thread gives:
 * the same posts in the same order, counts, rejections (index, line, message), duplicates and
 * merges across the split, whatever the split point.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeStream, ingestStream, readRecords, RejectedRecordError } from 'hashtag-swarms';
import { resolveReadRecordsOptions } from 'hashtag-swarms/sources';
import type { IngestOptions, Post, SwarmReport } from 'hashtag-swarms';
import { AUTO_SPLIT_READ_BYTES, ingestSplitFile, planSplitRead, planWholeRead, READ_AHEAD_BATCHES } from '../../src/pipeline/parallel/split-read.js';
import { POST_BATCHES } from '../../src/ingest/index.js';
import { WorkerQueue } from '../../src/pipeline/parallel/worker-queue.js';
import { fixturePosts } from './analyze-fixture.js';

let dir: string;
let file: string;
/** Byte offset of the start of every line of `file`. */
const lineStarts: number[] = [];

/** Lines with every kind of trouble, some of them repeated far apart so that a split falls between. */
function troubleLines(): string[] {
  const lines: string[] = [];
  const post = (i: number, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ id: `p${i}`, account: `u${i % 7}`, time: 1_700_000_000_000 + i * 1000, hashtags: [`t${i % 5}`, 'Été'], followers: i, ...extra });
  for (let i = 0; i < 40; i++) {
    lines.push(post(i));
    if (i === 3) lines.push('{"id": "broken", ');                                   // malformed JSON
    if (i === 5) lines.push('', '   ', '[1, 2]');                                     // blank lines, not an object
    if (i === 8) lines.push(JSON.stringify({ id: 'x8', time: 1_700_000_000_000 }));   // missing account
    if (i === 12) lines.push(`${post(100)}\r`);                                       // CRLF line
    if (i === 20) lines.push(post(3, { hashtags: ['extra'], likes: 4 }));             // repeat of p3: merged
    if (i === 25) lines.push(post(5, { account: 'someone-else' }));                   // repeat of p5, other account: duplicate-id
    if (i === 30) lines.push(post(100, { mentions: ['a', 'b'], repostOf: 'p1', replyTo: 'p2' }));
    if (i === 38) lines.push(post(1));                                                // repeat beyond maxMergeDistance: duplicate-id
    if (i === 33) lines.push(JSON.stringify({ id: 'p200', account: 'u1', time: 'not a time', hashtags: [] }));
  }
  return lines;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hs-split-'));
  file = join(dir, 'trouble.ndjson');
  const lines = troubleLines();
  let at = 3; // after the BOM
  for (const line of lines) {
    lineStarts.push(at);
    at += Buffer.byteLength(line, 'utf8') + 1;
  }
  writeFileSync(file, `\uFEFF${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function drain(stream: ReturnType<typeof ingestStream>): Promise<Post[]> {
  const out: Post[] = [];
  const batches = (stream as unknown as { [POST_BATCHES]: () => AsyncIterable<Post[]> })[POST_BATCHES]();
  for await (const batch of batches) out.push(...batch);
  return out;
}

describe('split read', () => {
  it('gives the posts, counts and rejections of a single-thread read, wherever the split falls', async () => {
    const options: IngestOptions = { maxMergeDistance: 30 };
    const single = ingestStream(readRecords(file), options);
    const expected = await drain(single);
    expect(single.stats.merged).toBe(2);
    expect(single.stats.rejectedByCode).toEqual({ 'malformed-json': 1, 'not-an-object': 1, 'missing-account': 1, 'duplicate-id': 2, 'invalid-timestamp': 1 });
    const read = resolveReadRecordsOptions({ format: 'ndjson' });
    // splits before, between and after the troubled lines, and 0: the worker reads the whole
    // file ahead of the main thread (order 'time')
    for (const line of [-1, 2, 5, 9, 15, 24, 31, 40, lineStarts.length - 1]) {
      const split = ingestSplitFile(file, read, options, line === -1 ? 0 : lineStarts[line]!);
      const posts = await drain(split);
      expect(posts, `split at line ${line + 1}`).toEqual(expected);
      expect(split.stats).toEqual(single.stats);
      expect(split.firstRejected).toEqual(single.firstRejected);
    }
  }, 180_000);

  it('picks a line start for a split, and no split for gzip, CSV, a small file on auto or readWorker false', () => {
    const at = planSplitRead(file, null, true)!;
    expect(lineStarts).toContain(at);
    expect(planSplitRead(file, null, 'auto')).toBeUndefined();
    expect(planSplitRead(file, null, false)).toBeUndefined();
    expect(planSplitRead(file, 'csv', true)).toBeUndefined();
    const gz = join(dir, 'trouble.ndjson.gz');
    writeFileSync(gz, gzipSync(Buffer.from('{"id":"a"}\n'.repeat(1000))));
    expect(planSplitRead(gz, null, true)).toBeUndefined();
    expect(planSplitRead(join(dir, 'missing.ndjson'), null, true)).toBeUndefined();
  });

  it('gives analyze the same report, and under strict the same first rejection', async () => {
    const day = join(dir, 'day.ndjson');
    writeFileSync(day, fixturePosts().map((p) => JSON.stringify(p)).join('\n'));
    const stable = (r: SwarmReport): string => JSON.stringify(r, (k, v: unknown) => (k === 'generatedAt' || k.toLowerCase().includes('elapsed') ? undefined : v));
    const one = await analyze(day, { window: '24h', step: '24h', readWorker: false });
    const two = await analyze(day, { window: '24h', step: '24h', readWorker: true });
    expect(one.swarms.length).toBe(2);
    expect(stable(two)).toBe(stable(one));
    // the first bad record in the worker's part (the last line)
    const tail = join(dir, 'bad-tail.ndjson');
    writeFileSync(tail, `${fixturePosts().map((p) => JSON.stringify(p)).join('\n')}\n{"id": "x", "account": "a"}\n`);
    expect(planSplitRead(tail, null, true)).toBeLessThan(Buffer.byteLength(`${fixturePosts().map((p) => JSON.stringify(p)).join('\n')}`));
    const strictOne = await analyze(tail, { strict: true, readWorker: false }).catch((e: unknown) => e);
    const strictTwo = await analyze(tail, { strict: true, readWorker: true }).catch((e: unknown) => e);
    expect(strictOne).toBeInstanceOf(RejectedRecordError);
    expect(strictTwo).toBeInstanceOf(RejectedRecordError);
    expect((strictTwo as RejectedRecordError).message).toBe((strictOne as RejectedRecordError).message);
  });

  it('reads a whole file in a worker (time order) for any known format and gzip on readWorker true, or a large one on auto', () => {
    expect(planWholeRead(file, null, true)).toBe('ndjson');
    expect(planWholeRead(file, 'csv', true)).toBe('csv'); // the option wins over the extension
    expect(planWholeRead(file, null, 'auto')).toBeUndefined();
    expect(planWholeRead(file, null, false)).toBeUndefined();
    const gz = join(dir, 'ahead.ndjson.gz');
    writeFileSync(gz, gzipSync(Buffer.from('{"id":"a"}\n'.repeat(1000))));
    expect(planWholeRead(gz, null, true)).toBe('ndjson');
    expect(planWholeRead(gz, null, 'auto')).toBeUndefined(); // 11 kB of content
    // on 'auto' a gzip file counts by its content (the trailer's ISIZE): 34 MB of NDJSON in ~0.1 MB
    const big = join(dir, 'big.ndjson.gz');
    writeFileSync(big, gzipSync(Buffer.from('{"id":"a"}\n'.repeat(3_100_000))));
    expect(statSync(big).size).toBeLessThan(AUTO_SPLIT_READ_BYTES);
    expect(planWholeRead(big, null, 'auto')).toBe(availableParallelism() >= 2 ? 'ndjson' : undefined);
    writeFileSync(join(dir, 'posts.txt'), 'x\n');
    expect(planWholeRead(join(dir, 'posts.txt'), null, true)).toBeUndefined(); // unknown format: the main thread reports it
    expect(planWholeRead(join(dir, 'missing.ndjson'), null, true)).toBeUndefined();
  });

  it('reads a CSV file and a gzip NDJSON file whole in a worker with the posts, counts and rejections of one thread', async () => {
    const options: IngestOptions = { maxMergeDistance: 30 };
    const rows = ['id,account,time,hashtags,followers'];
    for (let i = 0; i < 60; i++) {
      rows.push(`p${i},u${i % 7},${new Date(1_700_000_000_000 + i * 1000).toISOString()},"t${i % 5} Été",${i}`);
      if (i === 4) rows.push('x4,"broken quote,2024-01-01T00:00:00Z,a,1');            // a stray quote: both reads must agree on what follows
      if (i === 9) rows.push('x9,u1,2024-01-01T00:00:00Z');                             // wrong column count
      if (i === 13) rows.push('x13,,2024-01-01T00:00:00Z,a,1');                          // missing account
      if (i === 20) rows.push(`p3,u3,${new Date(1_700_000_003_000).toISOString()},extra,3`); // repeat of p3: merged
      if (i === 27) rows.push('"multi\nline id",u2,2024-01-01T00:00:00Z,"a b",2');     // quoted newline
      if (i === 41) rows.push('x41,u1,not a time,a,1');                                   // invalid timestamp
    }
    const csv = join(dir, 'whole.csv');
    writeFileSync(csv, `\uFEFF${rows.join('\r\n')}\r\n`);
    const gz = join(dir, 'whole.ndjson.gz');
    writeFileSync(gz, gzipSync(Buffer.from(`${troubleLines().join('\n')}\n`)));
    for (const [path, format] of [[csv, 'csv'], [gz, 'ndjson']] as const) {
      const single = ingestStream(readRecords(path), options);
      const expected = await drain(single);
      expect(expected.length).toBeGreaterThan(30);
      expect(single.stats.rejected).toBeGreaterThan(2);
      const whole = ingestSplitFile(path, resolveReadRecordsOptions({ format }), options, 0);
      expect(await drain(whole), format).toEqual(expected);
      expect(whole.stats).toEqual(single.stats);
      expect(whole.firstRejected).toEqual(single.firstRejected);
    }
  }, 120_000);

  it('gives analyzeStream (order time) the same windows and report with the read worker, and under strict the same error', async () => {
    const day = join(dir, 'day-time.ndjson');
    const sorted = [...fixturePosts()].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || (a.id < b.id ? -1 : 1));
    writeFileSync(day, sorted.map((p) => JSON.stringify(p)).join('\n'));
    const stable = (r: unknown): string => JSON.stringify(r, (k, v: unknown) => (k === 'generatedAt' || k.toLowerCase().includes('elapsed') ? undefined : v));
    const run = async (readWorker: boolean, strict = false): Promise<{ updates: string[]; report: string }> => {
      const gen = analyzeStream(day, { window: '6h', step: '3h', readWorker, strict });
      const updates: string[] = [];
      for (;;) {
        const step = await gen.next();
        if (step.done === true) return { updates, report: stable(step.value) };
        updates.push(stable(step.value.window));
      }
    };
    const one = await run(false);
    const two = await run(true);
    expect(one.updates.length).toBeGreaterThan(4);
    expect(two).toEqual(one);
    // The same posts as CSV, read whole by the worker: the same report.
    const csv = join(dir, 'day-time.csv');
    writeFileSync(csv, `id,account,time,hashtags,followers\n${sorted.map((p) => [p.id, p.account, p.time, p.hashtags.join(' '), p.followers].join(',')).join('\n')}\n`);
    const csvOne = await analyze(csv, { order: 'time', window: '6h', step: '3h', readWorker: false });
    const csvTwo = await analyze(csv, { order: 'time', window: '6h', step: '3h', readWorker: true });
    expect(csvOne.swarms.length).toBeGreaterThan(0);
    expect(stable(csvTwo)).toBe(stable(csvOne));
    const tail = join(dir, 'bad-tail-time.ndjson');
    writeFileSync(tail, `${sorted.map((p) => JSON.stringify(p)).join('\n')}\n{"id": "x", "account": "a"}\n`);
    const strictOne = await analyze(tail, { order: 'time', strict: true, readWorker: false }).catch((e: unknown) => e);
    const strictTwo = await analyze(tail, { order: 'time', strict: true, readWorker: true }).catch((e: unknown) => e);
    expect(strictTwo).toBeInstanceOf(RejectedRecordError);
    expect((strictTwo as RejectedRecordError).message).toBe((strictOne as RejectedRecordError).message);
  });

  it('keeps a streamed read worker at most maxAhead batches ahead of the reader', async () => {
    const big = join(dir, 'big.ndjson');
    const lines: string[] = [];
    for (let i = 0; i < 8192 * 6 + 100; i++) lines.push(JSON.stringify({ id: `q${i}`, account: `u${i % 50}`, time: 1_700_000_000_000 + i, hashtags: ['h'] }));
    writeFileSync(big, `${lines.join('\n')}\n`);
    const queue = new WorkerQueue<{ columns: { timeMs: Float64Array } }>({
      task: 'read', file: big, start: 0, maxLineBytes: 1 << 20, schema: 'generic', map: {}, ingest: {}, maxAhead: 2,
    }, [], true);
    let posts = 0;
    const first = await queue.next();
    posts += first!.columns.timeMs.length;
    // Unread for a while: the worker stops once two batches wait, not at the end of the file.
    await new Promise((r) => setTimeout(r, 1500));
    expect(queue.buffered).toBeLessThanOrEqual(2);
    expect(queue.buffered).toBeGreaterThan(0);
    for (let b = await queue.next(); b !== undefined; b = await queue.next()) posts += b.columns.timeMs.length;
    expect(posts).toBe(lines.length);
    await queue.terminate();
    expect(READ_AHEAD_BATCHES).toBeGreaterThan(1);
  }, 60_000);

  it('passes a failure of the worker thread on to the reader, as an error naming the cause', async () => {
    const queue = new WorkerQueue({
      task: 'read', file: join(dir, 'gone.ndjson'), start: 10, maxLineBytes: 1 << 20, schema: 'generic', map: {}, ingest: {},
    });
    await expect(queue.next()).rejects.toThrow(/a worker thread failed: .*ENOENT/);
    await queue.terminate();
  });
});
