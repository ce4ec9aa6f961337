// The per-character loop of the cut (cut.ts) over plain text: ASCII read as given, lowercased as it
// goes. It stops at the first character to fold (TeX markup or beyond ASCII), which cut-pieces.ts
// folds where it stands before reading on here.

import { HASH_BASE } from './hash';
import type { Sieve } from './sieve';
import { HEAD, pending, store } from './word-store';

/** TeX markup (\\ $ { }) or a character beyond ASCII: a piece to fold. */
export const needsFolding = (c: number): boolean => c >= 128 || c === 92 || c === 36 || c === 123 || c === 125;

/**
 * Reads `s` from `i` (not inside a word) to its end or to the first character to fold, storing
 * words after the `n` numbers already in `words`, their positions in the field's text `shift` on
 * from those in `s`; returns the new n. `pending` says where it stopped, and the word in progress
 * there (interrupted by the character to fold, which may go on with it: "Schr\"odinger").
 */
export function readPlain(s: string, i: number, shift: number, segments: boolean, words: number[], n: number, sieve: Sieve | null): number {
  const length = s.length;
  let start = -1;
  let h = 0;
  let head = 0;
  for (; i < length; i++) {
    let c = s.charCodeAt(i);
    // ASCII letters of either case: c | 32 is the lower case (and no other character lands in a-z).
    let lower = c | 32;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      // A word: read on to its end (an inner loop, so that no character asks whether a word is open).
      start = i;
      h = 0;
      for (;;) {
        h = (Math.imul(h, HASH_BASE) + lower) | 0;
        if (i - start === HEAD - 1) head = h;
        if (++i === length) break;
        c = s.charCodeAt(i);
        lower = c | 32;
        if (!((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57))) break;
      }
      if (i < length && needsFolding(c)) break;
      n = store(words, n, start + shift, i + shift, h, head, sieve);
      start = -1;
      if (i === length) break;
    }
    if (needsFolding(c)) break;
    if (c === 1 && segments) n = store(words, n, i + shift, i + shift, 0, 0, sieve);
  }
  pending.at = i;
  pending.start = start < 0 ? -1 : start + shift;
  pending.h = h;
  pending.head = head;
  return n;
}
