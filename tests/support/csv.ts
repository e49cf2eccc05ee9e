/**
 * A strict RFC 4180 reader, written apart from the site's writer so tests check one against the other:
 * returns rows of fields and throws on anything the RFC does not allow (a bare line break, a quote inside
 * an unquoted field, a last line without CRLF).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    if (quoted) {
      if (char === '"' && next === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
      continue;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`csv: a line break outside quotes at character ${i}`);
    } else if (char === '"') {
      throw new Error(`csv: a quote inside an unquoted field at character ${i}`);
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted || field || row.length) throw new Error('csv: the last line does not end with CRLF');
  return rows;
}
