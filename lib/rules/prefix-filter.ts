// A cheap first test for every text word: could the text from here on begin some dictionary key?
// The filter holds the hash of every prefix of every key (a one-bit-per-slot Bloom filter), and the
// scan asks it with the hash it already has: the word's, then the word joined with the next one
// (or, for wildcards, one more character at a time). A "no" is certain — no key begins with that
// text, nor with anything longer that starts with it — so the scan stops there; a "yes" may be
// wrong, and only costs the exact lookup. Most words of an abstract begin no key and cost one bit
// test.

import { HASH_BASE, HASH_MASK } from './hash';


/** Slot of hash h in a filter of 2^(32 - shift) bits: `Math.imul(h, SLOT_MULTIPLIER) >>> shift`. */
export const SLOT_MULTIPLIER = 0x85ebca6b | 0;

export class PrefixFilter {
  /** The bits, and the shift that picks a slot (the scan reads them directly in its loop). */
  readonly bits: Int32Array;
  readonly shift: number;
  /** Length of the longest key (nothing longer needs looking at). */
  readonly longest: number;

  constructor(keys: readonly string[]) {
    let total = 0;
    let longest = 0;
    for (const key of keys) {
      total += key.length;
      longest = Math.max(longest, key.length);
    }
    // About 16 bits per prefix (at most 1 in 16 false "yes"), between 1 kB and 512 kB.
    let log = 13;
    while (log < 22 && 1 << log < total * 16) log++;
    this.bits = new Int32Array(1 << (log - 5));
    this.shift = 32 - log;
    this.longest = longest;
    for (const key of keys) {
      let h = 0;
      for (let i = 0; i < key.length; i++) {
        h = (Math.imul(h, HASH_BASE) + key.charCodeAt(i)) & HASH_MASK;
        const slot = this.slot(h);
        this.bits[slot >>> 5] = (this.bits[slot >>> 5] as number) | (1 << (slot & 31));
      }
    }
  }

  /** False: no key begins with the text of this hash (as hash.ts computes it). */
  has(h: number): boolean {
    const slot = this.slot(h);
    return ((this.bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
  }

  // A multiplier other than the word table's, so that the two filters err on different texts.
  private slot(h: number): number {
    return Math.imul(h, SLOT_MULTIPLIER) >>> this.shift;
  }
}
