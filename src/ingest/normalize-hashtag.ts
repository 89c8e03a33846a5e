/**
 * Hashtag normalisation (DESIGN.md §2): NFKC, lower case, no leading `#`
 * (NFKC already maps the full-width `＃` and the small `﹟` to `#`), trimmed;
 * optionally diacritics folded (NFD, combining marks removed). Accents are kept
 * by default: `éducation` and `education` are different hashtags.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const SIMPLE = /^[a-z0-9_]+$/;
const ASCII_WORD = /^[A-Za-z0-9_]+$/;

/** Options of {@link normalizeHashtag}. */
export interface NormalizeHashtagOptions {
  /** Remove diacritics (`Éducation` → `education`). @default false */
  readonly foldDiacritics?: boolean;
}

function once(tag: string, fold: boolean): string {
  let text = tag.normalize('NFKC').toLowerCase().normalize('NFKC');
  if (fold) text = text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFKC');
  let start = 0;
  let end = text.length;
  for (;;) {
    const c = text.charCodeAt(start);
    if (start < end && (c === 0x23 || c <= 0x20 || c === 0xa0 || c === 0x3000)) start++;
    else break;
  }
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end).trim();
}

/**
 * Normalise one hashtag. Idempotent: `normalizeHashtag(normalizeHashtag(x)) === normalizeHashtag(x)`.
 * @param tag - the raw hashtag, with or without `#`
 * @param options - `foldDiacritics`
 * @returns the normalised hashtag; `''` when nothing is left (then it is not a hashtag)
 * @example normalizeHashtag('＃ÉDUCATION') // 'éducation'
 * @example normalizeHashtag('#Éducation', { foldDiacritics: true }) // 'education'
 */
export function normalizeHashtag(tag: string, options?: NormalizeHashtagOptions): string {
  if (SIMPLE.test(tag)) return tag;
  // ASCII letters, digits and `_` are NFKC-stable and fold to nothing: lower-casing is all there is to do.
  if (ASCII_WORD.test(tag)) return tag.toLowerCase();
  const fold = options?.foldDiacritics === true;
  let text = once(tag, fold);
  // Case mapping and NFKC do not always commute; iterate to the fixed point (≤ 3 rounds in practice).
  for (let round = 0; round < 4; round++) {
    const next = once(text, fold);
    if (next === text) return text;
    text = next;
  }
  return text;
}
