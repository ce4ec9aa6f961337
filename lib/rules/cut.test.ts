// The cut reads most text as given and folds only its markup and non-ASCII pieces, where they
// stand (foldAt): its words must be those of the whole text folded first (foldString), cut by the plain
// definition of a word, with the hashes the dictionary lookups expect.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldText, fieldTextList, HEAD, STRIDE, wordAt, wordList } from './field-text';
import { foldString } from './fold';
import { hashString } from './hash';
import { compileRules } from './compile';

// A word: ASCII letters and digits, or any other letter or number (a lone surrogate is neither).
const WORD = /(?:[a-z0-9]|(?![\x00-\x7f])[\p{L}\p{N}])+/gu;
const wordsOf = (folded: string): string[] => folded.match(WORD) ?? [];

const piece = fc.oneof(
  fc.constantFrom('a', 'Z', 'first-order', 'Tweedie', ' ', ' ', ',', '-', '(', '0', '42', '$', '{', '}', '\\', '\u0001'),
  fc.constantFrom('\\emph{', '{\\it ', '\\"o', '\\"{o}', '\\ss', '\\ss{}', '$\\alpha$', '\\v c', '\\LaTeX', '\\\\', '\\o', '\\AA'),
  fc.constantFrom('é', 'É', 'ö', 'ß', 'Σ', 'ΑΣ', 'ς', 'K', 'İ', 'ﬁ', 'Ｇ', '²', 'e\u0301', '\u0301', '模型', '𝐱', '𐐀', '\ud800', '\udc00', '\u00a0'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

describe('cut', () => {
  it('cuts a text into the words of its folded form', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(wordList(fieldText(s))).toEqual(wordsOf(foldString(s)));
      }),
      { numRuns: 4000 },
    );
  });

  it('stores each word with the hash of its text and of its first HEAD code units', () => {
    fc.assert(
      fc.property(text, (s) => {
        const f = fieldText(s);
        for (let k = 0; k < f.count; k++) {
          const word = wordAt(f, k);
          expect(f.words[STRIDE * k + 2]).toBe(hashString(word));
          expect(f.words[STRIDE * k + 3]).toBe(hashString(word.slice(0, HEAD)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a list item by item, with a break between items, markup or not', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (items) => {
        const kept = items.filter((i) => i !== '').map((i) => i.split('\u0001').join(' '));
        const expected = kept.flatMap((item, i) => [...(i > 0 ? [''] : []), ...wordsOf(foldString(item))]);
        expect(wordList(fieldTextList(items))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('picks for a sieve as it cuts exactly the words a sift of the stored words picks', () => {
    // Short and long words, phrases, and wildcards at least HEAD long (picked by head) or shorter
    // (every word picked), against text that folds midway and lists with breaks.
    for (const query of ['"first order" OR ti:schrodinger OR alpha OR a OR tweed*', 'z OR "o k" OR 42', 'fi*']) {
      const sieve = compileRules([{ id: 'r', query }]).scratch.textSieve;
      const picksOf = (): number[] => [...sieve.picks.subarray(0, sieve.count)];
      fc.assert(
        fc.property(text, fc.array(text, { maxLength: 4 }), (s, items) => {
          for (const f of [fieldText(s, undefined, sieve), fieldTextList(items, undefined, sieve)]) {
            if (sieve.field !== f) continue; // an empty field: nothing was cut
            const cutPicks = picksOf();
            sieve.sift(f);
            expect(cutPicks).toEqual(picksOf());
          }
        }),
        { numRuns: 1000 },
      );
    }
  });

  it('keeps the text as given when it is plain, and reads its words lowercased', () => {
    const f = fieldText('Second-Order HESSIAN of GPT-4');
    expect(f.text).toBe('Second-Order HESSIAN of GPT-4');
    expect(wordList(f)).toEqual(['second', 'order', 'hessian', 'of', 'gpt', '4']);
  });

  it('folds markup and accents where they stand, a word going on through them', () => {
    // Pieces that shrink (\"o → o, braces → nothing), grow (ß → ss, \alpha → " alpha ") and split.
    const f = fieldText('The Schr\\"odinger Mei{\\ss}ner na\\"{\\i}ve Gauß $\\alpha$-divergence, Poincaré{}s end');
    expect(f.text).toBe('The Schrodinger Meissner naive Gauss   alpha  -divergence, Poincares end');
    expect(wordList(f)).toEqual(['the', 'schrodinger', 'meissner', 'naive', 'gauss', 'alpha', 'divergence', 'poincares', 'end']);
    expect(wordList(f)).toEqual(wordsOf(foldString(f.text)));
  });
});
