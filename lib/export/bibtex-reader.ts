/**
 * A small, tolerant BibTeX/biblatex reader: enough to find the arXiv ids and keywords in any .bib file
 * (ours, arXiv's, Zotero's, Google Scholar's, hand-written ones), small enough to ship in the extension.
 *
 * It follows BibTeX's own reading: text outside entries is a comment (and so is the rest of a line after
 * a `%`, as biber reads it); `@comment` and `@preamble` are skipped; `@string` macros are expanded in
 * values; values are `{…}` (braces counted, escaped or not, as BibTeX does), `"…"` (ending at a quote
 * outside braces), numbers or macro names, joined with `#`; entries are delimited by braces or
 * parentheses. Field values are returned raw (TeX kept, outer delimiters removed). An entry it cannot
 * read to the end is reported with its line, and reading goes on from the next line that starts with
 * `@`; the fields read until then are kept.
 */

export interface BibEntry {
  /** Lower case: `misc`, `online`, `article`, … */
  type: string;
  key: string;
  /** Field names lower-cased; the first of repeated fields wins, as in BibTeX. */
  fields: Map<string, string>;
  /** 1-based line of the `@`. */
  line: number;
  /** Set when the entry was cut short. */
  error?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TYPE_RE = /[A-Za-z][\w-]*/y;
const NAME_RE = /[^\s=,{}"#()%]+/y;
const NUMBER_RE = /\d+/y;
const NEXT_ENTRY_RE = /\n[ \t]*@/g;
const ENTRY_START_RE = /\n[ \t]*@[A-Za-z]+[ \t]*[{(]/y;

class Stop extends Error {}

export function readBibtex(text: string): BibEntry[] {
  const strings = new Map(MONTHS.map((m) => [m, m]));
  const entries: BibEntry[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const match = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return null;
    i = re.lastIndex;
    return m[0];
  };
  const stop = (message: string): never => {
    throw new Stop(`${message} at line ${lineOf(Math.min(i, text.length - 1))}`);
  };
  // A value still open where a line starts a new entry was never closed: stop there rather than read
  // on to the end of the file (which would also make every broken entry cost a pass over the rest).
  const entryStartsAt = (pos: number): boolean => {
    if (text[pos] !== '\n') return false;
    ENTRY_START_RE.lastIndex = pos;
    return ENTRY_START_RE.test(text);
  };
  // From just after an opening brace to just after its partner; the text between.
  const braced = (): string => {
    const start = i;
    for (let depth = 1; i < text.length && !entryStartsAt(i); i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start, i++);
    }
    i = start;
    return stop('unbalanced braces');
  };
  const quoted = (): string => {
    const start = i;
    for (let depth = 0; i < text.length && !entryStartsAt(i); i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"' && depth === 0) return text.slice(start, i++);
    }
    i = start;
    return stop('unclosed quote');
  };
  const value = (): string => {
    let out = '';
    for (;;) {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        out += braced();
      } else if (c === '"') {
        i++;
        out += quoted();
      } else {
        const word = match(NUMBER_RE) ?? match(NAME_RE);
        if (word === null) return stop('expected a value');
        out += /^\d+$/.test(word) ? word : (strings.get(word.toLowerCase()) ?? word);
      }
      ws();
      if (text[i] !== '#') return out;
      i++;
    }
  };
  // Fields up to the closing delimiter, into `fields`.
  const fieldList = (close: string, fields: Map<string, string>): void => {
    for (;;) {
      ws();
      if (i >= text.length) stop('entry not closed');
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      const name = match(NAME_RE);
      if (name === null) stop(`unexpected "${text[i]}"`);
      ws();
      if (text[i] !== '=') stop(`expected "=" after ${name}`);
      i++;
      const v = value();
      const key = name!.toLowerCase();
      if (!fields.has(key)) fields.set(key, v);
      ws();
      if (text[i] !== ',' && text[i] !== close) stop(`expected "," or "${close}" after ${name}`);
    }
  };

  for (;;) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    // A "%" earlier on the line comments the "@" out (biber and most tools read it so; BibTeX itself
    // would start an entry there).
    if (text.slice(text.lastIndexOf('\n', at) + 1, at).includes('%')) continue;
    ws();
    const type = match(TYPE_RE)?.toLowerCase();
    ws();
    const open = text[i];
    if (!type || (open !== '{' && open !== '(')) continue; // a stray "@" (an address in a comment)
    i++;
    const close = open === '{' ? '}' : ')';
    const entry: BibEntry = { type, key: '', fields: new Map(), line: lineOf(at) };
    try {
      if (type === 'comment' || type === 'preamble') {
        if (open === '{') braced();
        continue;
      }
      if (type === 'string') {
        const macros = new Map<string, string>();
        fieldList(close, macros);
        for (const [k, v] of macros) strings.set(k, v);
        continue;
      }
      ws();
      const keyStart = i;
      while (i < text.length && !/[\s,]/.test(text[i]!) && text[i] !== close) i++;
      entry.key = text.slice(keyStart, i);
      ws();
      if (text[i] === ',') i++;
      fieldList(close, entry.fields);
      entries.push(entry);
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      if (type !== 'comment' && type !== 'preamble' && type !== 'string') {
        entries.push({ ...entry, error: e.message });
      }
      // Go on at the next line that starts with "@" after the entry's own.
      NEXT_ENTRY_RE.lastIndex = at + 1;
      const next = NEXT_ENTRY_RE.exec(text);
      i = next ? next.index + 1 : text.length;
    }
  }
  return entries;
}

/** A field value as plain text for matching: braces gone, `\url{…}`/`\href{…}` unwrapped, spaces collapsed. */
export function plainValue(value: string | undefined): string {
  return (value ?? '')
    .replace(/\\(?:url|href|path|nolinkurl)\s*/g, '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
