import type { Post } from '../../src/ingest/index.js';
import type { Window } from '../../src/windows/index.js';

/** A post (short form for fixtures). */
export function post(id: string, account: string, timeMs: number, hashtags: readonly string[]): Post {
  return { id, account, timeMs, hashtags };
}

/** A window [startMs, endMs) holding `posts` as given (buildAccountGraph accepts any order). */
export function windowOf(posts: readonly Post[], startMs = 0, endMs = 86_400_000): Window {
  return { index: 0, startMs, endMs, posts };
}
