/**
 * BibTeX cite keys (DESIGN §5.5): arXiv's own rule, `family + year + first four title words`, so a
 * generated key is the key arXiv's entry will carry once it has been fetched.
 *
 * Keys are assigned over the whole library, not over what one export holds: a paper keeps the key it had
 * in the full export when it is exported alone or with a tag. Of papers sharing a key the earliest saved
 * keeps it and later ones get a, b, … in saved order (ties broken by id, so the order is total). Adding a
 * paper therefore never changes an existing key (a new paper is saved last), but removing the first of
 * two papers that share a key hands its key to the second: keys are a function of the library at
 * export time, as §5.5 defines them. Keeping keys forever would need them stored with the saved paper.
 */
import type { Paper, SavedPaper } from '../papers/schema';
import { collapse, citedYear } from './fields';
import { splitName } from './names';
import { STOPWORDS } from './stopwords';

const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

const alnum = (s: string): string => s.replace(NOT_ALNUM, '');

/** The first author's family name as it goes into a key: letters and digits only, or `unknown`. */
export function keyFamily(authors: readonly string[]): string {
  const first = authors[0];
  const family = first === undefined ? '' : alnum(splitName(first).family);
  return family ? family.toLowerCase() : 'unknown';
}

/**
 * Title words as arXiv picks them: split on single spaces with punctuation still attached, stopwords
 * (compared in lower case) dropped, the first four kept. A word that is all punctuation still counts as
 * one of the four, as in arXiv's code; it just contributes nothing.
 */
export function keyTitleWords(title: string): string {
  const words = collapse(title)
    .split(' ')
    .filter((w) => w !== '' && !STOPWORDS.has(w.toLowerCase()))
    .slice(0, 4);
  const kept = alnum(words.join(''));
  return kept ? kept.toLowerCase() : 'unknown';
}

/** The key a paper gets before collisions are resolved. */
export function baseCiteKey(paper: Pick<Paper, 'authors' | 'title' | 'updated' | 'published'>): string {
  return keyFamily(paper.authors) + (citedYear(paper) ?? 'unknown') + keyTitleWords(paper.title);
}

const STORED_KEY_RE = /^\s*@[A-Za-z]+\s*\{\s*([^\s,{}"#%'()=]+)\s*,/;

/** The key of a stored entry (`@misc{KEY,`), or null when the text is not an entry we can read. */
export function storedEntryKey(bibtex: string | undefined): string | null {
  return STORED_KEY_RE.exec(bibtex ?? '')?.[1] ?? null;
}

/** a … z, aa, ab, …: bijective base 26, so there is always a next suffix. */
export function keySuffix(n: number): string {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * id → cite key for every saved paper. A paper with a stored arXiv entry starts from that entry's key.
 * Comparison is case-insensitive, as BibTeX's own duplicate check is. A suffixed key never takes a key
 * that is some other paper's own (unsuffixed) key, so `smith2020deepa` cannot end up twice.
 */
export function assignCiteKeys(allSaved: readonly SavedPaper[]): Map<string, string> {
  const ordered = allSaved
    .map((s) => ({ id: s.id, savedAt: s.savedAt, base: storedEntryKey(s.bibtex) ?? baseCiteKey(s.paper) }))
    .sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const reserved = new Set(ordered.map((o) => o.base.toLowerCase()));
  const used = new Set<string>();
  const keys = new Map<string, string>();
  for (const o of ordered) {
    let key = o.base;
    const taken = (k: string): boolean => used.has(k.toLowerCase()) || (k !== o.base && reserved.has(k.toLowerCase()));
    for (let n = 0; taken(key); n++) key = o.base + keySuffix(n);
    used.add(key.toLowerCase());
    keys.set(o.id, key);
  }
  return keys;
}

/** The assigned key, or the paper's own key when the caller's map does not hold it. */
export function keyOf(keys: ReadonlyMap<string, string>, saved: SavedPaper): string {
  return keys.get(saved.id) ?? storedEntryKey(saved.bibtex) ?? baseCiteKey(saved.paper);
}
