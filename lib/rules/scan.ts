// Reading one field against the phrase index (phrase-index.ts): for each text word, one prefix-
// filter bit says whether any anchor can begin with it; only then the word alone and joined with
// the next one or two (hashes combined arithmetically, no strings built) are looked up among the
// anchors. Wildcard spellings: scan-wild.ts. Whatever the number of rules, each field is read once.

import type { FieldText } from './field-text';
import * as fieldText from './field-text';
import * as hash from './hash';
import { type Entry, MAX_JOINED, type PhraseIndex } from './phrase-index';
import type { Hits } from './hits';
import * as prefixFilter from './prefix-filter';
import { headAcross, scanWildcards, startsWildcard } from './scan-wild';
import type { Sieve } from './sieve';

// Local copies of what the loops use (see cut.ts).
const { joinHash } = hash;
const { HEAD, STRIDE } = fieldText;
const JOINED = MAX_JOINED;
const MULTIPLIER = prefixFilter.SLOT_MULTIPLIER;

const lower = fieldText.lowerCode;

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
  const words = f.words;
  // The filters' bits in locals.
  const { bits: anchorBits, shift: anchorShift, longest } = index.anchorPrefixes;
  const { bits: wildBits, shift: wildShift } = index.wildPrefixes;
  const hasWild = index.wildShortest > 0;
  const byHead = index.wildShortest >= HEAD;
  for (let q = 0; q < count; q++) {
    const k = picks[q] as number;
    const b = STRIDE * k;
    const length = (words[b + 1] as number) - (words[b] as number);
    let slot = Math.imul(words[b + 2] as number, MULTIPLIER) >>> anchorShift;
    if (((anchorBits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0 && length <= longest) {
      scanAnchors(index, f, k, bit, out);
    }
    if (!hasWild) continue;
    if (byHead) {
      // Every wildcard spelling is at least HEAD long: it begins with the head the cut stored.
      slot = Math.imul(words[b + 3] as number, MULTIPLIER) >>> wildShift;
      if (((wildBits[slot >>> 5] as number) & (1 << (slot & 31))) === 0) continue;
      if (length >= HEAD || headAcross(index, f, k)) scanWildcards(index, f, k, bit, out);
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
  const { anchors, entries, anchorPrefixes } = index;
  const { words, count } = f;
  let h = words[STRIDE * k + 2] as number;
  let length = (words[STRIDE * k + 1] as number) - (words[STRIDE * k] as number);
  for (let g = 1; ; g++) {
    const id = anchors.find(h, length, f, k);
    if (id >= 0) report(entries[id], f, k, g, bit, out);
    const j = k + g;
    if (g === JOINED || j >= count) return;
    const len = (words[STRIDE * j + 1] as number) - (words[STRIDE * j] as number);
    if (len === 0) return;
    h = joinHash(h, words[STRIDE * j + 2] as number, len);
    length += len;
    if (length > anchorPrefixes.longest || !anchorPrefixes.has(h)) return;
  }
}

function report(list: readonly Entry[] | undefined, f: FieldText, k: number, g: number, bit: number, out: Hits): void {
  // The anchor (words k to k + g) spelled the first e.skip chars of every spelling; the rest of a
  // phrase begins with the next word, whose first character rules most of them out.
  const next = k + g < f.count ? lower(f.text.charCodeAt(f.words[STRIDE * (k + g)] as number)) : -1;
  for (const e of list ?? []) {
    if (e.complete) {
      out.push(e.unit, bit, k, k + g);
    } else if (e.next === next) {
      const limit = Math.min(f.count, k + e.maxWords);
      for (const s of e.spellings) {
        const end = matchAt(f, k + g, e.skip, s, e.prefix, limit);
        if (end >= 0) out.push(e.unit, bit, k, end);
      }
    }
  }
}
