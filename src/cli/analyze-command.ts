/**
 * `hashtag-swarms analyze <file|->`: run the pipeline, write the requested
 * outputs, print the summary (or, with --follow, each window as it closes).
 */
import { Command, Option } from 'commander';
import { analyze } from '../report/index.js';
import { analyzeOptionsFromFlags, FORMATS, ORDERS, SCHEMAS, type AnalyzeFlags } from './analyze-flags.js';
import { createStopSignal, followAnalyze } from './follow.js';
import { checkInputPath } from './input.js';
import { checkAccepted, recognisedLine } from './input-check.js';
import type { SchemaChoice } from '../sources/index.js';
import { writeOutputs } from './outputs.js';
import { createProgress } from './progress.js';
import { formatSummary } from './summary-table.js';

const EXAMPLES = `
Examples:
  $ hashtag-swarms analyze posts.ndjson
  $ hashtag-swarms analyze tweets.csv --schema rtweet --window 12h --step 3h --html report.html
  $ hashtag-swarms analyze export.csv --map account=screen_name,time=created_at,text=full_text
  $ cat posts.ndjson | hashtag-swarms analyze - --format ndjson --json report.json --csv tables/
  $ hashtag-swarms analyze live.ndjson --follow --window 1h --step 15m --json final.json
  $ hashtag-swarms analyze posts.ndjson --strict --quiet --gexf swarms.gexf

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
    .option('--step <duration>', 'distance between window starts; = --window for tumbling windows (default: 6h)')
    .option('--lag <duration|auto>', 'co-occurrence tolerance Δt, or auto to estimate it (default: 60s)')
    .option('--seed <n>', 'seed of every random step (default: 1)')
    .option('--workers <n|auto>', 'worker threads analysing windows beside the main thread; same report, pays on millions of posts (default: 0)')
    .addOption(new Option('--order <order>', 'input order: "any" buffers the whole input and sorts it (the default); "time" takes an input already in time order window by window as it is read (bounded memory, first windows sooner; posts later than the windows already closed are skipped and counted)').choices(ORDERS))
    .option('--json <file>', 'write the report as JSON')
    .option('--csv <dir>', 'write the report as CSV tables into a directory')
    .option('--gexf <file>', 'write the account graph as dynamic GEXF (Gephi)')
    .option('--html <file>', 'write a self-contained HTML report')
    .option('--strict', 'stop at the first rejected record (exit code 3)')
    .option('--allow-rejected', 'exit 0 even when more than half of the records are rejected (accepting none still exits 3)')
    .option('--quiet', 'no progress bar and no summary')
    .option('--follow', 'follow a growing file (or stdin), print each window as it closes (duplicate ids: first wins); Ctrl-C stops cleanly')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', EXAMPLES)
    .action(async (input: string, flags: AnalyzeFlags) => {
      const options = analyzeOptionsFromFlags(flags);
      const path = await checkInputPath(input);
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
          const report = await followAnalyze(path, { ...options, onSchema }, (t) => process.stdout.write(t), stop);
          const written = await writeOutputs(report, flags);
          if (!quiet) process.stdout.write(`\n${formatSummary(report)}${written.length > 0 ? `Wrote ${written.join(', ')}\n` : ''}`);
        } finally {
          process.off('SIGINT', onSigint);
        }
        return;
      }
      const progress = createProgress(!quiet);
      let report;
      try {
        report = await analyze(path === '-' ? process.stdin : path, { ...options, onProgress: (p) => progress.update(p), onSchema });
      } finally {
        progress.stop();
      }
      const written = await writeOutputs(report, flags);
      if (!quiet) process.stdout.write(`${formatSummary(report)}${written.length > 0 ? `\nWrote ${written.join(', ')}\n` : ''}`);
      checkAccepted(report, choice, input, flags.allowRejected === true);
    });
}
