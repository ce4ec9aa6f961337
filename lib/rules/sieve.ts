// Which words of a field the scan (scan.ts) looks at: those that may begin a unit, by one bit of
// each prefix filter (prefix-filter.ts). Most words of an abstract fail both. The cut (cut.ts)
// asks as it stores each word, while its hashes are at hand, so the scan visits only the picked
// words instead of reading every word's numbers again; a field that was cut without this sieve
// (a prepared paper shared by matchers, the author field read with a second index) is sifted in
// one pass over its stored words. A "no" is certain; the scan checks each pick again.

import type { FieldText } from './field-text';
import { HEAD, STRIDE } from './word-store';
import type { PhraseIndex } from './phrase-index';
import { SLOT_MULTIPLIER as MULTIPLIER } from './prefix-filter';

export class Sieve {
  // The filters' fields, copied: the cut's loop reads them for every word.
  private readonly anchorBits: Int32Array;
  private readonly anchorShift: number;
  private readonly longest: number;
  private readonly wildBits: Int32Array;
  private readonly wildShift: number;
  /** 1: some unit is a wildcard, and each is at least HEAD long: a word's head rules it in or out. */
  private readonly wildByHead: number;
  /** 1: some wildcard spelling is shorter than HEAD: no bit rules a word out, every word is picked. */
  private readonly all: number;
  /** The picked words (indexes into the field's words), the first `count` of them. */
  picks = new Int32Array(256);
  count = 0;
  /** The field the picks are for. */
  field: FieldText | null = null;

  constructor(index: PhraseIndex) {
    ({ bits: this.anchorBits, shift: this.anchorShift, longest: this.longest } = index.anchorPrefixes);
    ({ bits: this.wildBits, shift: this.wildShift } = index.wildPrefixes);
    this.wildByHead = index.wildShortest >= HEAD ? 1 : 0;
    this.all = index.wildShortest > 0 && index.wildShortest < HEAD ? 1 : 0;
  }

  /** Starts the picks of a field of at most `words` words. */
  reset(words: number): void {
    this.count = 0;
    this.field = null;
    this.reserve(words);
  }

  /** Makes room for picks among `words` words, keeping those made. */
  reserve(words: number): void {
    if (this.picks.length >= words) return;
    const more = new Int32Array(Math.max(words, 2 * this.picks.length));
    more.set(this.picks.subarray(0, this.count));
    this.picks = more;
  }

  /** Picks word `k` (its length, hash and stored head, as cut.ts stores them) if a unit may begin there. */
  test(k: number, length: number, h: number, head: number): void {
    // Without branches: whether a word is picked is as good as random, and a mispredicted branch
    // per word costs more than testing both filters always (the wildcard one is empty without
    // wildcards, and `wildByHead` is 0 unless every wildcard spelling is at least HEAD long).
    const a = Math.imul(h, MULTIPLIER) >>> this.anchorShift;
    const w = Math.imul(head, MULTIPLIER) >>> this.wildShift;
    const anchor = ((this.anchorBits[a >>> 5] as number) >>> (a & 31)) & (length <= this.longest ? 1 : 0);
    const wild = ((this.wildBits[w >>> 5] as number) >>> (w & 31)) & this.wildByHead;
    this.picks[this.count] = k;
    this.count += anchor | wild | this.all;
  }

  /** Picks the words of a field cut without this sieve. */
  sift(f: FieldText): void {
    const words = f.words;
    this.reset(f.count);
    for (let k = 0, b = 0; k < f.count; k++, b += STRIDE) {
      const length = (words[b + 1] as number) - (words[b] as number);
      if (length > 0) this.test(k, length, words[b + 2] as number, words[b + 3] as number);
    }
    this.field = f;
  }
}
