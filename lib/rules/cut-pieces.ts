// The cut (cut.ts) of plain text with pieces to fold: TeX markup and characters beyond ASCII.
// Each piece is folded where it stands (fold.ts: foldAt) and read in its folded form, the word in
// progress going on through it ("Schr\"odinger" is one word); the plain text between pieces is
// read as given (read-plain.ts). The field's text is the text with its pieces folded.

import { foldAt as foldPiece, isWordCodePoint as isWordCp } from './fold';
import { HASH_BASE } from './hash';
import type { FieldText } from './field-text';
import { needsFolding, readPlain } from './read-plain';
import type { Sieve } from './sieve';
import { HEAD, buffer, done, pending, store } from './word-store';

/**
 * Reads on in `s` from where readPlain stopped (`pending`: a character to fold, and the word in
 * progress there), after the `n` numbers already in `words`; the field of the folded text.
 */
export function cutPieces(s: string, segments: boolean, into: number[] | undefined, words: number[], n: number, sieve: Sieve | null): FieldText {
  const length = s.length;
  // Offset in the folded text minus offset in s, after the pieces so far; the folded text's parts.
  let shift = 0;
  const parts: string[] = [];
  let plainFrom = 0;
  let i = pending.at;
  while (i < length) {
    // A piece to fold at i: its folded characters are read in place, the word in progress going on.
    const piece = foldPiece(s, i);
    const at = i + shift;
    parts.push(s.slice(plainFrom, i), piece.text);
    plainFrom = piece.end;
    // Room for as many words as the folded text may hold, were the rest plain.
    const room = at + piece.text.length + length - piece.end;
    words = buffer(into, room);
    sieve?.reserve(room + 1);
    n = readFolded(piece.text, at, segments, words, n, sieve);
    shift = at + piece.text.length - piece.end;
    i = piece.end;
    // The word the piece left open goes on through the letters and digits after it, and through
    // another piece right after those; else it ends, and plain text follows.
    const start = pending.start;
    let { h, head } = pending;
    if (start >= 0) {
      const base = start - shift;
      for (; i < length; i++) {
        const c = s.charCodeAt(i);
        const lower = c | 32;
        if (!((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57))) break;
        h = (Math.imul(h, HASH_BASE) + lower) | 0;
        if (i - base === HEAD - 1) head = h;
      }
      if (i < length && needsFolding(s.charCodeAt(i))) {
        pending.h = h;
        pending.head = head;
        continue;
      }
      n = store(words, n, start, i + shift, h, head, sieve);
    }
    n = readPlain(s, i, shift, segments, words, n, sieve);
    i = pending.at;
  }
  parts.push(s.slice(plainFrom));
  return done(parts.join(''), words, n, into, sieve);
}

/** The words of a text folded already (a list folded item by item); returns their n. */
export function cutFolded(s: string, segments: boolean, words: number[], sieve: Sieve | null): number {
  pending.start = -1;
  const n = readFolded(s, 0, segments, words, 0, sieve);
  return pending.start >= 0 ? store(words, n, pending.start, s.length, pending.h, pending.head, sieve) : n;
}

/**
 * The loop over folded text (a piece from foldAt, or a list folded item by item: ASCII letters
 * may be capitals), its offset `at` in the field's text added to every position. A loop of its own
 * rather than a mode of the others: each reads one string that never changes, which keeps the
 * per-character work lean. It starts after the `n` numbers already in `words`, with the word in
 * progress in `pending`, where it leaves the one it ends in. Returns the new n.
 */
function readFolded(s: string, at: number, segments: boolean, words: number[], n: number, sieve: Sieve | null): number {
  const length = s.length;
  let { start, h, head } = pending;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = at + i;
        h = 0;
      }
      h = (Math.imul(h, HASH_BASE) + lower) | 0;
      if (at + i - start === HEAD - 1) head = h;
      continue;
    }
    if (c >= 128 && isWordUnit(s, i, c)) {
      if (start < 0) {
        start = at + i;
        h = 0;
      }
      h = (Math.imul(h, HASH_BASE) + c) | 0;
      if (at + i - start === HEAD - 1) head = h;
      // A surrogate pair: both code units join the word (hashes count code units, as the keys' do).
      if (c >= 0xd800 && c <= 0xdbff) {
        h = (Math.imul(h, HASH_BASE) + s.charCodeAt(++i)) | 0;
        if (at + i - start === HEAD - 1) head = h;
      }
      continue;
    }
    if (start >= 0) {
      n = store(words, n, start, at + i, h, head, sieve);
      start = -1;
    }
    if (c === 1 && segments) n = store(words, n, at + i, at + i, 0, 0, sieve);
  }
  pending.start = start;
  pending.h = h;
  pending.head = head;
  return n;
}

/** Whether the non-ASCII code unit at i starts a word character (a letter or digit of any script). */
function isWordUnit(s: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < s.length && isWordCp(s.codePointAt(i) ?? c);
  return isWordCp(c);
}
