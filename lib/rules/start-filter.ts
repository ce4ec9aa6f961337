// A cheap first test for every text word: which dictionary keys could begin here at all? Keys are
// classed by their first three letters (five bits each: a 15-bit code), and for each code we keep
// the length of the longest key that begins with it. Most words begin no key (one byte read, then
// skip); for the others, the longest length bounds how far the caller needs to look.

import * as fieldText from './field-text';
import type { FieldText } from './field-text';

const NO_LIMIT = 255;
const { STRIDE } = fieldText; // a local binding (see phrase-index.ts)

export class StartFilter {
  /** Longest key per start code (0: none; 255: 255 or more). */
  private readonly longest = new Uint8Array(1 << 15);

  add(key: string): void {
    const code = startCode(key, 0, key.length);
    // A key shorter than three letters begins every code that continues it.
    const free = key.length >= 3 ? 0 : key.length === 2 ? 31 : 1023;
    const len = Math.min(key.length, NO_LIMIT);
    for (let rest = 0; rest <= free; rest++) {
      if ((this.longest[code | rest] ?? 0) < len) this.longest[code | rest] = len;
    }
  }

  /** The longest key that may begin where `code` (from textCode) says; Infinity when unknown. */
  limit(code: number): number {
    if (code < 0) return Infinity;
    const n = this.longest[code] as number;
    return n === NO_LIMIT ? Infinity : n;
  }
}

/**
 * The start code of the text from word `k` on, from the codes the field stored (-1: cannot tell).
 * A short word ("a", "of") is continued by the next one, since keys may join them ("apriori").
 */
export function textCode(f: FieldText, k: number): number {
  const { words, count } = f;
  const b = STRIDE * k;
  const len = (words[b + 1] as number) - (words[b] as number);
  let code = words[b + 3] as number;
  if (len < 3 && k + 1 < count) {
    const next = b + STRIDE;
    const nextLen = (words[next + 1] as number) - (words[next] as number);
    if (nextLen > 0) {
      // Two short words in a row ("a b c…"): the code is incomplete, no filtering.
      if (len + nextLen < 3) return -1;
      code |= (words[next + 3] as number) >>> (5 * len);
    }
  }
  return code;
}

/** The first three letters of s[start, end), five bits each, 0 past the end (as cut() computes). */
function startCode(s: string, start: number, end: number): number {
  const c1 = start < end ? s.charCodeAt(start) & 31 : 0;
  const c2 = start + 1 < end ? s.charCodeAt(start + 1) & 31 : 0;
  const c3 = start + 2 < end ? s.charCodeAt(start + 2) & 31 : 0;
  return (c1 << 10) | (c2 << 5) | c3;
}
