/**
 * Lists stored in one CSV cell: separated by whitespace, `|`, `,` or `;`
 * (`rstats useR2019`, `a|b`, `a,b`, `a; b`), or R's `c("a", "b")` as written by `write.csv` on a list column.
 * `NA` and the empty cell are the empty list.
 */

const R_VECTOR = /^c\((.*)\)$/s;
const R_ITEM = /"((?:[^"\\]|\\.)*)"/g;
const SEPARATOR = /[\s|,;]+/;
const HAS_SEPARATOR = /[\s|,;]/;

/**
 * Split a list cell.
 * @param cell - the cell's text
 * @returns the items (possibly none), without empty strings
 * @example splitListCell('c("rstats", "useR2019")') // ['rstats', 'useR2019']
 */
export function splitListCell(cell: string): string[] {
  const text = cell.trim();
  if (text === '' || text === 'NA') return [];
  const vector = R_VECTOR.exec(text);
  if (vector !== null) {
    const items: string[] = [];
    for (const match of (vector[1] as string).matchAll(R_ITEM)) {
      const item = (match[1] as string).replace(/\\(.)/g, '$1');
      if (item !== '' && item !== 'NA') items.push(item);
    }
    return items;
  }
  if (!HAS_SEPARATOR.test(text)) return [text];
  return text.split(SEPARATOR).filter((item) => item !== '');
}
