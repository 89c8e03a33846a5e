/**
 * Merging a repeated record into the post first seen with the same id, account
 * and time: hashtags and mentions are unioned (order of first appearance);
 * fields the first record lacked are taken from the repeat.
 */
import type { DraftPost } from './validate-record.js';

function union(into: string[], from: readonly string[]): void {
  for (const item of from) if (!into.includes(item)) into.push(item);
}

/**
 * Fold `repeat` into `post` (mutates `post`).
 * @param post - the held post
 * @param repeat - the later record with the same id, account and time
 */
export function mergeInto(post: DraftPost, repeat: DraftPost): void {
  union(post.hashtags, repeat.hashtags);
  if (repeat.mentions !== undefined) {
    if (post.mentions === undefined) post.mentions = repeat.mentions.slice();
    else union(post.mentions, repeat.mentions);
  }
  if (post.followers === undefined && repeat.followers !== undefined) post.followers = repeat.followers;
  if (post.likes === undefined && repeat.likes !== undefined) post.likes = repeat.likes;
  if (post.reposts === undefined && repeat.reposts !== undefined) post.reposts = repeat.reposts;
  if (post.replies === undefined && repeat.replies !== undefined) post.replies = repeat.replies;
  if (post.repostOf === undefined && repeat.repostOf !== undefined) post.repostOf = repeat.repostOf;
  if (post.replyTo === undefined && repeat.replyTo !== undefined) post.replyTo = repeat.replyTo;
  if (post.text === undefined && repeat.text !== undefined) post.text = repeat.text;
}
