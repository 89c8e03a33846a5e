import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StringTable } from '../src/_lib/string-table.js';

/** The oracle: first-appearance numbering with a Map. */
function numbered(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of items) if (!m.has(s)) m.set(s, m.size);
  return m;
}

describe('StringTable', () => {
  it('numbers strings in order of first appearance, like a Map, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 400 }), fc.nat({ max: 64 }), (items, capacity) => {
        const table = new StringTable(capacity);
        const oracle = numbered(items);
        for (const s of items) {
          const before = table.size;
          const k = table.intern(s);
          expect(k).toBe(oracle.get(s));
          expect(table.size).toBe(k === before ? before + 1 : before);
          expect(table.key(k)).toBe(s);
        }
        expect(table.size).toBe(oracle.size);
        for (const [s, k] of oracle) expect(table.indexOf(s)).toBe(k);
        expect(table.indexOf('\u0000absent\u0000')).toBe(items.includes('\u0000absent\u0000') ? oracle.get('\u0000absent\u0000') : -1);
      }),
    );
  });

  it('tells strings apart by their characters when every hash collides', () => {
    class Colliding extends StringTable {
      protected override hash(): number {
        return 7;
      }
    }
    const table = new Colliding(2);
    const items = ['a', 'b', 'a', 'c', '', 'b', 'dd', ''];
    const oracle = numbered(items);
    for (const s of items) expect(table.intern(s)).toBe(oracle.get(s));
    for (const [s, k] of oracle) expect(table.indexOf(s)).toBe(k);
    expect(table.indexOf('e')).toBe(-1);
    expect(table.size).toBe(5);
  });

  it('keeps 50k ids apart after many doublings, and finds every one', () => {
    const table = new StringTable();
    const n = 50_000;
    for (let i = 0; i < n; i++) expect(table.intern(`p${i}`)).toBe(i);
    for (let i = 0; i < n; i++) expect(table.intern(`p${i}`)).toBe(i);
    expect(table.size).toBe(n);
    for (let i = 0; i < n; i += 97) expect(table.indexOf(`p${i}`)).toBe(i);
    expect(table.indexOf(`p${n}`)).toBe(-1);
    expect(table.indexOf('')).toBe(-1);
    expect(table.intern('')).toBe(n);
  });
});
