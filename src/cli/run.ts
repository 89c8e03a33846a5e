/**
 * Builds the commander program and runs it, returning the exit code
 * (0 ok, 1 runtime failure, 2 usage error, 3 rejected records under --strict).
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';

/** Exit codes of DESIGN.md §7. */
export const EXIT = { ok: 0, failure: 1, usage: 2, rejected: 3 } as const;

/** Build the program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('hashtag-swarms')
    .description('Find swarms: groups of accounts that act together around hashtags, and score their group influence.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  return program;
}

/**
 * Run the CLI with the given arguments (without `node` and the script path).
 * @returns the process exit code.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (argv.length === 0) {
      program.outputHelp();
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    throw error;
  }
}
