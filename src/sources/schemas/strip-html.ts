/**
 * HTML → plain text for Mastodon `content`: block ends and `<br>` become
 * spaces, tags are removed, the common entities are decoded. Enough for
 * hashtag extraction and display; not a general HTML parser.
 */

const BREAKS = /<\/p>|<br\s*\/?>/gi;
const TAGS = /<[^>]*>/g;
const ENTITIES = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(match: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  return NAMED[(name ?? '').toLowerCase()] ?? match;
}

/**
 * Strip tags and decode entities.
 * @param html - the HTML fragment
 * @returns the text
 * @example stripHtml('<p>Hi <a href="x">#<span>tag</span></a></p>') // 'Hi #tag'
 */
export function stripHtml(html: string): string {
  return html.replace(BREAKS, ' ').replace(TAGS, '').replace(ENTITIES, decode).trim();
}
