// The one folding used for paper text and for query words (DESIGN §5.6), so both sides agree: TeX
// stripped, lowercased, compatibility-decomposed, diacritics dropped. Splitting into words happens
// in field-text.ts; hyphens and other punctuation only separate words, and "first-order" =
// "first order" = "firstorder" is the phrase index's business (compounds).

import { hasTex, stripTex } from './tex';

// Letters NFKD does not decompose into a base letter plus marks.
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
  ς: 'σ', // final sigma: one letter with σ
};
const SPECIAL_RE = /[ßæœøłđðþıħŧς]/g;
const MARKS_RE = /\p{M}/u;
const MARKS_ALL_RE = /\p{M}+/gu;
const NON_ASCII_RE = /[^\x00-\x7f]/;
const NON_ASCII_RUNS = /[^\x00-\x7f]+/g;
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;

/**
 * Folds text for matching. Plain ASCII (most abstracts) costs one native toLowerCase. NFKD rather
 * than plain NFD so that what PDFs and fancy fonts produce folds too: the ligature "ﬁ" becomes
 * "fi", full-width and superscript digits become ASCII.
 */
export function foldString(raw: string): string {
  const s = (hasTex(raw) ? stripTex(raw) : raw).toLowerCase();
  // Only the non-ASCII runs need the Unicode passes (decomposition is per character, and marks are
  // non-ASCII, so a run holds every mark of its letters): one native scan finds them, and a paper
  // with three accented names pays for three short strings, not for its whole abstract.
  return NON_ASCII_RE.test(s) ? s.replace(NON_ASCII_RUNS, foldRun) : s;
}

function foldRun(run: string): string {
  // Decomposition can yield capitals (ℌ → H) and lowercasing can yield a mark (İ → i + U+0307):
  // lowercase and decompose again before stripping the marks.
  let s = run.normalize('NFKD').toLowerCase().normalize('NFKD');
  if (MARKS_RE.test(s)) s = s.replace(MARKS_ALL_RE, '');
  return s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

// Word characters are letters and digits of any script. ASCII is decided inline by the scanner;
// other code points go through the Unicode regex once and are remembered (a page meets few).
const wordCache = new Map<number, boolean>();

export function isWordCodePoint(cp: number): boolean {
  let known = wordCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR_RE.test(String.fromCodePoint(cp));
    if (wordCache.size < 4096) wordCache.set(cp, known);
  }
  return known;
}
