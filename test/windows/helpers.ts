import type { Post } from '../../src/ingest/index.js';

/** A post with one or more hashtags (defaults keep fixtures short). */
export function post(id: string, timeMs: number, account = 'a', hashtags: readonly string[] = ['x']): Post {
  return { id, account, timeMs, hashtags };
}

/** Collect an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
