// Wildcard spellings in a field (the wildcard half of scan.ts): the text's prefixes from a word on,
// one character at a time, while some spelling still begins that way. A gate per word decides
// whether to read at all: the word's stored head (its first HEAD chars) when every spelling is at
// least that long, else its first two characters.

import { HEAD, lowerCode as lower, STRIDE, type FieldText } from './field-text';
import { HASH_BASE, HASH_MASK } from './hash';
import type { Hits } from './hits';
import { MAX_JOINED as JOINED, type PhraseIndex } from './phrase-index';

/**
 * For a word shorter than HEAD ("a" of "a priori"), whose own text begins a wildcard spelling:
 * whether the head read on across the next words does too.
 */
export function headAcross(index: PhraseIndex, f: FieldText, k: number): boolean {
  const head = joinedHead(f, k);
  return head >= 0 && index.wildPrefixes.has(head);
}

/** With wildcard spellings shorter than HEAD: whether the word's first two characters begin one. */
export function startsWildcard(index: PhraseIndex, f: FieldText, k: number): boolean {
  const { words, text } = f;
  const filter = index.wildPrefixes;
  const start = words[STRIDE * k] as number;
  // A one-character text hashes to its character code.
  const c = lower(text.charCodeAt(start));
  if (!filter.has(c)) return false;
  const length = (words[STRIDE * k + 1] as number) - start;
  return index.wildShortest === 1 || length === 1 || filter.has((Math.imul(c, HASH_BASE) + lower(text.charCodeAt(start + 1))) & HASH_MASK);
}

/**
 * Hash of the first HEAD chars of the text from word `k` on (at most JOINED words, as scanWildcards
 * reads it), or -1 when that text is shorter: then no spelling of HEAD chars or more fits.
 */
function joinedHead(f: FieldText, k: number): number {
  const { text, words } = f;
  const last = Math.min(f.count, k + JOINED);
  let h = 0;
  let n = 0;
  for (let j = k; j < last; j++) {
    const s = words[STRIDE * j] as number;
    const e = words[STRIDE * j + 1] as number;
    if (s === e) return -1;
    for (let p = s; p < e; p++) {
      const c = text.charCodeAt(p);
      h = (Math.imul(h, HASH_BASE) + (c <= 90 ? c | 32 : c)) & HASH_MASK;
      if (++n === HEAD) return h;
    }
  }
  return -1;
}

/** Wildcard spellings that the text from word `k` on (at most three words) begins with. */
export function scanWildcards(index: PhraseIndex, f: FieldText, k: number, bit: number, out: Hits): void {
  const { text, words, count } = f;
  const { wild, wildUnits, wildLengths, wildPrefixes } = index;
  const longest = wildLengths.length - 1;
  const last = Math.min(count, k + JOINED);
  let h = 0;
  let n = 0;
  for (let j = k; j < last; j++) {
    const s = words[STRIDE * j] as number;
    const e = words[STRIDE * j + 1] as number;
    if (s === e) return;
    for (let p = s; p < e; p++) {
      const c = text.charCodeAt(p);
      h = (Math.imul(h, HASH_BASE) + (c <= 90 ? c | 32 : c)) & HASH_MASK;
      if (++n > longest || !wildPrefixes.has(h)) return;
      if (wildLengths[n] === 1) {
        const id = wild.find(h, n, f, k);
        if (id >= 0) for (const u of wildUnits[id] ?? []) out.push(u, bit, k, j + 1);
      }
    }
  }
}
