/**
 * RIS export (DESIGN §5.5): one `TY  - GEN` … `ER  - ` record per paper.
 *
 * Decisions:
 * - Lines end in CRLF, as the RIS specification (Research Information Systems' "RIS Format
 *   Specifications") writes them; every reader we know also takes LF, but some older Windows ones take
 *   only CRLF. Records are separated by one blank line.
 * - A tag's value must fit on its line, so titles, abstracts and notes have their line breaks and runs
 *   of spaces collapsed to one space (the user's note loses its paragraphs here; CSV and the backup keep
 *   them). Text is otherwise written as it is: RIS has no escaping.
 * - `AU  - Family, Given` (with `, Suffix` when there is one) from the shared name splitter; a name with
 *   no given part is written as the family name alone.
 * - `PY` is the year and `DA` the date (YYYY/MM/DD) of `updated`, like the other formats. `DO` is arXiv's
 *   DOI (what is cited is the preprint); a journal reference and journal DOI go into their own `N1`
 *   lines after the user's note. `AN  - arXiv:<id>` and `L1` (the PDF) help reference managers.
 * - `KW` holds each tag, then each category; on import, category codes are not taken as tags.
 */
import type { SavedPaper } from '../papers/schema';
import { absUrl, arxivDoi, citedDate, collapse, pdfUrl } from './fields';
import { splitName } from './names';

const EOL = '\r\n';

export function toRis(items: readonly SavedPaper[]): string {
  return items.map(risRecord).join(EOL);
}

export function risRecord(saved: SavedPaper): string {
  const p = saved.paper;
  const lines: string[] = [];
  const add = (tag: string, value: string | undefined): void => {
    const v = collapse(value);
    if (v) lines.push(`${tag}  - ${v}`);
  };
  lines.push('TY  - GEN');
  add('TI', p.title);
  for (const a of p.authors) add('AU', risName(a));
  const date = citedDate(p);
  if (date) {
    add('PY', String(date.year));
    add('DA', `${date.year}/${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}`);
  }
  add('DO', arxivDoi(p.id));
  add('UR', absUrl(p.id));
  add('L1', pdfUrl(p.id));
  add('AN', 'arXiv:' + p.id);
  add('PB', 'arXiv');
  add('AB', p.abstract);
  for (const t of saved.tags) add('KW', t);
  for (const c of p.categories) add('KW', c);
  add('N1', saved.note);
  if (p.journalRef) add('N1', 'Journal reference: ' + p.journalRef);
  if (p.doi) add('N1', 'Journal DOI: ' + p.doi);
  lines.push('ER  - ');
  return lines.join(EOL) + EOL;
}

export function risName(display: string): string {
  const { given, family, suffix } = splitName(display);
  return [family, given, suffix].filter((part, i) => part || (i === 1 && suffix)).join(', ');
}
