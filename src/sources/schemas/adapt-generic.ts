/**
 * Generic schema (DESIGN.md §4): the record already uses the generic names;
 * a field map renames other exports' columns (`{ account: 'screen_name' }`).
 * Only the generic fields are copied, so unrelated columns cost nothing later.
 */
import type { FieldMap, GenericField, GenericRecord, SchemaAdapter } from '../types.js';
import { own } from './values.js';

/** Every generic field name, in documentation order. */
export const GENERIC_FIELDS: readonly GenericField[] = Object.freeze([
  'id', 'account', 'time', 'hashtags', 'text', 'followers', 'likes', 'reposts', 'replies', 'repostOf', 'replyTo', 'mentions',
]);

/**
 * Build the generic adapter for a field map.
 * @param map - generic field → source column
 * @returns an adapter that copies (and renames) the generic fields
 */
export function createGenericAdapter(map: FieldMap): SchemaAdapter {
  const sources: Array<[GenericField, string]> = GENERIC_FIELDS.map((field) => [field, map[field] ?? field]);
  return (value) => {
    // Keys are the fixed generic names, so a plain object is safe (and keeps a fast shape).
    const out: GenericRecord = {};
    for (let i = 0; i < sources.length; i++) {
      const [field, column] = sources[i] as [GenericField, string];
      const raw = own(value, column);
      if (raw !== undefined) out[field] = raw;
    }
    return [out];
  };
}
