import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameTable } from '../../src/swarms/name-table.js';

describe('createNameTable', () => {
  it('returns ids in first-seen order and the same id for a name seen again', () => {
    const t = createNameTable();
    expect([t.id('b'), t.id('a'), t.id('b'), t.id('c')]).toEqual([0, 1, 0, 2]);
    expect(t.names).toEqual(['b', 'a', 'c']);
    expect([t.find('a'), t.find('d')]).toEqual([1, -1]);
  });

  it('returns every id in code-unit order of its name, whatever the batches the names came in', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 30 }), { maxLength: 6 }), (batches) => {
        const t = createNameTable();
        for (const batch of batches) {
          for (const name of batch) t.id(name);
          const expected = [...t.names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          expect(Array.from(t.sortedIds(), (id) => t.names[id])).toEqual(expected);
        }
      }),
    );
  });
});
