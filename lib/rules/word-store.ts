// How the cut (read-plain.ts, cut-pieces.ts) stores the words of a field (field-text.ts says what
// FieldText holds): STRIDE numbers per word in a plain array, each word offered to the sieve
// (sieve.ts) as it is stored.

import { HASH_MASK } from './hash';
import type { FieldText } from './field-text';
import type { Sieve } from './sieve';

export const STRIDE = 4;
export const HEAD = 4;


// Words are collected here, then copied once at their final size: a plain array of small integers
// (a typed array per field would cost an off-heap buffer each). A text of L code units holds at
// most L + 1 words and breaks (each ends at a separator or at the end), so one size check suffices.
const collected: number[] = [];

/**
 * Where a reading loop (read-plain.ts, cut-pieces.ts) stopped, `at`, and the word in progress
 * there, which the next one goes on with: its start (in the field's text; -1: none), hash and
 * head so far. One object for all (matching is synchronous), read and written once per loop.
 */
export const pending = { at: 0, start: -1, h: 0, head: 0 };

/** The array to store a field's words in (`into`, or the shared one), with room for a text of `length`. */
export function buffer(into: number[] | undefined, length: number): number[] {
  const words = into ?? collected;
  while (words.length < STRIDE * (length + 1)) words.push(0);
  return words;
}

/**
 * Stores word [start, end) with its hash and head (a break: start = end, hashes 0) and offers it
 * to the sieve; returns the new n.
 */
export function store(words: number[], n: number, start: number, end: number, h: number, head: number, sieve: Sieve | null): number {
  // The loops hash in 32 bits and leave the hash.ts reduction to here: mod 2^32 then mod 2^30 is
  // mod 2^30, and a character costs one operation less.
  const whole = h & HASH_MASK;
  const stored = end - start > HEAD ? head & HASH_MASK : whole;
  words[n] = start;
  words[n + 1] = end;
  words[n + 2] = whole;
  words[n + 3] = stored;
  if (sieve !== null && end > start) sieve.test(n >> 2, end - start, whole, stored); // n / STRIDE
  return n + STRIDE;
}

/** The field of `text` whose first n numbers of `words` are its words (copied unless stored `into`). */
export function done(text: string, words: number[], n: number, into: number[] | undefined, sieve: Sieve | null): FieldText {
  const f = { text, words: into ?? words.slice(0, n), count: n / STRIDE };
  if (sieve !== null) sieve.field = f;
  return f;
}
