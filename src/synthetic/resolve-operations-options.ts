/**
 * Defaults and validation of {@link generateOperations}' options (operations.ts).
 */
import { checkEnum, checkKnownKeys, checkNumber, checkOptionsObject } from '../_lib/options.js';
import type { OperationsFamily, OperationsOptions, ResolvedOperationsOptions } from './types.js';

const STAGE = 'synthetic';

/** The operations families. */
export const OPERATIONS_FAMILIES: readonly OperationsFamily[] = Object.freeze(['base', 'crowd', 'games', 'null']);

/** Defaults of {@link generateOperations}. Frozen. */
export const DEFAULT_OPERATIONS_OPTIONS: ResolvedOperationsOptions = Object.freeze({
  family: 'base',
  seed: 1,
  accounts: 3000,
  days: 3,
  startMs: Date.UTC(2024, 0, 1),
  operations: 6,
});

/**
 * Validate options and fill defaults.
 * @param options see {@link OperationsOptions}
 * @returns frozen resolved options
 * @throws {InvalidOptionsError} on an unknown key or a bad value
 */
export function resolveOperationsOptions(options?: OperationsOptions): ResolvedOperationsOptions {
  const raw = checkOptionsObject(STAGE, options);
  checkKnownKeys(STAGE, raw, Object.keys(DEFAULT_OPERATIONS_OPTIONS));
  const d = DEFAULT_OPERATIONS_OPTIONS;
  return Object.freeze({
    family: checkEnum(STAGE, 'family', raw.family ?? d.family, OPERATIONS_FAMILIES),
    seed: checkNumber(STAGE, 'seed', raw.seed ?? d.seed, { integer: true, min: 0 }),
    accounts: checkNumber(STAGE, 'accounts', raw.accounts ?? d.accounts, { integer: true, min: 100, max: 1_000_000 }),
    days: checkNumber(STAGE, 'days', raw.days ?? d.days, { integer: true, min: 1, max: 366 }),
    startMs: checkNumber(STAGE, 'startMs', raw.startMs ?? d.startMs, { integer: true }),
    operations: checkNumber(STAGE, 'operations', raw.operations ?? d.operations, { integer: true, min: 0, max: 1000 }),
  });
}
