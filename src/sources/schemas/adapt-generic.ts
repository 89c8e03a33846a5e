/**
 * Generic schema (DESIGN.md §4): the record already uses the generic names;
 * a field map renames other exports' columns (`{ account: 'screen_name' }`).
 * Only the generic fields are copied, so unrelated columns cost nothing later.
 */
import type { FieldMap, GenericField, GenericRecord, SchemaAdapter } from '../types.js';

// `hasOwnProperty.call` rather than `Object.hasOwn`: the same check, but optimising compilers
// turn it into a shape check where `Object.hasOwn` stays a builtin call.
const hasOwn = Object.prototype.hasOwnProperty;

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
  // One read site per field with its column fixed in the closure: each site sees one key, so
  // the lookups stay monomorphic (a loop over the twelve columns made every lookup megamorphic).
  const id = map.id ?? 'id';
  const account = map.account ?? 'account';
  const time = map.time ?? 'time';
  const hashtags = map.hashtags ?? 'hashtags';
  const text = map.text ?? 'text';
  const followers = map.followers ?? 'followers';
  const likes = map.likes ?? 'likes';
  const reposts = map.reposts ?? 'reposts';
  const replies = map.replies ?? 'replies';
  const repostOf = map.repostOf ?? 'repostOf';
  const replyTo = map.replyTo ?? 'replyTo';
  const mentions = map.mentions ?? 'mentions';
  return (value) => {
    // Keys are the fixed generic names, in GENERIC_FIELDS order, so a plain object is safe (and keeps a fast shape).
    const out: GenericRecord = {};
    let raw: unknown;
    if (hasOwn.call(value, id) && (raw = value[id]) !== undefined) out.id = raw;
    if (hasOwn.call(value, account) && (raw = value[account]) !== undefined) out.account = raw;
    if (hasOwn.call(value, time) && (raw = value[time]) !== undefined) out.time = raw;
    if (hasOwn.call(value, hashtags) && (raw = value[hashtags]) !== undefined) out.hashtags = raw;
    if (hasOwn.call(value, text) && (raw = value[text]) !== undefined) out.text = raw;
    if (hasOwn.call(value, followers) && (raw = value[followers]) !== undefined) out.followers = raw;
    if (hasOwn.call(value, likes) && (raw = value[likes]) !== undefined) out.likes = raw;
    if (hasOwn.call(value, reposts) && (raw = value[reposts]) !== undefined) out.reposts = raw;
    if (hasOwn.call(value, replies) && (raw = value[replies]) !== undefined) out.replies = raw;
    if (hasOwn.call(value, repostOf) && (raw = value[repostOf]) !== undefined) out.repostOf = raw;
    if (hasOwn.call(value, replyTo) && (raw = value[replyTo]) !== undefined) out.replyTo = raw;
    if (hasOwn.call(value, mentions) && (raw = value[mentions]) !== undefined) out.mentions = raw;
    return [out];
  };
}
