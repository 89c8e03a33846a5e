/**
 * Terminal text helpers: numbers, times, padding, and removal of control
 * characters so that account names and hashtags cannot send escape sequences
 * to the user's terminal.
 */

// C0 and C1 controls (ESC included) and the bidi overrides: never printed raw.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Make untrusted text safe to print: controls replaced by `?`, cut to `max` characters.
 * @param text the text.
 * @param max most characters kept (an ellipsis marks a cut).
 * @returns printable text.
 */
export function safeText(text: string, max = Infinity): string {
  const clean = text.replace(CONTROL, '?');
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : clean;
}

/**
 * Format a number for tables: integers grouped, others with 3 significant digits.
 * @param value the number or null.
 * @returns the text (`–` for null).
 */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const a = Math.abs(value);
  if (a !== 0 && (a < 0.001 || a >= 1e6)) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

/**
 * An ISO time as `YYYY-MM-DD HH:mm` (UTC).
 * @param iso an ISO 8601 string.
 * @returns the short form.
 */
export function shortTime(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, '');
}

/**
 * Render rows as an aligned text table (numbers right-aligned).
 * @param header column titles.
 * @param rows rows of cells.
 * @param right which columns are right-aligned.
 * @returns the table, one line per row, with a rule under the header.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  const width = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => {
      const pad = ' '.repeat(Math.max(0, (width[i] ?? 0) - [...c].length));
      return right[i] ? pad + c : c + pad;
    }).join('  ').trimEnd();
  return [line(header), width.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
