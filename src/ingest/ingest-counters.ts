/**
 * Counting and wording of rejections for the ingest engine.
 */
import { describeValue } from '../errors.js';
import type { IngestStats, Rejection, RejectionCode } from './types.js';
import type { RecordProblem } from './validate-record.js';

/** How many rejections are kept for `firstRejected`. */
const FIRST_REJECTED = 100;

/** Mutable counters behind the read-only {@link IngestStats} view. */
export class Counters {
  read = 0;
  accepted = 0;
  merged = 0;
  rejected = 0;
  withoutHashtags = 0;
  readonly byCode: Partial<Record<RejectionCode, number>> = {};
  readonly firstRejected: Rejection[] = [];

  /** Count one rejection. */
  count(rejection: Rejection): void {
    this.rejected++;
    this.byCode[rejection.code] = (this.byCode[rejection.code] ?? 0) + 1;
    if (this.firstRejected.length < FIRST_REJECTED) this.firstRejected.push(rejection);
  }

  /** A copy of the counts as {@link IngestStats}. */
  snapshot(): IngestStats {
    return {
      read: this.read, accepted: this.accepted, merged: this.merged, rejected: this.rejected,
      rejectedByCode: { ...this.byCode }, withoutHashtags: this.withoutHashtags,
    };
  }
}

/**
 * Is this a `readRecords` RawRecord (rather than a plain generic record)? A plain
 * record is taken for a RawRecord only if it has `kind` 'record' with a numeric
 * `index` and an object `value`, or `kind` 'error' with an `index` and a `code`.
 */
export function rawKind(item: unknown): 'record' | 'error' | undefined {
  if (item === null || typeof item !== 'object' || !Object.hasOwn(item, 'kind')) return undefined;
  const r = item as { kind?: unknown; index?: unknown; value?: unknown; code?: unknown };
  if (typeof r.index !== 'number') return undefined;
  if (r.kind === 'record' && typeof r.value === 'object' && r.value !== null) return 'record';
  if (r.kind === 'error' && typeof r.code === 'string') return 'error';
  return undefined;
}

/** A field problem with its place in the input. */
export function toRejection(p: RecordProblem, index: number, line: number | undefined): Rejection {
  return {
    index, ...(line === undefined ? {} : { line }), code: p.code, field: p.field, expected: p.expected, received: p.received,
    message: `record ${index}${line === undefined ? '' : ` (line ${line})`} rejected (${p.code}): \`${p.field}\` should be ${p.expected}, received ${p.received}`,
  };
}

/** The `duplicate-id` rejection. */
export function duplicateRejection(id: string, index: number, line: number | undefined, merge: boolean): Rejection {
  return toRejection({
    code: 'duplicate-id', field: 'id', received: describeValue(id),
    expected: merge
      ? 'an id not used by an earlier post (a repeat merges only with the same account and time, within maxMergeDistance records)'
      : 'an id not used by an earlier post (duplicates: reject keeps the first)',
  }, index, line);
}
