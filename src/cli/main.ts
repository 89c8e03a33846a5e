#!/usr/bin/env node
/**
 * The `hashtag-swarms` command line. Argument parsing by commander (a well-kept
 * parser with generated help, typed options and sub-commands) instead of
 * hand-rolled `process.argv` handling.
 */
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hashtag-swarms: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
