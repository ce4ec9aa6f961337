/**
 * BibTeX export (DESIGN §5.5): arXiv's own entry verbatim when the saved paper has it, otherwise an entry
 * generated in arXiv's exact layout, so a library reads the same before and after the stored entries
 * arrive.
 *
 * Decisions:
 * - The one change ever made to a stored entry is its key, and only when the key collides with the key
 *   of a paper saved earlier (two entries with one key are an error in BibTeX). Text after the entry's
 *   closing brace (a trailing newline) is not part of the entry and is dropped so that entries stay one
 *   blank line apart. A stored text that does not start like an entry is ignored and one is generated.
 * - Generated entries leave out the lines arXiv would fill with "unknown" (no year, no primary
 *   category) and the author line of a paper without authors, rather than write values that are wrong.
 * - Authors: display names as "Given Family" (as arXiv writes them). A name with a Jr/Sr/II/III is
 *   written "Family, Jr., Given", because in "Given Family Jr." BibTeX takes "Jr." for the family name;
 *   a name holding the word "and" is braced so BibTeX does not split it.
 * - Field values go through `bibtexValue` (see there for what is escaped and why).
 */
import type { SavedPaper } from '../papers/schema';
import { bibtexValue, bibtexVerbatim } from './bibtex-value';
import { assignCiteKeys, baseCiteKey, keyOf, storedEntryKey } from './cite-key';
import { absUrl, citedYear } from './fields';
import { splitName } from './names';

export interface BibtexOptions {
  /** Keys assigned over the whole library (`assignCiteKeys(allSaved)`); computed from `items` if absent. */
  keys?: ReadonlyMap<string, string>;
}

export function toBibtex(items: readonly SavedPaper[], opts: BibtexOptions = {}): string {
  const keys = opts.keys ?? assignCiteKeys(items);
  return items.map((s) => bibtexEntry(s, keyOf(keys, s))).join('\n\n');
}

/** One entry: the stored one when there is one, else generated. `key` overrides the entry's own key. */
export function bibtexEntry(saved: SavedPaper, key?: string): string {
  const stored = storedEntryKey(saved.bibtex);
  if (saved.bibtex !== undefined && stored !== null) {
    const entry = storedEntryText(saved.bibtex);
    return key === undefined || key === stored ? entry : replaceKey(entry, stored, key);
  }
  return generateBibtex(saved, key);
}

function storedEntryText(bibtex: string): string {
  const end = bibtex.lastIndexOf('}');
  return end < 0 ? bibtex : bibtex.slice(0, end + 1);
}

function replaceKey(entry: string, oldKey: string, newKey: string): string {
  const at = entry.indexOf(oldKey, entry.indexOf('{'));
  return entry.slice(0, at) + newKey + entry.slice(at + oldKey.length);
}

/** arXiv's layout, line for line (browse/formatting/cite.py in arxiv-browse). */
export function generateBibtex(saved: SavedPaper, key?: string): string {
  const p = saved.paper;
  const year = citedYear(p);
  const lines = [`@misc{${key ?? baseCiteKey(p)},`];
  lines.push(`      title={${bibtexValue(p.title)}}, `);
  if (p.authors.length > 0) lines.push(`      author={${bibtexAuthors(p.authors)}},`);
  if (year !== undefined) lines.push(`      year={${year}},`);
  lines.push(`      eprint={${p.id}},`, '      archivePrefix={arXiv},');
  if (p.primaryCategory) lines.push(`      primaryClass={${bibtexValue(p.primaryCategory)}},`);
  if (p.doi) lines.push(`      doi={https://doi.org/${bibtexVerbatim(p.doi)}},`);
  lines.push(`      url={${absUrl(p.id)}}, `, '}');
  return lines.join('\n');
}

/** `A and B and C`, each name in a form BibTeX splits correctly. */
export function bibtexAuthors(authors: readonly string[]): string {
  return authors.map((a) => bibtexValue(bibtexName(a))).join(' and ');
}

function bibtexName(display: string): string {
  const name = display.replace(/\s+/g, ' ').trim();
  if (/(^| )and( |$)/i.test(name)) return `{${name}}`;
  const parts = splitName(name);
  if (parts.suffix && !name.includes(',')) {
    // BibTeX's three-part form; its last part may be empty ("van der Waals, Jr.,").
    return `${parts.family}, ${parts.suffix}, ${parts.given}`.trimEnd();
  }
  return name;
}
