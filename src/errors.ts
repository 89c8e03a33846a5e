/**
 * Typed errors of hashtag-swarms. Every error thrown by the library is a
 * {@link HashtagSwarmsError} with a stable kebab-case `code`; tests and callers
 * branch on the class and the code, never on the message text.
 *
 * Message form: `hashtag-swarms/<stage>: <problem>. <how to fix>`.
 */

/** Stable error codes. */
export type HashtagSwarmsErrorCode =
  | 'invalid-options'
  | 'rejected-record'
  | 'rejected-input'
  | 'unreadable-input'
  | 'unknown-format'
  | 'out-of-order'
  | 'internal';

/** Base class of every error the library throws. */
export class HashtagSwarmsError extends Error {
  /** Stable machine-readable code. */
  readonly code: HashtagSwarmsErrorCode;

  constructor(code: HashtagSwarmsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HashtagSwarmsError';
    this.code = code;
  }
}

/**
 * A programmer error: an option is missing, of the wrong type or out of range.
 * Thrown at function entry, before any work is done.
 */
export class InvalidOptionsError extends HashtagSwarmsError {
  /** The option's name (dotted path for nested options). */
  readonly option: string;
  /** The value that was given. */
  readonly received: unknown;
  /** What is accepted, in words. */
  readonly expected: string;

  constructor(stage: string, option: string, received: unknown, expected: string) {
    super(
      'invalid-options',
      `hashtag-swarms/${stage}: invalid option \`${option}\` (received ${describeValue(received)}). Expected ${expected}.`,
    );
    this.name = 'InvalidOptionsError';
    this.option = option;
    this.received = received;
    this.expected = expected;
  }
}

/**
 * The input cannot be opened or read at all (missing file, a directory, an I/O error), or — read
 * in time order — turned out not to be in time order (`out-of-order`).
 */
export class InputError extends HashtagSwarmsError {
  constructor(code: 'unreadable-input' | 'unknown-format' | 'out-of-order', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'InputError';
  }
}

/** Shape of a rejection, repeated here so that errors.ts depends on no stage. */
export interface RejectionLike {
  readonly index: number;
  readonly code: string;
  readonly message: string;
}

/** Thrown by strict ingestion at the first rejected record. */
export class RejectedRecordError extends HashtagSwarmsError {
  /** The rejection that stopped the run. */
  readonly rejection: RejectionLike;

  constructor(rejection: RejectionLike) {
    super(
      'rejected-record',
      `hashtag-swarms/ingest: record ${rejection.index} rejected (${rejection.code}): ${rejection.message}. Fix the record or run without strict mode to collect rejections.`,
    );
    this.name = 'RejectedRecordError';
    this.rejection = rejection;
  }
}

/**
 * A run that accepted none of its records, or rejected most of them (the CLI's exit code 3):
 * usually a schema or field map that does not fit the input. The message lists the columns seen
 * and the command that would read them.
 */
export class RejectedInputError extends HashtagSwarmsError {
  /** Records read. */
  readonly records: number;
  /** Records rejected. */
  readonly rejected: number;

  constructor(message: string, records: number, rejected: number) {
    super('rejected-input', message);
    this.name = 'RejectedInputError';
    this.records = records;
    this.rejected = rejected;
  }
}

/** Short, safe description of a value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'function') return 'a function';
  return `an ${typeof value}`;
}
