/**
 * Schema name → adapter.
 */
import type { FieldMap, RecordSchema, SchemaAdapter } from '../types.js';
import { createGenericAdapter } from './adapt-generic.js';
import { adaptTwitterV1 } from './adapt-twitter-v1.js';
import { adaptTwitterV2 } from './adapt-twitter-v2.js';
import { adaptRtweet } from './adapt-rtweet.js';
import { adaptIra } from './adapt-ira.js';
import { adaptMastodon } from './adapt-mastodon.js';
import { adaptBluesky } from './adapt-bluesky.js';

/** Every schema name, for option validation. */
export const RECORD_SCHEMAS: readonly RecordSchema[] = Object.freeze([
  'generic', 'twitter-v1', 'twitter-v2', 'rtweet', 'ira', 'mastodon', 'bluesky',
]);

/**
 * The adapter of a schema.
 * @param schema - the schema name
 * @param map - field map (generic schema only)
 * @returns the adapter
 */
export function selectAdapter(schema: RecordSchema, map: FieldMap): SchemaAdapter {
  switch (schema) {
    case 'generic': return createGenericAdapter(map);
    case 'twitter-v1': return adaptTwitterV1;
    case 'twitter-v2': return adaptTwitterV2;
    case 'rtweet': return adaptRtweet;
    case 'ira': return adaptIra;
    case 'mastodon': return adaptMastodon;
    case 'bluesky': return adaptBluesky;
  }
}
