/**
 * `analyze --follow`: read a growing file (polled from the last offset, like
 * `tail -f`) or standard input, print each window's swarms and events as the
 * window closes (analyzeStream), and stop cleanly at end of input or Ctrl-C:
 * the input is closed, the open windows are flushed and the report returned.
 */
import { open } from 'node:fs/promises';
import { type SwarmReport } from '../report/index.js';
import { analyzeStream, type AnalyzeOptions, type AnalyzeUpdate } from '../pipeline/index.js';
import { num, safeText, shortTime } from './text.js';

/** A one-shot stop signal (Ctrl-C). */
export interface StopSignal {
  readonly stopped: boolean;
  /** Resolves when stopped. */
  readonly promise: Promise<void>;
  trigger(): void;
}

/** Create a stop signal. */
export function createStopSignal(): StopSignal {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => { resolve = r; });
  const signal = { stopped: false, promise, trigger: () => { signal.stopped = true; resolve(); } };
  return signal;
}

const sleep = (ms: number, stop: StopSignal): Promise<void> =>
  Promise.race([new Promise<void>((r) => { setTimeout(r, ms); }), stop.promise]);

/**
 * Lines of a file that keeps growing, until stopped (then the rest is read and the last partial line flushed).
 * @param path the file.
 * @param stop the stop signal.
 * @param pollMs how often to look for new data.
 */
export async function* tailLines(path: string, stop: StopSignal, pollMs = 200): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  try {
    let offset = 0;
    let rest = '';
    const decoder = new TextDecoder('utf-8');
    const buffer = Buffer.alloc(1 << 16);
    for (;;) {
      const size = (await handle.stat()).size;
      if (size < offset) { offset = 0; rest = ''; } // truncated: start over
      let read = 0;
      while (offset < size) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
        read += bytesRead;
        const lines = (rest + decoder.decode(buffer.subarray(0, bytesRead), { stream: true })).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
      }
      if (stop.stopped && read === 0) break;
      if (read === 0) await sleep(pollMs, stop);
    }
    rest += decoder.decode();
    if (rest.length > 0) yield rest;
  } finally {
    await handle.close();
  }
}

/**
 * The chunks of a stream until it ends or the signal stops it.
 * @param stream e.g. process.stdin.
 * @param stop the stop signal.
 */
export async function* untilStopped(stream: AsyncIterable<unknown>, stop: StopSignal): AsyncGenerator<string> {
  const it = stream[Symbol.asyncIterator]();
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for (;;) {
    const next = await Promise.race([it.next(), stop.promise.then(() => null)]);
    if (next === null || next.done === true) break;
    const chunk = next.value;
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  rest += decoder.decode();
  if (rest.length > 0) yield rest;
}

/**
 * One closed window as printed by --follow.
 * @param u the update.
 * @returns the text (ends with a newline).
 */
export function formatUpdate(u: AnalyzeUpdate): string {
  const w = u.window;
  const head = `window ${w.index}  ${shortTime(w.start)} → ${shortTime(w.end)} UTC  ${num(w.posts)} posts  ` +
    (w.status === 'skipped' ? `skipped (${w.reason ?? 'no reason'})` : `${num(u.swarms.length)} swarm${u.swarms.length === 1 ? '' : 's'}`);
  const lines = [head];
  for (const s of u.swarms) {
    const tags = s.candidate.hashtags.slice(0, 3).map((h) => `#${h.hashtag}`).join(' ');
    lines.push(`  ${safeText(s.id, 24)}  ${num(s.candidate.size)} accounts  ${safeText(tags, 40)}  p=${num(s.candidate.significance.pValue)}` +
      (s.group === null ? '' : `  group reach ${num(s.group.groupLeadReach)}`));
  }
  for (const e of u.events) {
    if (e.type === 'continuation') continue;
    const who = e.swarmIds.map((x) => safeText(x, 24)).join(', ');
    const related = e.related.filter((x) => !e.swarmIds.includes(x));
    lines.push(`  event ${e.type}: ${who}${related.length > 0 ? ` (with ${related.map((x) => safeText(x, 24)).join(', ')})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Run analyzeStream over a followed input, printing each window.
 * @param input a path or `-`.
 * @param options analyze options (format defaults to csv for `.csv` files, else ndjson).
 * @param write where to print.
 * @param stop stops the input (Ctrl-C).
 * @returns the final report.
 */
export async function followAnalyze(input: string, options: AnalyzeOptions, write: (text: string) => void, stop: StopSignal): Promise<SwarmReport> {
  const format = options.format ?? (input !== '-' && /\.csv$/i.test(input) ? 'csv' : 'ndjson');
  const source = input === '-' ? untilStopped(process.stdin, stop) : tailLines(input, stop);
  // Live input in time order: repeats of a post (same id, account and time) merge into it as in a
  // buffered read; analyzeStream releases each post once the input has moved past its time.
  const gen = analyzeStream(source, { ...options, format });
  for (;;) {
    const step = await gen.next();
    if (step.done === true) return step.value;
    write(formatUpdate(step.value));
  }
}
