/**
 * biblatex export (DESIGN §5.5): `@online` entries with biblatex's arXiv fields (`eprinttype = {arxiv}`,
 * `eprint`, `eprintclass`) and arXiv's DOI, which is the DOI of what is cited (the preprint).
 *
 * Decisions:
 * - A journal version has no field of its own here (`related` would need a second entry): its journal
 *   reference and DOI go into `addendum`, which the standard styles print at the end of the reference.
 * - `date` is the full date of `updated` (the year BibTeX export gives, DESIGN §5.5).
 * - Tags go into `keywords` (biblatex filters on them; our importer reads them back as tags); a tag
 *   holding a comma or semicolon is braced so it stays one keyword (biblatex and our importer honour
 *   the braces; @retorquere/bibtex-parser, and so Better BibTeX, split it anyway). The user's notes
 *   are not exported: .bib files are shared with co-authors.
 * - The abstract is included unless `abstract: false` (biblatex's styles do not print it; reference
 *   managers import it).
 * - Values are escaped as in the BibTeX export (`bibtexValue`); arXiv's stored BibTeX entry is not
 *   used, since it is a different entry type.
 */
import type { SavedPaper } from '../papers/schema';
import { bibtexValue, bibtexVerbatim } from './bibtex-value';
import { bibtexAuthors } from './bibtex';
import { assignCiteKeys, keyOf } from './cite-key';
import { absUrl, arxivDoi, citedDate, collapse, isoDay } from './fields';

export interface BiblatexOptions {
  keys?: ReadonlyMap<string, string>;
  /** Include abstracts (default true). */
  abstract?: boolean;
}

export function toBiblatex(items: readonly SavedPaper[], opts: BiblatexOptions = {}): string {
  const keys = opts.keys ?? assignCiteKeys(items);
  return items.map((s) => biblatexEntry(s, keyOf(keys, s), opts.abstract ?? true)).join('\n\n');
}

export function biblatexEntry(saved: SavedPaper, key: string, withAbstract = true): string {
  const p = saved.paper;
  const date = citedDate(p);
  const fields: [string, string][] = [['title', bibtexValue(p.title)]];
  if (p.authors.length > 0) fields.push(['author', bibtexAuthors(p.authors)]);
  if (date) fields.push(['date', isoDay(date)]);
  fields.push(['eprinttype', 'arxiv'], ['eprint', p.id]);
  if (p.primaryCategory) fields.push(['eprintclass', bibtexValue(p.primaryCategory)]);
  fields.push(['doi', arxivDoi(p.id)], ['url', absUrl(p.id)]);
  const journal = journalNote(saved);
  if (journal) fields.push(['addendum', journal]);
  if (saved.tags.length > 0) fields.push(['keywords', saved.tags.map(keyword).join(', ')]);
  if (withAbstract && collapse(p.abstract)) fields.push(['abstract', bibtexValue(p.abstract)]);
  return `@online{${key},\n` + fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n') + '\n}';
}

function journalNote(saved: SavedPaper): string {
  const ref = collapse(saved.paper.journalRef);
  const doi = saved.paper.doi ? bibtexVerbatim(saved.paper.doi) : '';
  const parts = [ref && 'Published in ' + bibtexValue(ref), doi && 'DOI ' + bibtexValue(doi)];
  return parts.filter(Boolean).join('. ');
}

function keyword(tag: string): string {
  const v = bibtexValue(tag);
  return /[,;]/.test(v) ? `{${v}}` : v;
}
