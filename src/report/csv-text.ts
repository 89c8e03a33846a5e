/**
 * RFC 4180 CSV text with spreadsheet-formula neutralisation (OWASP "CSV
 * Injection"): a string cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with a single quote so that spreadsheet programs
 * show it as text instead of evaluating it. Numbers are written as numbers and
 * never altered, so a negative score stays a number.
 */
import type { Scalar } from './fields.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Render one cell.
 * @param value the cell value; strings are treated as untrusted text.
 * @returns the CSV field, quoted when needed.
 */
export function csvCell(value: Scalar | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Render a table: a header row and one row per entity, CRLF line ends.
 * @param header column names.
 * @param rows rows of cells, each as long as the header.
 * @returns the CSV text (ends with CRLF).
 */
export function csvTable(header: readonly string[], rows: Iterable<readonly (Scalar | undefined)[]>): string {
  const lines = [header.map((h) => csvCell(h)).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
