import { describe, expect, it } from 'vitest';
import { extractHashtags, normalizeHashtag } from '../../src/ingest/index.js';

describe('normalizeHashtag', () => {
  it.each([
    ['#Wahl2021', 'wahl2021'], ['＃ＴＥＳＴ', 'test'], ['﹟tag', 'tag'], ['##double', 'double'], ['  #Spaced ', 'spaced'],
    ['Éducation', 'éducation'], ['ﬁnance', 'finance'], ['#', ''], ['İstanbul', 'i̇stanbul'],
  ])('returns %j → %j', (input, output) => {
    expect(normalizeHashtag(input)).toBe(output);
  });
  it('returns folded diacritics only with foldDiacritics', () => {
    expect(normalizeHashtag('#Éducation', { foldDiacritics: true })).toBe('education');
    expect(normalizeHashtag('#Ñandú', { foldDiacritics: true })).toBe('nandu');
  });
  it('returns NFC and NFD spellings as one hashtag', () => {
    expect(normalizeHashtag('cafe\u0301')).toBe(normalizeHashtag('caf\u00e9'));
  });
});

describe('extractHashtags', () => {
  it('returns normalised, de-duplicated hashtags in order of first appearance', () => {
    expect(extractHashtags('#B then #a and #b again, #東京 #café ＃Ｗｉｄｅ #😀')).toEqual(['b', 'a', '東京', 'café', 'wide', '😀']);
  });
  it('returns no all-digit tags, no tags glued to words or entities, none inside URLs', () => {
    expect(extractHashtags('#2021 #1st a#b &#39;s https://ex.com/page#anchor www.x.de/#y #ok')).toEqual(['1st', 'ok']);
  });
  it('returns folded tags with foldDiacritics', () => {
    expect(extractHashtags('#Éducation #education', { foldDiacritics: true })).toEqual(['education']);
  });
  it('returns [] for text without hashtags and for non-strings', () => {
    expect(extractHashtags('no tags')).toEqual([]);
    expect(extractHashtags(42 as unknown as string)).toEqual([]);
  });
  it('returns within a second on 1 MB of hostile text', () => {
    const texts = ['#a'.repeat(500_000), 'awww.#b'.repeat(150_000), 'x://#a '.repeat(150_000), `${'a'.repeat(500_000)}://#b`, '#'.repeat(1_000_000), `#${'a'.repeat(1_000_000)}`, Array.from({ length: 120_000 }, (_, i) => `#t${i}`).join(' ')];
    for (const text of texts) {
      const start = performance.now();
      extractHashtags(text);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
