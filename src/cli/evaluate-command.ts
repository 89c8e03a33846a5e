/**
 * `hashtag-swarms evaluate <report.json> <truth.json>`: score a report's
 * swarms against planted ones (NMI, AMI, ARI, best-match F1, account precision
 * and recall).
 */
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { InputError } from '../errors.js';
import { evaluateSwarms, type DetectedSwarms, type TruthLike } from '../evaluate/index.js';
import { checkInputPath } from './check-input-path.js';
import { num, textTable } from './text.js';

const EXAMPLES = `
Examples:
  $ hashtag-swarms evaluate report.json truth.json
  $ hashtag-swarms evaluate report.json truth.json --json > scores.json`;

async function readJson(path: string, what: string, check: (v: unknown) => boolean): Promise<unknown> {
  await checkInputPath(path);
  const text = await readFile(path, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError('unknown-format', `hashtag-swarms/cli: ${path} is not JSON. Expected ${what}.`);
  }
  if (!check(value)) throw new InputError('unknown-format', `hashtag-swarms/cli: ${path} is not ${what}.`);
  return value;
}

const hasSwarms = (v: unknown): boolean => v !== null && typeof v === 'object' && Array.isArray((v as { swarms?: unknown }).swarms);

/**
 * Add the evaluate command to the program.
 * @param program the root command.
 */
export function addEvaluateCommand(program: Command): void {
  program.command('evaluate')
    .description('Score the swarms of a report against the ground truth of a synthetic scenario.')
    .argument('<report>', 'a report written by analyze --json')
    .argument('<truth>', 'truth.json written by generate (or any {"swarms":[{"id","members"}]})')
    .option('--json', 'print the scores as JSON')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', EXAMPLES)
    .action(async (reportPath: string, truthPath: string, flags: { json?: boolean }) => {
      const report = await readJson(reportPath, 'a hashtag-swarms report (schemaVersion 1)', (v) => hasSwarms(v) && (v as { schemaVersion?: unknown }).schemaVersion === 1);
      const truth = await readJson(truthPath, 'a truth file with a "swarms" list', hasSwarms);
      const scores = evaluateSwarms(report as DetectedSwarms, truth as TruthLike);
      if (flags.json === true) {
        process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
        return;
      }
      const rows: string[][] = [];
      const walk = (value: unknown, prefix: string): void => {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          for (const [k, v] of Object.entries(value)) walk(v, prefix === '' ? k : `${prefix}.${k}`);
        } else if (value === null || typeof value === 'number') rows.push([prefix, num(value)]);
      };
      walk(scores, '');
      process.stdout.write(`${textTable(['score', 'value'], rows, [false, true])}\n`);
    });
}
