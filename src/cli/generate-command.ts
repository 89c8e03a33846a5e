/**
 * `hashtag-swarms generate`: write a synthetic scenario (posts.ndjson with
 * planted swarms among organic crowds, and truth.json) for benchmarks and demos.
 */
import { Command, Option } from 'commander';
import { InvalidOptionsError } from '../errors.js';
import { generateScenarioStream, SCENARIO_NAMES, writeScenario, type ScenarioName, type ScenarioOptions } from '../synthetic/index.js';

const EXAMPLES = `
Examples:
  $ hashtag-swarms generate --scenario easy --seed 1 --out data/easy
  $ hashtag-swarms generate --scenario hard --seed 7 --out data/hard --posts 50000
  $ hashtag-swarms analyze data/easy/posts.ndjson --json data/easy/report.json
  $ hashtag-swarms evaluate data/easy/report.json data/easy/truth.json`;

interface GenerateFlags { readonly scenario: ScenarioName; readonly seed?: string; readonly out: string; readonly posts?: string; readonly quiet?: boolean }

function integer(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidOptionsError('cli', flag, value, `an integer ≥ ${min}`);
  return n;
}

/**
 * Add the generate command to the program.
 * @param program the root command.
 */
export function addGenerateCommand(program: Command): void {
  program.command('generate')
    .description('Write a seeded synthetic scenario: posts.ndjson (planted swarms among organic accounts) and truth.json.')
    .addOption(new Option('--scenario <name>', 'difficulty of the scenario').choices([...SCENARIO_NAMES]).makeOptionMandatory())
    .option('--seed <n>', 'seed (default: 1)')
    .requiredOption('--out <dir>', 'output directory (created if missing)')
    .option('--posts <n>', 'approximate number of posts (default: the scenario preset)')
    .option('--quiet', 'print nothing on success')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', EXAMPLES)
    .action((flags: GenerateFlags) => {
      const options: { -readonly [K in keyof ScenarioOptions]: ScenarioOptions[K] } = { scenario: flags.scenario, seed: flags.seed === undefined ? 1 : integer('--seed', flags.seed, 0) };
      if (flags.posts !== undefined) options.targetPosts = integer('--posts', flags.posts, 1);
      let stream;
      try {
        stream = generateScenarioStream(options);
      } catch (error) {
        // Too few posts for the scenario's planted swarms: name the flag the user gave.
        if (error instanceof InvalidOptionsError && flags.posts !== undefined && (error.option === 'accounts' || error.option === 'targetPosts')) {
          throw new InvalidOptionsError('cli', '--posts', flags.posts, `enough posts for the ${flags.scenario} scenario (${error.expected})`);
        }
        throw error;
      }
      const written = writeScenario(flags.out, stream);
      if (flags.quiet !== true) process.stdout.write(`Wrote ${written.posts.toLocaleString('en-US')} posts to ${written.postsPath} and the truth to ${written.truthPath}\n`);
    });
}
