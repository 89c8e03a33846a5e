/**
 * Generic access to the influence records of the report (`group`,
 * `individual`): their scalar fields in a stable order — the known names first
 * (METRICS.md §7.2, §7.3), then any other field in insertion order — so that the
 * writers show every metric the influence stage produces without listing them twice.
 */

/** A cell value a writer can print. */
export type Scalar = string | number | boolean | null;

/** Group-influence fields shown first in tables (the headline metrics, METRICS.md §7.3). */
export const GROUP_FIELD_ORDER: readonly string[] = Object.freeze([
  'size', 'memberPosts', 'hashtagCapture', 'burstLift', 'burstZ', 'swarmLift', 'swarmLiftLower', 'swarmLiftUpper', 'swarmLiftLowSupport',
  'collectiveness', 'effectiveContributors', 'topMemberShare', 'syncFraction', 'medianLagMs', 'groupLeadReach', 'groupDegreeCentrality',
  'groupHarmonicCloseness', 'collectiveInfluencer',
]);

/** Group fields that tables leave out: shown elsewhere (ids, member lists, hashtags, the strongest member). */
export const GROUP_FIELD_SKIP: readonly string[] = Object.freeze(['swarmId', 'members', 'shareOfVoice', 'strongestMember']);

/** Individual-influence fields shown first in tables (METRICS.md §7.2). */
export const INDIVIDUAL_FIELD_ORDER: readonly string[] = Object.freeze([
  'followerReach', 'leadRank', 'leadFollowers', 'strength', 'postCount',
]);

/** Individual fields that tables leave out (already columns of their own). */
export const INDIVIDUAL_FIELD_SKIP: readonly string[] = Object.freeze(['account', 'swarmId']);

/**
 * Put an object's keys in a given order: the listed keys first (when present),
 * then the others in insertion order. Undefined values are dropped.
 * @param value the object to reorder.
 * @param order the keys to put first.
 * @returns a new plain object with the same entries.
 */
export function orderKeys(value: object, order: readonly string[]): Record<string, unknown> {
  const source = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  return out;
}

/**
 * Flatten an influence record into scalar entries: nested objects become dotted
 * names, arrays of scalars are joined with `|`. Known keys come first.
 * @param value the record (e.g. a swarm's `group`).
 * @param order known keys, in display order.
 * @param skip top-level keys to leave out.
 * @returns `[name, value]` pairs.
 */
export function scalarEntries(value: unknown, order: readonly string[] = [], skip: readonly string[] = []): [string, Scalar][] {
  const out: [string, Scalar][] = [];
  const walk = (v: unknown, prefix: string): void => {
    if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
      out.push([prefix, v]);
    } else if (Array.isArray(v)) {
      if (v.every((x) => x === null || ['number', 'string', 'boolean'].includes(typeof x))) out.push([prefix, v.map(String).join('|')]);
    } else if (typeof v === 'object') {
      for (const [k, x] of Object.entries(orderKeys(v, prefix === '' ? order : []))) {
        if (prefix === '' && skip.includes(k)) continue;
        walk(x, prefix === '' ? k : `${prefix}.${k}`);
      }
    }
  };
  if (value !== null && typeof value === 'object') walk(value, '');
  return out;
}

/**
 * Read one numeric field of an influence record.
 * @param value the record.
 * @param name the field.
 * @returns the number, or `null` when absent or not a finite number.
 */
export function numberField(value: unknown, name: string): number | null {
  if (value === null || typeof value !== 'object') return null;
  const x = (value as Readonly<Record<string, unknown>>)[name];
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/**
 * The union of field names over many records, first-seen order (known keys first).
 * @param values the records.
 * @param order known keys, in display order.
 * @param skip top-level keys to leave out.
 * @returns the column names.
 */
export function scalarColumns(values: Iterable<unknown>, order: readonly string[], skip: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const v of values) for (const [k] of scalarEntries(v, order, skip)) seen.add(k);
  const known = order.filter((k) => seen.has(k));
  return [...known, ...[...seen].filter((k) => !order.includes(k))];
}
