/**
 * Builds the commander program and runs it, returning the exit code
 * (0 ok, 1 runtime failure, 2 usage error, 3 rejected records: under --strict, or most or all of them).
 * Errors print one line (`hashtag-swarms: …`); `--debug` adds the stack.
 */
import { Command, CommanderError } from 'commander';
import { HashtagSwarmsError, InvalidOptionsError, RejectedInputError, RejectedRecordError } from '../errors.js';
import { VERSION } from '../version.js';
import { addAnalyzeCommand } from './analyze-command.js';
import { addEvaluateCommand } from './evaluate-command.js';
import { addGenerateCommand } from './generate-command.js';

/** Exit codes of DESIGN.md §7. */
export const EXIT = { ok: 0, failure: 1, usage: 2, rejected: 3 } as const;

const EXAMPLES = `
Examples:
  $ hashtag-swarms generate --scenario easy --seed 1 --out data/easy
  $ hashtag-swarms analyze data/easy/posts.ndjson --html report.html --json report.json
  $ hashtag-swarms evaluate report.json data/easy/truth.json
  $ hashtag-swarms analyze --help`;

/** Build the program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('hashtag-swarms')
    .description('Find swarms: groups of accounts that act together around hashtags, and score their group influence.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText('after', EXAMPLES);
  addAnalyzeCommand(program);
  addGenerateCommand(program);
  addEvaluateCommand(program);
  return program;
}

/** Map an error to its exit code and print it. */
function report(error: unknown, debug: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`hashtag-swarms: ${message.replace(/^hashtag-swarms\/\w+: /, '')}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) process.stderr.write(`${error.stack}\n`);
  if (error instanceof InvalidOptionsError) return EXIT.usage;
  if (error instanceof RejectedRecordError || error instanceof RejectedInputError) return EXIT.rejected;
  if (error instanceof HashtagSwarmsError) return EXIT.failure;
  return EXIT.failure;
}

/**
 * Run the CLI with the given arguments (without `node` and the script path).
 * @returns the process exit code.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    return report(error, argv.includes('--debug'));
  }
}
