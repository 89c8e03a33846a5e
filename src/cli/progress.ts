/**
 * Progress line on stderr for long runs (cli-progress): shown only when stderr
 * is a terminal, not with --quiet, and only once a run has lasted a second.
 */
import cliProgress from 'cli-progress';
import type { AnalyzeProgress } from '../report/index.js';

/** A progress reporter: `update` from analyze's onProgress, `stop` at the end. */
export interface Progress {
  update(progress: AnalyzeProgress): void;
  stop(): void;
}

function defaultDelayMs(): number {
  const raw = Number(process.env['HASHTAG_SWARMS_PROGRESS_DELAY_MS']);
  return Number.isFinite(raw) && raw >= 0 ? raw : 1000;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

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
  let last: AnalyzeProgress = { stage: 'read', records: 0, windows: 0 };
  const payload = (p: AnalyzeProgress) => ({ stage: p.stage === 'read' ? 'reading' : 'windows', records: p.records.toLocaleString('en-US') });
  return {
    update(p) {
      last = p;
      if (bar === undefined && Date.now() - started >= delayMs) {
        bar = new cliProgress.SingleBar({
          stream: process.stderr, hideCursor: true, clearOnComplete: true, fps: 10,
          format: ' {stage} | {records} records read | {value} windows done | {duration_formatted}',
        }, cliProgress.Presets.shades_classic);
        bar.start(0, p.windows, payload(p));
      }
      bar?.update(p.windows, payload(p));
    },
    stop() {
      bar?.update(last.windows, payload(last));
      bar?.stop();
    },
  };
}
