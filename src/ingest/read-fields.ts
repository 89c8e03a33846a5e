/**
 * Field readers used by record validation. Each returns the clean value, or a
 * {@link FieldProblem} saying what was expected. Empty string and `null` mean
 * absent everywhere.
 */
import type { RejectionCode } from './types.js';
import { normalizeHashtag, type NormalizeHashtagOptions } from './normalize-hashtag.js';

/** Why a field's value was refused. */
export interface FieldProblem {
  readonly problem: true;
  readonly code: RejectionCode;
  readonly expected: string;
}

/** Separators of a list given as one string (a CSV cell): whitespace, `|`, `,` and `;` (hashtags and account names hold none). */
const LIST_SEPARATOR = /[\s|,;]+/;
const HAS_SEPARATOR = /[\s|,;]/;
const COUNT = /^\s*\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/;

/** `true` for `undefined`, `null` and `''`. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * An identifier-like field (id, account, repostOf, replyTo): a non-blank string or an integer.
 * @returns the string, `undefined` when absent, or a problem
 */
export function readKey(value: unknown, code: RejectionCode): string | undefined | FieldProblem {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  if (isAbsent(value)) return undefined;
  return { problem: true, code, expected: 'a non-empty string or an integer' };
}

/**
 * A count (followers, likes, reposts, replies): a non-negative finite number or numeric string.
 * @returns the number, `undefined` when absent, or a problem
 */
export function readCount(value: unknown): number | undefined | FieldProblem {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? value : { problem: true, code: 'invalid-field', expected: 'a non-negative finite number' };
  }
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string' && COUNT.test(value)) {
    const number = Number(value);
    if (Number.isFinite(number)) return number;
  }
  return { problem: true, code: 'invalid-field', expected: 'a non-negative finite number' };
}

/** A list given as an array or as one string separated by whitespace, `|`, `,` or `;`. */
function listItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return HAS_SEPARATOR.test(value) ? value.split(LIST_SEPARATOR) : [value];
  return undefined;
}

/**
 * Structured hashtags: array of strings or a separated string; normalised, de-duplicated, order kept.
 * @returns the hashtags, or a problem (`invalid-hashtag`) for a non-string element or another type
 */
export function readHashtags(value: unknown, options: NormalizeHashtagOptions): string[] | FieldProblem {
  const items = listItems(value);
  if (items === undefined) return { problem: true, code: 'invalid-hashtag', expected: 'an array of strings or a string separated by spaces, |, commas or semicolons' };
  const out: string[] = [];
  const seen = items.length > 16 ? new Set<string>() : undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string') return { problem: true, code: 'invalid-hashtag', expected: 'every hashtag to be a string' };
    const tag = normalizeHashtag(item, options);
    if (tag !== '') pushUnique(out, seen, tag);
  }
  return out;
}

/**
 * Mentions: array of strings or a separated string; a leading `@` is removed; de-duplicated.
 * @returns the accounts, or a problem for a non-string element or another type
 */
export function readMentions(value: unknown): string[] | FieldProblem {
  const items = listItems(value);
  if (items === undefined) return { problem: true, code: 'invalid-field', expected: 'an array of strings or a string separated by spaces, |, commas or semicolons' };
  const out: string[] = [];
  const seen = items.length > 16 ? new Set<string>() : undefined;
  for (const item of items) {
    if (typeof item !== 'string') return { problem: true, code: 'invalid-field', expected: 'every mention to be a string' };
    const account = item.charCodeAt(0) === 0x40 ? item.slice(1) : item;
    if (account !== '') pushUnique(out, seen, account);
  }
  return out;
}

/** Append unless present (a set for long lists keeps hostile input linear). */
function pushUnique(out: string[], seen: Set<string> | undefined, item: string): void {
  if (seen === undefined) {
    if (!out.includes(item)) out.push(item);
  } else if (!seen.has(item)) {
    seen.add(item);
    out.push(item);
  }
}

/** Type guard for {@link FieldProblem}. */
export function isProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null && (value as { problem?: unknown }).problem === true;
}
