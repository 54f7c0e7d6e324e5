/**
 * A small, strict RFC 4180 reader: the exact inverse of csv.ts, used to check
 * exported files (and usable for pasted lists). A leading BOM is dropped; a
 * final line break does not make an empty record; bare LF is accepted as a
 * line break. A stray or unterminated quote is an error, not a guess.
 */
export class CsvParseError extends Error {
  override readonly name = 'CsvParseError';
}

export function parseCsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = src.length;
  if (n === 0) return rows;
  for (;;) {
    let field = '';
    if (src[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new CsvParseError(`unterminated quoted field in record ${rows.length + 1}`);
        const ch = src[i]!;
        if (ch === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += ch;
        i++;
      }
      if (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') {
        throw new CsvParseError(`unexpected text after a quoted field in record ${rows.length + 1}`);
      }
    } else {
      const start = i;
      while (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') {
        if (src[i] === '"') throw new CsvParseError(`a quote inside an unquoted field in record ${rows.length + 1}`);
        i++;
      }
      field = src.slice(start, i);
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const sep = src[i];
    if (sep === ',') {
      i++;
      continue;
    }
    // a line break: CRLF or LF
    i += sep === '\r' && src[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}
