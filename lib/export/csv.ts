/**
 * CSV export (DESIGN §5.5): RFC 4180 — CRLF line ends (after the last record too), fields holding a
 * comma, a quote, CR or LF quoted, quotes doubled; a header row. UTF-8 without a byte-order mark: a BOM
 * ends up inside the first header name for most CSV readers (Excel users open the file through "Data →
 * From Text/CSV", which detects UTF-8).
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@` (or a tab / CR) as a
 * formula, and titles, abstracts, author names and journal references are remote text while tags and
 * notes are typed by the user. Those free-text columns get a leading `'` when they start with one of
 * those characters (OWASP's advice); spreadsheets show such a cell as text. Everything else is built by
 * us (ids, dates, URLs, categories, DOIs, numbers) and cannot start with them, so it is never altered.
 * The guard costs exactness for the rare title that starts with "-": `formulaGuard: false` turns it off,
 * and our importer strips the mark again.
 */
import type { SavedPaper } from '../papers/schema';
import { absUrl, collapse, isoTime, pdfUrl } from './fields';

export const CSV_COLUMNS = [
  'id',
  'version',
  'title',
  'authors',
  'published',
  'updated',
  'primary category',
  'categories',
  'doi',
  'journal ref',
  'url',
  'pdf',
  'tags',
  'note',
  'saved at',
  'abstract',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns whose text comes from outside (arXiv, Hugging Face, the user): guarded against formulas. */
export const FREE_TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['title', 'authors', 'journal ref', 'tags', 'note', 'abstract']);

export interface CsvOptions {
  /** Prefix free-text cells that a spreadsheet would run as a formula with `'` (default true). */
  formulaGuard?: boolean;
}

const EOL = '\r\n';

export function toCsv(items: readonly SavedPaper[], opts: CsvOptions = {}): string {
  const guard = opts.formulaGuard ?? true;
  const rows = [CSV_COLUMNS.join(',')];
  for (const s of items) {
    const values = csvValues(s);
    rows.push(CSV_COLUMNS.map((c) => csvField(guard && FREE_TEXT_COLUMNS.has(c) ? guardFormula(values[c]) : values[c])).join(','));
  }
  return rows.join(EOL) + EOL;
}

/**
 * A paper's cells before quoting, by column. Authors, categories and tags are joined with "; ". Title
 * and names have their white space collapsed (the old arXiv API hard-wraps titles); abstracts and notes
 * keep their line breaks, which the quoting carries.
 */
export function csvValues(s: SavedPaper): Record<CsvColumn, string> {
  const p = s.paper;
  return {
    id: p.id,
    version: p.version === undefined ? '' : String(p.version),
    title: collapse(p.title),
    authors: p.authors.map(collapse).join('; '),
    published: p.published ?? '',
    updated: p.updated ?? '',
    'primary category': p.primaryCategory ?? '',
    categories: p.categories.join('; '),
    doi: p.doi ?? '',
    'journal ref': p.journalRef ?? '',
    url: absUrl(p.id),
    pdf: pdfUrl(p.id),
    tags: s.tags.join('; '),
    note: s.note ?? '',
    'saved at': isoTime(s.savedAt) ?? '',
    abstract: p.abstract,
  };
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? "'" + value : value;
}

/** The inverse of `guardFormula`, for our importer. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
