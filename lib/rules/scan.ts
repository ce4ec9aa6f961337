// Reading one field against the phrase index (phrase-index.ts): for each text word, a start-filter
// check; then the word alone and joined with the next one or two (hashes combined arithmetically,
// no strings built) looked up among the anchors; then the wildcard prefixes. Whatever the number of
// rules, each field is read once.

import type { FieldText } from './field-text';
import * as fieldText from './field-text';
import * as hash from './hash';
import { MAX_JOINED, type PhraseIndex } from './phrase-index';
import { textCode } from './start-filter';

// Local copies of what the per-word loops use: where modules are not bundled (vite-node runs the
// tests and the bench), every use of an imported binding is a property read through the module.
const { HASH_BASE, HASH_MASK, joinHash } = hash;
const { STRIDE } = fieldText;
const codeAt = textCode;

export type Hit = (unit: number, first: number, end: number) => void;

/**
 * Where a spelling placed at word `k` of a field ends: the index after the last word used, or -1.
 * A segment break (zero-length word) stops it.
 */
export function matchAt(
  f: FieldText,
  k: number,
  spelling: string,
  prefix: boolean,
  maxWords: number,
): number {
  const { text, words } = f;
  let offset = 0;
  const limit = Math.min(f.count, k + maxWords);
  for (let j = k; j < limit; j++) {
    const start = words[STRIDE * j] as number;
    const len = (words[STRIDE * j + 1] as number) - start;
    if (len === 0) return -1;
    const rest = spelling.length - offset;
    const n = len < rest ? len : rest;
    for (let q = 0; q < n; q++) if (spelling.charCodeAt(offset + q) !== text.charCodeAt(start + q)) return -1;
    if (len === rest || (prefix && len > rest)) return j + 1;
    if (len > rest) return -1;
    offset += len;
  }
  return -1;
}

/** Calls `hit(unit, first, end)` for every occurrence of a unit in a field (duplicates possible). */
export function scanField(index: PhraseIndex, f: FieldText, hit: Hit): void {
  const { anchors, entries, anchorStarts, wildStarts } = index;
  const { words, count } = f;
  const hasWild = index.wildLengths.length > 1;
  for (let k = 0; k < count; k++) {
    let h = words[STRIDE * k + 2] as number;
    let length = (words[STRIDE * k + 1] as number) - (words[STRIDE * k] as number);
    if (length === 0) continue;
    // The word alone, then joined with the next one and two (never across a segment break), as
    // long as some anchor beginning like this word is that long.
    const code = codeAt(f, k);
    const limit = anchorStarts.limit(code);
    for (let g = 1; g <= MAX_JOINED && length <= limit; g++) {
      if (g > 1) {
        const j = k + g - 1;
        if (j >= count) break;
        const len = (words[STRIDE * j + 1] as number) - (words[STRIDE * j] as number);
        if (len === 0) break;
        h = joinHash(h, words[STRIDE * j + 2] as number, len);
        length += len;
        if (length > limit) break;
      }
      const id = anchors.find(h, length, f, k);
      if (id < 0) continue;
      for (const e of entries[id] ?? []) {
        if (e.complete) {
          hit(e.unit, k, k + g);
        } else {
          for (const s of e.spellings) {
            const end = matchAt(f, k, s, e.prefix, e.maxWords);
            if (end >= 0) hit(e.unit, k, end);
          }
        }
      }
    }
    if (hasWild) {
      const wildLimit = wildStarts.limit(code);
      if (wildLimit > 0) scanWildcards(index, f, k, wildLimit, hit);
    }
  }
}

/** Wildcard spellings (of at most `limit` chars) that the text from word `k` on begins with. */
function scanWildcards(index: PhraseIndex, f: FieldText, k: number, limit: number, hit: Hit): void {
  const { text, words, count } = f;
  const { wild, wildUnits, wildLengths } = index;
  const longest = Math.min(limit, wildLengths.length - 1);
  let h = 0;
  let n = 0;
  for (let j = k; j < Math.min(count, k + MAX_JOINED) && n < longest; j++) {
    const s = words[STRIDE * j] as number;
    const e = words[STRIDE * j + 1] as number;
    if (s === e) return;
    for (let p = s; p < e && n < longest; p++) {
      h = (Math.imul(h, HASH_BASE) + text.charCodeAt(p)) & HASH_MASK;
      n++;
      if (wildLengths[n] === 1) {
        const id = wild.find(h, n, f, k);
        if (id >= 0) for (const u of wildUnits[id] ?? []) hit(u, k, j + 1);
      }
    }
  }
}
