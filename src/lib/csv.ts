/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * quote or line break, quotes doubled inside. Candidates write the text, so a text cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe and is shown as text instead.
 */

export type CsvValue = string | number | boolean | undefined | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, escaped; numbers and booleans are written as they are, absent values as empty fields. */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the header row, then one row per record, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`csv: row ${index + 1} has ${row.length} fields but the header has ${header.length}`);
  }
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
