// A folded field cut into words (cut.ts) without allocating a string per word: the matcher reads
// words as offsets into one folded string, each with its hash precomputed for the dictionary
// lookups. On 10,000 abstracts, one substring per word costs more than all the matching.

import { cut as cutText } from './cut';
import { STRIDE } from './word-store';
import { foldString as fold } from './fold';
import type { Sieve } from './sieve';

export interface FieldText {
  /**
   * The text, folded (TeX stripped, diacritics folded, lowercase) except that ASCII capitals may
   * remain: read a word's characters with `c <= 90 ? c | 32 : c` (digits keep their code), or with
   * wordAt. Most text is plain ASCII, and then this is the text as given: no lowercased copy.
   */
  readonly text: string;
  /**
   * STRIDE numbers per word: start, end (offsets into `text`), hash, and the hash of its first
   * HEAD code units (of the whole word when shorter). A word with start === end is a segment
   * break: between two keywords or two authors, which a phrase must never span.
   */
  readonly words: readonly number[];
  /** Number of entries in `words` (words and breaks). */
  readonly count: number;
}

export { HEAD, STRIDE } from './word-store';
export const EMPTY_FIELD: FieldText = { text: '', words: [], count: 0 };

const SEGMENT = '\u0001';
const CAPITAL = /[A-Z]/;
const CAPITALS = /[A-Z]+/g;

/**
 * The words of `text`. With `into`, they are written there and the field reads them from it: no
 * copy, for a field that is dropped before `into` is used again (matchPaper on a plain paper).
 * With a sieve, the cut picks the words for it (sieve.ts).
 */
export function fieldText(text: string, into?: number[], sieve: Sieve | null = null): FieldText {
  return typeof text === 'string' && text !== '' ? (cutText(text, false, into, true, true, sieve) as FieldText) : EMPTY_FIELD;
}

/** Several strings (keywords, author names, category codes) as one field, with breaks between. */
export function fieldTextList(items: readonly unknown[], into?: number[], sieve: Sieve | null = null): FieldText {
  // Mostly every item is a clean string (no copy needed); the other lists are filtered.
  const kept = allClean(items) ? (items as readonly string[]) : cleaned(items);
  if (kept.length === 0) return EMPTY_FIELD;
  // Plain items fold by lowercasing, which the separator survives: one pass for all. Otherwise each
  // item on its own, so that markup cannot reach across the separator.
  return (
    cutText(kept.join(SEGMENT), true, into, true, false, sieve) ??
    (cutText(kept.map(fold).join(SEGMENT), true, into, false, false, sieve) as FieldText)
  );
}

/** Whether every item (holes included: not `every`, which skips them) is a non-empty string without the separator. */
function allClean(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string' || item === '' || item.includes(SEGMENT)) return false;
  }
  return true;
}

function cleaned(items: readonly unknown[]): string[] {
  const kept: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' || item === '') continue;
    // The separator must not come from the data: inside an item it is just a non-word character.
    kept.push(item.includes(SEGMENT) ? item.split(SEGMENT).join(' ') : item);
  }
  return kept;
}

/** A character of a word as it reads (see FieldText.text): ASCII capitals lowercased. */
export const lowerCode = (c: number): number => (c <= 90 ? c | 32 : c);

/**
 * Whether `key` equals the text read from word `k` on, across word boundaries (a segment break
 * ends the text). The caller knows the key's length lands on the boundary it wants.
 */
export function streamEquals(f: FieldText, k: number, key: string): boolean {
  const { text, words } = f;
  let offset = 0;
  for (let j = k; offset < key.length; j++) {
    if (j >= f.count) return false;
    const start = words[STRIDE * j] as number;
    const end = words[STRIDE * j + 1] as number;
    if (start === end) return false;
    for (let p = start; p < end && offset < key.length; p++, offset++) {
      const c = text.charCodeAt(p);
      if ((c <= 90 ? c | 32 : c) !== key.charCodeAt(offset)) return false;
    }
  }
  return true;
}

/** Word `k` as a string (for explanations and tests; the hot path never calls it). */
export function wordAt(f: FieldText, k: number): string {
  const word = f.text.slice(f.words[STRIDE * k] ?? 0, f.words[STRIDE * k + 1] ?? 0);
  return CAPITAL.test(word) ? word.replace(CAPITALS, (c) => c.toLowerCase()) : word;
}

/** The words of a field as strings, breaks as "". */
export function wordList(f: FieldText): string[] {
  const out: string[] = [];
  for (let k = 0; k < f.count; k++) out.push(wordAt(f, k));
  return out;
}
