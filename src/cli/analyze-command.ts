/**
 * `hashtag-swarms analyze <file|->`: run the pipeline, write the requested
 * outputs, print the summary (or, with --follow, each window as it closes).
 */
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { InvalidOptionsError } from '../errors.js';
import { analyze } from '../pipeline/index.js';
import { analyzeOptionsFromFlags, FORMATS, LATE_POLICIES, ORDERS, SCHEMAS, type AnalyzeFlags } from './analyze-flags.js';
import { createStopSignal, followAnalyze } from './follow-analyze.js';
import { checkInputPath } from './check-input-path.js';
import { checkAccepted, recognisedLine } from './input-check.js';
import type { SchemaChoice } from '../sources/index.js';
import { checkOutputPaths, stdoutOutput, writeOutputs } from './write-outputs.js';
import { createProgress } from './progress.js';
import { formatSummary, skippedPostNotes } from './format-summary.js';

const EXAMPLES = `
Examples:
  $ hashtag-swarms analyze posts.ndjson
  $ hashtag-swarms analyze tweets.csv --schema rtweet --window 12h --step 3h --html report.html
  $ hashtag-swarms analyze export.csv --map account=screen_name,time=created_at,text=full_text
  $ cat posts.ndjson | hashtag-swarms analyze - --format ndjson --json report.json --csv tables/
  $ hashtag-swarms analyze live.ndjson --follow --window 1h --step 15m --json final.json
  $ hashtag-swarms analyze posts.ndjson --strict --quiet --gexf swarms.gexf
  $ hashtag-swarms analyze posts.ndjson --json - | jq '.swarms | length'

Without --schema or --map the schema is recognised from the first record (a CSV header):
rtweet, ira, twitter-v1, twitter-v2, mastodon, bluesky or generic.

Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 rejected records: any under --strict;
without it, a run that accepts nothing or rejects more than half of its records (unless
--allow-rejected); the message lists the columns seen and a command to try.`;

/**
 * Add the analyze command to the program.
 * @param program the root command.
 */
export function addAnalyzeCommand(program: Command): void {
  program.command('analyze')
    .description('Find swarms in posts: read, window, test against chance, track, and score group influence.')
    .argument('<input>', 'a file (NDJSON, JSON array or CSV; gzip detected), or - for standard input')
    .addOption(new Option('--format <format>', 'input format (default: from the extension, else sniffed)').choices(FORMATS))
    .addOption(new Option('--schema <schema>', 'platform shape of the records').choices(SCHEMAS).default(undefined, 'generic'))
    .option('--map <pairs>', 'rename columns: field=column,… (e.g. account=screen_name,time=created_at)')
    .option('--window <duration>', 'window length (default: 24h)')
    .option('--step <duration>', 'distance between window starts; = --window for tumbling windows (default: 6h, or --window if shorter)')
    .option('--max-windows <n>', 'most windows the run may cut; stops early, naming the span and outlier timestamps, when --step would cut more (default: 20000)')
    .option('--lag <duration|auto>', 'co-occurrence tolerance Δt, or auto to estimate it (default: 60s)')
    .option('--seed <n>', 'seed of every random step (default: 1)')
    .option('--workers <n|auto>', 'worker threads analysing windows beside the main thread; same report, pays on millions of posts (default: 0)')
    .addOption(new Option('--order <order>', 'input order: "any" buffers the whole input and sorts it (the default); "time" takes an input already in time order window by window as it is read (bounded memory, first windows sooner; see --on-late for an input that is not)').choices(ORDERS))
    .option('--allowed-lateness <duration>', 'with --order time or --follow: how far a post may arrive behind the newest one and still be analysed (default: 0)')
    .addOption(new Option('--on-late <policy>', 'with --order time or --follow, a post later than --allowed-lateness: "auto" reads a file again buffered (as without --order time) and stops on a stream; "error" always stops; "skip" counts it and leaves it out (default: auto)').choices(LATE_POLICIES))
    .option('--json <file>', 'write the report as JSON (- for standard output; the summary then goes to stderr)')
    .option('--csv <dir>', 'write the report as CSV tables into a directory')
    .option('--gexf <file>', 'write the account graph as dynamic GEXF (Gephi); - for standard output')
    .option('--html <file>', 'write a self-contained HTML report; - for standard output')
    .option('--strict', 'stop at the first rejected record (exit code 3)')
    .option('--allow-rejected', 'exit 0 even when more than half of the records are rejected (accepting none still exits 3)')
    .option('--quiet', 'no progress bar and no summary')
    .option('--follow', 'follow a growing file (or stdin), print each window as it closes (repeats of a post merge into it, as without --follow); Ctrl-C stops cleanly')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', EXAMPLES)
    .action(async (input: string, flags: AnalyzeFlags) => {
      const options = analyzeOptionsFromFlags(flags);
      const path = await checkInputPath(input);
      // Before the analysis: a bad output path must not cost the whole run.
      await checkOutputPaths(flags);
      // An output on standard output keeps it clean: the summary and window lines go to stderr.
      const out = stdoutOutput(flags) === undefined ? process.stdout : process.stderr;
      const quiet = flags.quiet === true;
      let choice: SchemaChoice | undefined;
      const onSchema = (c: SchemaChoice): void => {
        choice = c;
        const line = recognisedLine(c);
        if (line !== undefined && !quiet) process.stderr.write(line);
      };
      if (flags.follow === true) {
        const stop = createStopSignal();
        const onSigint = (): void => {
          if (stop.stopped) process.exit(130);
          process.stderr.write('hashtag-swarms: stopping: closing the open windows…\n');
          stop.trigger();
        };
        process.on('SIGINT', onSigint);
        try {
          const report = await stepFlagErrors(followAnalyze(path, { ...options, onSchema }, (t) => out.write(t), stop), flags);
          for (const note of skippedPostNotes(report)) process.stderr.write(`hashtag-swarms: ${note}\n`);
          const written = await writeOutputs(report, flags, inputName(path));
          if (!quiet) out.write(`\n${formatSummary(report)}${written.length > 0 ? `Wrote ${written.join(', ')}\n` : ''}`);
        } finally {
          process.off('SIGINT', onSigint);
        }
        return;
      }
      const progress = createProgress(!quiet);
      let report;
      try {
        report = await stepFlagErrors(analyze(path === '-' ? process.stdin : path, { ...options, onProgress: (p) => progress.update(p), onSchema }), flags);
      } finally {
        progress.stop();
      }
      for (const note of skippedPostNotes(report)) process.stderr.write(`hashtag-swarms: ${note}\n`);
      const written = await writeOutputs(report, flags, inputName(path));
      if (!quiet) out.write(`${formatSummary(report)}${written.length > 0 ? `\nWrote ${written.join(', ')}\n` : ''}`);
      checkAccepted(report, choice, input, flags.allowRejected === true);
    });
}

/** The input as the HTML header names it: the file's name, or standard input. */
function inputName(path: string): string {
  return path === '-' ? 'standard input' : basename(path);
}

/**
 * An error of the library's option `step` (the window-count guard, once the span is known) is
 * about `--step` on the command line: named so, with the text the user gave.
 */
async function stepFlagErrors<T>(run: Promise<T>, flags: AnalyzeFlags): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof InvalidOptionsError && error.option === 'step') {
      throw new InvalidOptionsError('cli', '--step', flags.step ?? `${String(error.received)}, the default`, error.expected);
    }
    throw error;
  }
}
