/**
 * An RFC 4180 reader: records end in CRLF (LF or a lone CR accepted too); fields in quotes may hold
 * commas, quotes (doubled) and line breaks. Tolerant where RFC 4180 is silent: a quote inside an
 * unquoted field is kept as text, and text after a closing quote is appended to the field. A quoted
 * field still open at the end of the file is an error, because everything after its quote would be
 * read as one cell.
 */

export interface CsvRow {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

export type CsvReadResult = { ok: true; rows: CsvRow[] } | { ok: false; error: string };

export function readCsv(text: string): CsvReadResult {
  const s = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  // Whether the current cell has had its content yet (so a quote in it is text, not an opening quote).
  let started = false;
  let line = 1;
  let rowLine = 1;
  const endCell = (): void => {
    cells.push(cell);
    cell = '';
    started = false;
  };
  const endRow = (): void => {
    endCell();
    // A blank line (one empty cell) is no record.
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (c === '"' && !started) {
      const start = line;
      started = true;
      for (i++; ; ) {
        if (i >= s.length) return { ok: false, error: `line ${start}: a quoted field is not closed` };
        const q = s[i]!;
        if (q === '"') {
          if (s[i + 1] !== '"') break;
          cell += '"';
          i += 2;
          continue;
        }
        if (q === '\n' || (q === '\r' && s[i + 1] !== '\n')) line++;
        cell += q;
        i++;
      }
      i++;
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      rowLine = ++line;
    } else {
      started = true;
      cell += c;
      i++;
    }
  }
  if (started || cells.length > 0) endRow();
  return { ok: true, rows };
}
