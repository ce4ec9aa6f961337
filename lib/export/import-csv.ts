/**
 * CSV import: ours (csv.ts) and other tables with an id, URL or DOI column. The header row names the
 * columns (case and surrounding spaces ignored). Per row, the id comes from the first of `id` /
 * `arxiv id` / `arxiv` / `eprint`, `url` / `link` / `pdf`, and `doi` that names an arXiv paper; `tags`
 * (split on ";"), `note` and `saved at` (ISO) come along when present, with csv.ts's formula guard
 * undone.
 */
import { readCsv } from './csv-reader';
import { unguardFormula } from './csv';
import { finish, idFromDoi, idFromRef, splitTags, type ImportedEntry, type ImportOutcome } from './import-types';

const ID_COLUMNS = ['id', 'arxiv id', 'arxiv', 'eprint'];
const URL_COLUMNS = ['url', 'link', 'pdf'];

export function importCsv(text: string): ImportOutcome {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, format: 'csv', error: read.error };
  const [header, ...rows] = read.rows;
  if (!header) return { ok: false, format: 'csv', error: 'the CSV file has no header row' };
  const names = header.cells.map((h) => h.trim().toLowerCase());
  const col = (list: string[]): number[] => list.map((n) => names.indexOf(n)).filter((i) => i >= 0);
  const idCols = col(ID_COLUMNS);
  const urlCols = col(URL_COLUMNS);
  const doiCols = col(['doi']);
  if (idCols.length + urlCols.length + doiCols.length === 0) {
    const found = names.slice(0, 8).join(', ');
    return { ok: false, format: 'csv', error: `the CSV header has no id, url or doi column (found: ${found})` };
  }
  const [tagsCol, noteCol, savedCol] = ['tags', 'note', 'saved at'].map((n) => names.indexOf(n));
  const papers: ImportedEntry[] = [];
  const errors: string[] = [];
  for (const row of rows) {
    const cell = (i: number | undefined): string => (i === undefined || i < 0 ? '' : (row.cells[i] ?? ''));
    const id =
      idCols.map((i) => idFromRef(cell(i))).find(Boolean) ??
      urlCols.map((i) => idFromRef(cell(i))).find(Boolean) ??
      doiCols.map((i) => idFromDoi(cell(i))).find(Boolean);
    if (!id) {
      const shown = [...idCols, ...urlCols].map(cell).find((v) => v.trim());
      errors.push(`line ${row.line}: ${shown ? `"${shown.slice(0, 60)}" is not an arXiv id or URL` : 'no arXiv id'}`);
      continue;
    }
    const entry: ImportedEntry = { id, needsLookup: true };
    const tags = splitTags(unguardFormula(cell(tagsCol)), /;/);
    if (tags.length) entry.tags = tags;
    const note = unguardFormula(cell(noteCol));
    if (note.trim()) entry.note = note;
    const savedAt = Date.parse(cell(savedCol));
    if (!Number.isNaN(savedAt)) entry.savedAt = savedAt;
    papers.push(entry);
  }
  return finish('csv', papers, errors, 'no row with an arXiv id was found in the CSV file');
}
