// Reading one field against the phrase index (phrase-index.ts): for each text word, one prefix-
// filter bit says whether any anchor can begin with it; only then the word alone and joined with
// the next one or two (hashes combined arithmetically, no strings built) are looked up among the
// anchors. Wildcard spellings: scan-wild.ts. Whatever the number of rules, each field is read once.

import { HEAD, lowerCode as lower, STRIDE, type FieldText } from './field-text';
import { joinHash } from './hash';
import { type Entry, MAX_JOINED as JOINED, type PhraseIndex } from './phrase-index';
import type { Hits } from './hits';
import { SLOT_MULTIPLIER as MULTIPLIER } from './prefix-filter';
import { headAcross, scanWildcards, startsWildcard } from './scan-wild';
import type { Sieve } from './sieve';

/**
 * Where `spelling`, of which the words before `from` already matched its first `offset` chars, ends
 * when read on from word `from` (words before `limit` only): the index after the last word used,
 * or -1. A segment break (zero-length word) stops it.
 */
export function matchAt(f: FieldText, from: number, offset: number, spelling: string, prefix: boolean, limit: number): number {
  const { text, words } = f;
  for (let j = from; j < limit; j++) {
    const start = words[STRIDE * j] as number;
    const len = (words[STRIDE * j + 1] as number) - start;
    if (len === 0) return -1;
    const rest = spelling.length - offset;
    const n = len < rest ? len : rest;
    for (let q = 0; q < n; q++) {
      const c = text.charCodeAt(start + q);
      if (spelling.charCodeAt(offset + q) !== (c <= 90 ? c | 32 : c)) return -1;
    }
    if (len === rest || (prefix && len > rest)) return j + 1;
    if (len > rest) return -1;
    offset += len;
  }
  return -1;
}

/**
 * Appends to `out` every occurrence of a unit in a field, tagged `bit` (duplicates possible).
 * Only the words `sieve` (built from `index`) picks can begin one: those the cut picked, if it
 * was given this sieve, or else those it picks now.
 */
export function scanField(index: PhraseIndex, f: FieldText, bit: number, out: Hits, sieve: Sieve): void {
  if (sieve.field !== f) sieve.sift(f);
  const { picks, count } = sieve;
  const { text, words } = f;
  const last = f.count - 1;
  const { anchors, anchorPrefixes, wildPrefixes } = index;
  // The filters' bits in locals.
  const { bits: anchorBits, shift: anchorShift, longest } = anchorPrefixes;
  const { bits: wildBits, shift: wildShift } = wildPrefixes;
  const hasWild = index.wildShortest > 0;
  const byHead = index.wildShortest >= HEAD;
  for (let q = 0; q < count; q++) {
    const k = picks[q] as number;
    const b = STRIDE * k;
    const length = (words[b + 1] as number) - (words[b] as number);
    const h = words[b + 2] as number;
    // What the word may join with: the next one's length (0: none, or a break).
    const next = k < last ? (words[b + STRIDE + 1] as number) - (words[b + STRIDE] as number) : 0;
    let slot = Math.imul(h, MULTIPLIER) >>> anchorShift;
    if (((anchorBits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0 && length <= longest) {
      // Most words that begin an anchor (short function words: "a", "the") are not one, nor joined
      // with the next word: two more bits rule them out before any lookup.
      if (
        anchors.mayHave(h) ||
        (next > 0 && length + next <= longest && anchorPrefixes.has(joinHash(h, words[b + STRIDE + 2] as number, next)))
      ) {
        scanAnchors(index, f, k, bit, out);
      }
    }
    if (!hasWild) continue;
    if (byHead) {
      // Every wildcard spelling is at least HEAD long: it begins with the head the cut stored.
      slot = Math.imul(words[b + 3] as number, MULTIPLIER) >>> wildShift;
      if (((wildBits[slot >>> 5] as number) & (1 << (slot & 31))) === 0) continue;
      if (length >= HEAD) {
        scanWildcards(index, f, k, bit, out);
      } else if (next > 0 && wildPrefixes.has(joinHash(h, lower(text.charCodeAt(words[b + STRIDE] as number)), 1))) {
        // A short word ("a" of "a priori"): its head reads on into the next word, whose first
        // character rules most out before the whole head is hashed.
        if (headAcross(index, f, k)) scanWildcards(index, f, k, bit, out);
      }
    } else if (startsWildcard(index, f, k)) {
      scanWildcards(index, f, k, bit, out);
    }
  }
}

/**
 * Anchors at word `k`, which begins one: the word alone, then joined with the next one and two
 * (never across a segment break), as long as some anchor begins with the text so far.
 */
function scanAnchors(index: PhraseIndex, f: FieldText, k: number, bit: number, out: Hits): void {
  const { anchors, anchorPrefixes } = index;
  const { words, count } = f;
  let h = words[STRIDE * k + 2] as number;
  let length = (words[STRIDE * k + 1] as number) - (words[STRIDE * k] as number);
  for (let g = 1; ; g++) {
    const id = anchors.find(h, length, f, k);
    if (id >= 0) report(index, id, f, k, g, bit, out);
    const j = k + g;
    if (g === JOINED || j >= count) return;
    const len = (words[STRIDE * j + 1] as number) - (words[STRIDE * j] as number);
    if (len === 0) return;
    h = joinHash(h, words[STRIDE * j + 2] as number, len);
    length += len;
    if (length > anchorPrefixes.longest || !anchorPrefixes.has(h)) return;
  }
}

/** Reports the entries of anchor `id`, which words k to k + g spell. */
function report(index: PhraseIndex, id: number, f: FieldText, k: number, g: number, bit: number, out: Hits): void {
  const { firstEntry, entryUnit, entryNext } = index;
  // The anchor spelled the first e.skip chars of every spelling; the rest of a phrase begins with
  // the next word, whose first character rules most of them out.
  const next = k + g < f.count ? lower(f.text.charCodeAt(f.words[STRIDE * (k + g)] as number)) : -1;
  const last = firstEntry[id + 1] as number;
  for (let q = firstEntry[id] as number; q < last; q++) {
    const after = entryNext[q] as number;
    if (after === -1) {
      out.push(entryUnit[q] as number, bit, k, k + g);
    } else if (after === next) {
      const e = index.entries[q] as Entry;
      const limit = Math.min(f.count, k + e.maxWords);
      for (const s of e.spellings) {
        const end = matchAt(f, k + g, e.skip, s, e.prefix, limit);
        if (end >= 0) out.push(e.unit, bit, k, end);
      }
    }
  }
}
