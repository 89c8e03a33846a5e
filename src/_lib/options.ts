/**
 * Option validation helpers. Each `resolveXOptions()` in a stage uses these so
 * that every bad option throws {@link InvalidOptionsError} naming the option,
 * the value and what is accepted.
 */
import { InvalidOptionsError } from '../errors.js';

/** Constraints on a numeric option. */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  /** Exclusive lower bound. */
  readonly gt?: number;
  readonly integer?: boolean;
}

/** Validate a number option; returns it unchanged. */
export function checkNumber(stage: string, option: string, value: unknown, rule: NumberRule = {}): number {
  const parts: string[] = [];
  if (rule.integer) parts.push('an integer'); else parts.push('a finite number');
  if (rule.gt !== undefined) parts.push(`> ${rule.gt}`);
  if (rule.min !== undefined) parts.push(`≥ ${rule.min}`);
  if (rule.max !== undefined) parts.push(`≤ ${rule.max}`);
  const expected = parts.join(' ');
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidOptionsError(stage, option, value, expected);
  if (rule.integer && !Number.isInteger(value)) throw new InvalidOptionsError(stage, option, value, expected);
  if (rule.gt !== undefined && !(value > rule.gt)) throw new InvalidOptionsError(stage, option, value, expected);
  if (rule.min !== undefined && value < rule.min) throw new InvalidOptionsError(stage, option, value, expected);
  if (rule.max !== undefined && value > rule.max) throw new InvalidOptionsError(stage, option, value, expected);
  return value;
}

/** Validate a boolean option. */
export function checkBoolean(stage: string, option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidOptionsError(stage, option, value, 'true or false');
  return value;
}

/** Validate an enumerated string option. */
export function checkEnum<T extends string>(stage: string, option: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidOptionsError(stage, option, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  }
  return value as T;
}

/** Validate that an options argument is a plain object (or undefined). */
export function checkOptionsObject(stage: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidOptionsError(stage, 'options', value, 'an options object');
  }
  return value as Record<string, unknown>;
}

/** Throw for keys that are not known options (catches typos such as `maxLag`). */
export function checkKnownKeys(stage: string, options: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new InvalidOptionsError(stage, key, options[key], `a known option (${known.join(', ')})`);
    }
  }
}

/** Options objects a resolver built (frozen): handed back to a resolver, they are returned as they are. */
const resolvedOptions = new WeakSet<object>();

/**
 * Mark a frozen options object as the output of its stage's resolver, so that passing it again
 * (the pipeline calls the public stage functions once per window, thousands of times on a long
 * input) skips the validation it has passed.
 * @param options the resolved, frozen options.
 * @returns the same object.
 */
export function markResolved<T extends object>(options: T): T {
  resolvedOptions.add(options);
  return options;
}

/** True for an object {@link markResolved} marked. */
export function isResolved(options: unknown): boolean {
  return typeof options === 'object' && options !== null && resolvedOptions.has(options);
}
