/**
 * CSL-JSON export (DESIGN §5.5): the item shape Zotero, pandoc and citation.js read, as a JSON array.
 *
 * Decisions:
 * - `id` and `citation-key` (CSL 1.0.2) are the cite key: pandoc cites by `id`, citation.js and Zotero 7
 *   by `citation-key`, so `@vaswani2023attentionneed` works the same with the .bib and the .json. The
 *   arXiv id is in `number` ("arXiv:<id>"), `DOI` and `URL`, which is what our importer reads back.
 * - `type: "article"` is CSL's type for preprints (Zotero imports it as a Preprint).
 * - Names are `{ family, given }` with the particle inside `family` ("de Vries"), plus `suffix` when
 *   there is one; a one-word name is `{ family }` alone.
 * - `issued` is the date of `updated`, as in every other format.
 * - Tags go into `keyword`, joined with ", " (CSL's field is one string); a tag holding a comma comes back
 *   split. A journal reference or DOI has no CSL field that would not be mistaken for the preprint's own,
 *   so it is left out; so are notes.
 */
import type { SavedPaper } from '../papers/schema';
import { assignCiteKeys, keyOf } from './cite-key';
import { absUrl, arxivDoi, citedDate, collapse } from './fields';
import { splitName } from './names';

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article';
  title: string;
  author: CslName[];
  issued?: { 'date-parts': [[number, number, number]] };
  number: string;
  DOI: string;
  URL: string;
  publisher: 'arXiv';
  abstract?: string;
  keyword?: string;
}

export interface CslJsonOptions {
  keys?: ReadonlyMap<string, string>;
}

export function toCslItems(items: readonly SavedPaper[], opts: CslJsonOptions = {}): CslItem[] {
  const keys = opts.keys ?? assignCiteKeys(items);
  return items.map((s) => cslItem(s, keyOf(keys, s)));
}

export function toCslJson(items: readonly SavedPaper[], opts: CslJsonOptions = {}): string {
  return JSON.stringify(toCslItems(items, opts), null, 2) + '\n';
}

export function cslItem(saved: SavedPaper, key: string): CslItem {
  const p = saved.paper;
  const date = citedDate(p);
  const item: CslItem = {
    id: key,
    'citation-key': key,
    type: 'article',
    title: collapse(p.title),
    author: p.authors.map(cslName).filter((n) => n.family),
    number: 'arXiv:' + p.id,
    DOI: arxivDoi(p.id),
    URL: absUrl(p.id),
    publisher: 'arXiv',
  };
  if (date) item.issued = { 'date-parts': [[date.year, date.month, date.day]] };
  const abstract = p.abstract.trim();
  if (abstract) item.abstract = abstract;
  if (saved.tags.length > 0) item.keyword = saved.tags.join(', ');
  return item;
}

export function cslName(display: string): CslName {
  const { given, family, suffix } = splitName(display);
  const name: CslName = { family };
  if (given) name.given = given;
  if (suffix) name.suffix = suffix;
  return name;
}
