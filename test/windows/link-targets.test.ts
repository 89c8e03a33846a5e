import { describe, expect, it } from 'vitest';
import { createWindowTable, linkTargets } from '../../src/windows/index.js';
import type { Post } from '../../src/ingest/index.js';

const post = (id: string, timeMs: number, extra: Partial<Post> = {}): Post => ({ id, account: `u-${id}`, timeMs, hashtags: ['x'], ...extra }) as Post;

describe('linkTargets', () => {
  it('resolves repostOf and replyTo to rows of the view, −1 outside it or for a self-link', () => {
    const table = createWindowTable();
    table.appendAll([post('a', 0), post('b', 1, { replyTo: 'a' }), post('c', 2, { repostOf: 'a', replyTo: 'z' }), post('d', 3, { replyTo: 'd' })]);
    const links = linkTargets({ table, lo: 0, hi: 4 })!;
    expect([...links.replyTo]).toEqual([-1, 0, -1, -1]);
    expect([...links.repostOf]).toEqual([-1, -1, 0, -1]);
    expect(links.replies).toBe(true);
    // A view that leaves the parent out: no target, and no reply that resolves.
    const later = linkTargets({ table, lo: 1, hi: 4 })!;
    expect([...later.replyTo]).toEqual([-1, -1, -1]);
    expect(later.replies).toBe(false);
  });

  it('builds nothing when no row links, and reads the last view from the table until the rows change', () => {
    const table = createWindowTable();
    table.append([post('a', 0), post('b', 1)]);
    expect(linkTargets({ table, lo: 0, hi: 2 })).toBeUndefined();
    table.append([post('c', 2, { replyTo: 'a' })]);
    const first = linkTargets({ table, lo: 0, hi: 3 })!;
    expect(linkTargets({ table, lo: 0, hi: 3 })).toBe(first);
    expect([...first.replyTo]).toEqual([-1, -1, 0]);
    table.append([post('e', 3, { replyTo: 'c' })]);
    // Same bounds asked again after a change: computed again, not the stale result.
    const again = linkTargets({ table, lo: 0, hi: 3 })!;
    expect(again).not.toBe(first);
    expect([...again.replyTo]).toEqual([-1, -1, 0]);
  });
});
