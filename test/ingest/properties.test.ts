import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readRecords } from '../../src/sources/index.js';
import { extractHashtags, ingest, normalizeHashtag } from '../../src/ingest/index.js';

const goodLine = fc.record({
  id: fc.integer({ min: 1, max: 40 }).map(String),
  account: fc.constantFrom('ann', 'bob', '__proto__', 'constructor'),
  time: fc.integer({ min: 946_684_800, max: 1_900_000_000 }),
  hashtags: fc.array(fc.constantFrom('a', 'B', '#c', 'é'), { maxLength: 3 }),
}).map((r) => JSON.stringify(r));
const badLine = fc.constantFrom(
  '{oops', '[1]', '"text"', '{"id":"x"}', '{"id":"y","account":"a","time":"never"}',
  '{"id":"z","account":"a","time":1,"hashtags":[1]}', '{"id":"w","account":"a","time":1600000000,"likes":-3}', `{"id":"${'q'.repeat(300)}"}`,
);

describe('ingest (properties)', () => {
  it('returns counts that reconcile on random mixes of good and bad NDJSON lines', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(goodLine, badLine), { maxLength: 40 }),
      fc.constantFrom('merge' as const, 'reject' as const),
      async (lines, duplicates) => {
        const { posts, rejected, stats } = await ingest(readRecords(lines, { maxLineBytes: 200 }), { duplicates });
        expect(stats.read).toBe(lines.length);
        expect(stats.read).toBe(stats.accepted + stats.rejected);
        expect(posts.length).toBe(stats.accepted - stats.merged);
        expect(rejected.length).toBe(stats.rejected);
        expect(Object.values(stats.rejectedByCode).reduce((a, b) => a + (b ?? 0), 0)).toBe(stats.rejected);
        expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
        expect(stats.withoutHashtags).toBe(posts.filter((p) => p.hashtags.length === 0).length);
      },
    ), { numRuns: 100 });
  });
});

/** Any code point (lone surrogates included), biased towards characters whose case mapping or NFKC is tricky. */
const char = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c))),
  fc.constantFrom('İ', 'ı', 'ß', 'ẞ', 'ﬁ', 'Σ', 'ς', 'ǅ', 'ᾈ', '＃', '#', '﹟', '\u0301', '\u0345', 'Å', 'K', '㎒', ' ', '\u3000', 'é', 'e'),
);
const anyText = (maxLength: number) => fc.array(char, { maxLength }).map((chars) => chars.join(''));

describe('normalizeHashtag (properties)', () => {
  it('returns the same value when applied twice', () => {
    fc.assert(fc.property(anyText(12), fc.boolean(), (text, foldDiacritics) => {
      const once = normalizeHashtag(text, { foldDiacritics });
      expect(normalizeHashtag(once, { foldDiacritics })).toBe(once);
    }), { numRuns: 1000 });
  });
});

describe('extractHashtags (properties)', () => {
  it('never throws and returns distinct normalised tags', () => {
    const piece = fc.oneof(anyText(8), fc.constantFrom('#', '＃', ' ', 'http://x.y/#', '&', '#1', '#a'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
      const tags = extractHashtags(text);
      expect(new Set(tags).size).toBe(tags.length);
      for (const tag of tags) expect(normalizeHashtag(tag)).toBe(tag);
    }), { numRuns: 1000 });
  });
});
