// Cutting a field into words (field-text.ts says what a word is and what is stored per word): the
// per-character loop of the matcher (read-plain.ts). No closure (variables a closure writes live on
// the heap, not in registers), no string per word, no regular expression.
//
// Most text needs no folding beyond lowercasing: the loop reads the text as given, lowercasing as
// it goes (and the field keeps the text as given: FieldText.text). Only where it meets TeX markup
// or a non-ASCII character is there a piece to fold (cut-pieces.ts), in place: the plain text
// around it folds to itself, and the words cut from it stand.

import type { FieldText } from './field-text';
import { cutFolded, cutPieces } from './cut-pieces';
import { readPlain } from './read-plain';
import type { Sieve } from './sieve';
import { buffer, done, pending } from './word-store';

/**
 * Words are maximal runs of letters and digits (any script); in a list (`segments`), the SEGMENT
 * character between items also records a break. `plain`: `s` is the text as given, to be folded
 * piece by piece (markup, non-ASCII); without `fold`, such a piece makes the cut give up (null: a
 * list, whose items fold one by one). Otherwise `s` is folded already. With a sieve, each word is
 * offered to it as it is stored, and the sieve's picks are for this field.
 */
export function cut(
  s: string,
  segments: boolean,
  into: number[] | undefined,
  plain: boolean,
  fold: boolean,
  sieve: Sieve | null,
): FieldText | null {
  const words = buffer(into, s.length);
  sieve?.reset(s.length + 1);
  if (!plain) return done(s, words, cutFolded(s, segments, words, sieve), into, sieve);
  const n = readPlain(s, 0, 0, segments, words, 0, sieve);
  if (pending.at === s.length) return done(s, words, n, into, sieve);
  return fold ? cutPieces(s, segments, into, words, n, sieve) : null;
}
