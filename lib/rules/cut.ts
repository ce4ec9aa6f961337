// Cutting a field into words (field-text.ts says what a word is and what is stored per word): the
// per-character loop of the matcher. No closure (variables a closure writes live on the heap, not
// in registers), no string per word, no regular expression.
//
// Most text needs no folding beyond lowercasing: the loop reads the text as given, lowercasing as
// it goes (and the field keeps the text as given: FieldText.text). Only when it meets TeX markup or
// a non-ASCII character does it fold the rest (foldFrom) and read on in that: the text before is
// plain, so folding leaves it as it is, and the words cut so far stand.

import { foldFrom, isWordCodePoint } from './fold';
import * as hash from './hash';
import type { FieldText } from './field-text';
import type { Sieve } from './sieve';

export const STRIDE = 4;
export const HEAD = 4;

// Local copies for the per-character loop: where modules are not bundled (vite-node runs the tests
// and the bench), every use of an imported binding is a property read through the module.
const { HASH_BASE, HASH_MASK } = hash;
const foldRest = foldFrom;
const isWordCp = isWordCodePoint;

// Words are collected here, then copied once at their final size: a plain array of small integers
// (a typed array per field would cost an off-heap buffer each). A text of L code units holds at
// most L + 1 words and breaks (each ends at a separator or at the end), so one size check suffices.
const collected: number[] = [];

function buffer(into: number[] | undefined, length: number): number[] {
  const words = into ?? collected;
  while (words.length < STRIDE * (length + 1)) words.push(0);
  return words;
}

/**
 * Words are maximal runs of letters and digits (any script); in a list (`segments`), the SEGMENT
 * character between items also records a break. `plain`: `s` is the text as given, to be folded
 * from the first markup or non-ASCII character on; without `fold`, that character makes the cut
 * give up (null: a list, whose items fold one by one). Otherwise `s` is folded already. With a
 * sieve, each word is offered to it as it is stored, and the sieve's picks are for this field.
 */
export function cut(
  s: string,
  segments: boolean,
  into: number[] | undefined,
  plain: boolean,
  fold: boolean,
  sieve: Sieve | null,
): FieldText | null {
  const length = s.length;
  const words = buffer(into, length);
  sieve?.reset(length + 1);
  if (!plain) return done(s, words, cutFolded(s, 0, segments, words, 0, -1, 0, 0, sieve), into, sieve);
  let n = 0;
  let start = -1;
  let h = 0;
  let head = 0;
  let i = 0;
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
      n = store(words, n, start, i, h, head, sieve);
      start = -1;
      if (i === length) break;
    }
    if (needsFolding(c)) break;
    if (c === 1 && segments) n = store(words, n, i, i, 0, 0, sieve);
  }
  if (i >= length) return done(s, words, n, into, sieve);
  if (!fold) return null;
  // Read on in the text folded from i (a new string: each loop reads one that never changes), the
  // word in progress (start >= 0) going on.
  const folded = foldRest(s, i);
  sieve?.reserve(folded.length + 1);
  return done(folded, words, cutFolded(folded, i, segments, buffer(into, folded.length), n, start, h, head, sieve), into, sieve);
}

/** TeX markup (\\ $ { }) or a character beyond ASCII: the text from here on must be folded. */
const needsFolding = (c: number): boolean => c >= 128 || c === 92 || c === 36 || c === 123 || c === 125;

/**
 * Stores word [start, end) with its hash and head (a break: start = end, hashes 0) and offers it
 * to the sieve; returns the new n.
 */
function store(words: number[], n: number, start: number, end: number, h: number, head: number, sieve: Sieve | null): number {
  // The loops hash in 32 bits and leave the hash.ts reduction to here: mod 2^32 then mod 2^30 is
  // mod 2^30, and a character costs one operation less.
  const whole = h & HASH_MASK;
  const stored = end - start > HEAD ? head & HASH_MASK : whole;
  words[n] = start;
  words[n + 1] = end;
  words[n + 2] = whole;
  words[n + 3] = stored;
  if (sieve !== null && end > start) sieve.test(n / STRIDE, end - start, whole, stored);
  return n + STRIDE;
}

function done(text: string, words: number[], n: number, into: number[] | undefined, sieve: Sieve | null): FieldText {
  const f = { text, words: into ?? words.slice(0, n), count: n / STRIDE };
  if (sieve !== null) sieve.field = f;
  return f;
}

/**
 * The same loop over folded text (from foldFrom: ASCII letters may be capitals), from `from` on.
 * A second loop rather than a mode of the first: each reads one string that never changes, which
 * keeps the per-character work lean (measured: a loop that switches strings runs a third slower).
 * It starts after the `n` numbers already in `words`, with the word in progress (`start` >= 0, its
 * hash and head so far). Returns the new n.
 */
function cutFolded(
  s: string,
  from: number,
  segments: boolean,
  words: number[],
  n: number,
  start: number,
  h: number,
  head: number,
  sieve: Sieve | null,
): number {
  const length = s.length;
  for (let i = from; i < length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, HASH_BASE) + lower) | 0;
      if (i - start === HEAD - 1) head = h;
      continue;
    }
    if (c >= 128 && isWordUnit(s, i, c)) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, HASH_BASE) + c) | 0;
      if (i - start === HEAD - 1) head = h;
      // A surrogate pair: both code units join the word (hashes count code units, as the keys' do).
      if (c >= 0xd800 && c <= 0xdbff) {
        h = (Math.imul(h, HASH_BASE) + s.charCodeAt(++i)) | 0;
        if (i - start === HEAD - 1) head = h;
      }
      continue;
    }
    if (start >= 0) {
      n = store(words, n, start, i, h, head, sieve);
      start = -1;
    }
    if (c === 1 && segments) n = store(words, n, i, i, 0, 0, sieve);
  }
  if (start >= 0) n = store(words, n, start, length, h, head, sieve);
  return n;
}

/** Whether the non-ASCII code unit at i starts a word character (a letter or digit of any script). */
function isWordUnit(s: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < s.length && isWordCp(s.codePointAt(i) ?? c);
  return isWordCp(c);
}
