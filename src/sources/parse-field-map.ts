/**
 * The CLI form of a field map: `account=screen_name,time=created_at`.
 */
import { InvalidOptionsError } from '../errors.js';
import type { FieldMap, GenericField } from './types.js';
import { GENERIC_FIELDS } from './schemas/adapt-generic.js';

/**
 * Check a field map: keys are generic fields, values are non-empty column names.
 * @param map - the map to check
 * @param option - option name used in errors
 * @returns the same map, frozen
 * @throws InvalidOptionsError when a key is not a generic field or a value is not a non-empty string
 */
export function checkFieldMap(map: unknown, option = 'map'): FieldMap {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw new InvalidOptionsError('sources', option, map, 'an object such as { account: "screen_name" }');
  }
  const out = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(map)) {
    const column = (map as Record<string, unknown>)[key];
    if (!(GENERIC_FIELDS as readonly string[]).includes(key)) {
      throw new InvalidOptionsError('sources', `${option}.${key}`, column, `a generic field as key (${GENERIC_FIELDS.join(', ')})`);
    }
    if (typeof column !== 'string' || column === '') {
      throw new InvalidOptionsError('sources', `${option}.${key}`, column, 'a non-empty column name');
    }
    out[key] = column;
  }
  return Object.freeze(out) as FieldMap;
}

/**
 * Parse `field=column,field=column` into a {@link FieldMap}.
 * @param text - the CLI text; spaces around names are ignored
 * @returns the field map
 * @throws InvalidOptionsError when an entry is not `field=column` or the field is not a generic field
 * @example parseFieldMap('account=screen_name,time=created_at') // { account: 'screen_name', time: 'created_at' }
 */
export function parseFieldMap(text: string): FieldMap {
  if (typeof text !== 'string') throw new InvalidOptionsError('sources', 'map', text, 'text such as "account=screen_name,time=created_at"');
  const map = Object.create(null) as Partial<Record<GenericField, string>>;
  for (const entry of text.split(',')) {
    if (entry.trim() === '') continue;
    const eq = entry.indexOf('=');
    if (eq < 0) throw new InvalidOptionsError('sources', 'map', entry, 'entries of the form field=column');
    map[entry.slice(0, eq).trim() as GenericField] = entry.slice(eq + 1).trim();
  }
  return checkFieldMap(map);
}
