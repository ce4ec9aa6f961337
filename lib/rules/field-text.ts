// A folded field cut into words without allocating a string per word: the matcher reads words as
// offsets into one folded string, each with its hash precomputed for the dictionary lookup. On
// 10,000 abstracts, one substring per word costs more than all the matching (measured: ~120 ms).

import { foldString, isWordCodePoint } from './fold';
import * as hash from './hash';

export interface FieldText {
  /** The folded text (lowercase, TeX stripped, diacritics folded). */
  readonly text: string;
  /**
   * STRIDE numbers per word: start, end (offsets into `text`), hash, and its first three letters as
   * a 15-bit code (see start-filter.ts). A word with start === end is a segment break: between two
   * keywords or two authors, which a phrase must never span.
   */
  readonly words: readonly number[];
  /** Number of entries in `words` (words and breaks). */
  readonly count: number;
}

export const EMPTY_FIELD: FieldText = { text: '', words: [], count: 0 };

export const STRIDE = 4;
// Local copies for the per-character loop (see scan.ts).
const { HASH_BASE, HASH_MASK } = hash;
const SEGMENT = '\u0001';

export function fieldText(raw: string): FieldText {
  return typeof raw === 'string' && raw !== '' ? cut(foldString(raw), false) : EMPTY_FIELD;
}

/** Several strings (keywords, author names, category codes) as one field, with breaks between. */
export function fieldTextList(items: readonly unknown[]): FieldText {
  const folded: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' || item === '') continue;
    // The separator must not come from the data: inside an item it is just a non-word character.
    folded.push(foldString(item.includes(SEGMENT) ? item.split(SEGMENT).join(' ') : item));
  }
  return folded.length > 0 ? cut(folded.join(SEGMENT), true) : EMPTY_FIELD;
}

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
      if (text.charCodeAt(p) !== key.charCodeAt(offset)) return false;
    }
  }
  return true;
}

/** Word `k` as a string (for explanations and tests; the hot path never calls it). */
export function wordAt(f: FieldText, k: number): string {
  return f.text.slice(f.words[STRIDE * k] ?? 0, f.words[STRIDE * k + 1] ?? 0);
}

/** The words of a field as strings, breaks as "". */
export function wordList(f: FieldText): string[] {
  const out: string[] = [];
  for (let k = 0; k < f.count; k++) out.push(wordAt(f, k));
  return out;
}

// Words are collected here, then copied once at their final size: growing a fresh array word by
// word reallocates it a dozen times for an abstract.
const collected: number[] = [];

/**
 * Words are maximal runs of letters and digits (any script); everything else separates them. In a
 * list, the SEGMENT character between items also records a break. One pass computes each word's
 * offsets, hash and start code.
 */
function cut(s: string, segments: boolean): FieldText {
  const words = collected;
  let n = 0;
  let start = -1;
  let h = 0;
  let code = 0;
  const end = (i: number): void => {
    words[n++] = start;
    words[n++] = i;
    words[n++] = h;
    words[n++] = code;
    start = -1;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let isWord: boolean;
    if (c < 128) {
      isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A surrogate pair: both code units join the word (hashes and codes count code units, as the
      // keys' do).
      isWord = isWordCodePoint(s.codePointAt(i) ?? c);
      if (isWord) {
        if (start < 0) [start, h, code] = [i, 0, 0];
        for (let u = 0; u < 2; u++, i++) {
          const unit = s.charCodeAt(i);
          const pos = i - start;
          if (pos < 3) code |= (unit & 31) << (10 - 5 * pos);
          h = (Math.imul(h, HASH_BASE) + unit) & HASH_MASK;
        }
        i--; // the loop's i++ moves past the pair
        continue;
      }
    } else {
      isWord = isWordCodePoint(c);
    }
    if (isWord) {
      if (start < 0) {
        start = i;
        h = 0;
        code = 0;
      }
      const pos = i - start;
      if (pos < 3) code |= (c & 31) << (10 - 5 * pos);
      h = (Math.imul(h, HASH_BASE) + c) & HASH_MASK;
    } else {
      if (start >= 0) end(i);
      if (c === 1 && segments) {
        start = i;
        h = 0;
        code = 0;
        end(i);
      }
    }
  }
  if (start >= 0) end(s.length);
  return { text: s, words: words.slice(0, n), count: n / STRIDE };
}
