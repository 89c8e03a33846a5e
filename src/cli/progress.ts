/**
 * Progress line on stderr for long runs (cli-progress): shown only when stderr
 * is a terminal, not with --quiet, and only once a run has lasted a second.
 * Once the number of windows is known (the whole input read, the default
 * `--order any`) it is a bar with the total, the percentage and an ETA; while
 * reading, and for a stream in time order (no total), it counts what is done.
 */
import cliProgress from 'cli-progress';
import type { AnalyzeProgress } from '../pipeline/index.js';

/** A progress reporter: `update` from analyze's onProgress, `stop` at the end. */
export interface Progress {
  update(progress: AnalyzeProgress): void;
  stop(): void;
}

function defaultDelayMs(): number {
  const raw = Number(process.env['HASHTAG_SWARMS_PROGRESS_DELAY_MS']);
  return Number.isFinite(raw) && raw >= 0 ? raw : 1000;
}

const SILENT: Progress = Object.freeze({ update: () => undefined, stop: () => undefined });

/** The line's layout for each state of the run. */
const FORMATS = {
  reading: ' reading | {records} records read | {duration_formatted} elapsed',
  total: ' windows |{bar}| {percentage}% | {value}/{total} windows done | ETA {eta_formatted} | {records} records read | {duration_formatted} elapsed',
  count: ' windows | {value} windows done (total unknown: the input streams in time order) | {records} records read | {duration_formatted} elapsed',
} as const;

interface Payload {
  readonly mode: keyof typeof FORMATS;
  readonly records: string;
}

/**
 * Create the progress reporter.
 * @param enabled false for --quiet.
 * @param delayMs wait before showing anything (the environment variable
 *   HASHTAG_SWARMS_PROGRESS_DELAY_MS overrides the default of 1000, for tests).
 * @returns the reporter (silent when stderr is not a TTY or when disabled).
 */
export function createProgress(enabled: boolean, delayMs = defaultDelayMs()): Progress {
  if (!enabled || process.stderr.isTTY !== true) return SILENT;
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  let total = 0;
  let last: AnalyzeProgress = { stage: 'read', records: 0, windows: 0, totalWindows: null };
  const payload = (p: AnalyzeProgress): Payload => ({
    mode: p.stage === 'read' ? 'reading' : p.totalWindows === null ? 'count' : 'total',
    records: p.records.toLocaleString('en-US'),
  });
  // One bar whose layout follows the payload's mode (a format function: cli-progress keeps one format).
  const format = (options: cliProgress.Options, params: cliProgress.Params, data: Payload): string =>
    cliProgress.Format.Formatter({ ...options, format: FORMATS[data.mode] }, params, data);
  return {
    update(p) {
      last = p;
      if (bar === undefined && Date.now() - started >= delayMs) {
        bar = new cliProgress.SingleBar({
          stream: process.stderr, hideCursor: true, clearOnComplete: true, fps: 10, etaBuffer: 50, format,
          formatValue: (v, options, type) => (type === 'value' || type === 'total' ? v.toLocaleString('en-US') : cliProgress.Format.ValueFormat(v, options, type)),
        }, cliProgress.Presets.shades_classic);
        bar.start(p.totalWindows ?? 0, p.windows, payload(p));
        total = p.totalWindows ?? 0;
      }
      if (bar !== undefined && p.totalWindows !== null && p.totalWindows !== total) {
        total = p.totalWindows;
        bar.setTotal(total);
      }
      bar?.update(p.windows, payload(p));
    },
    stop() {
      bar?.update(last.windows, payload(last));
      bar?.stop();
    },
  };
}
