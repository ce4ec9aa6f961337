// The one folding used for paper text and for query words (DESIGN §5.6), so both sides agree: TeX
// stripped, lowercased, compatibility-decomposed, diacritics dropped. Splitting into words happens
// in field-text.ts; hyphens and other punctuation only separate words, and "first-order" =
// "first order" = "firstorder" is the phrase index's business (compounds).

import { commandAt, stripTex } from './tex';

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
// What makes folding more than lowercasing: TeX markup or a character outside ASCII.
const NEEDS_FOLDING_RE = /[\\${}\u0080-\uffff]/;

/**
 * Folds text for matching. Plain ASCII (most abstracts) costs one native toLowerCase. NFKD rather
 * than plain NFD so that what PDFs and fancy fonts produce folds too: the ligature "ﬁ" becomes
 * "fi", full-width and superscript digits become ASCII.
 */
export function foldString(raw: string): string {
  // One native scan decides it for most text; lowercasing ASCII never yields markup or non-ASCII.
  if (!NEEDS_FOLDING_RE.test(raw)) return raw.toLowerCase();
  return foldRuns(stripTex(raw).toLowerCase());
}

/**
 * Only the non-ASCII runs of lowercased text need the Unicode passes (decomposition is per
 * character, and marks are non-ASCII, so a run holds every mark of its letters): one native scan
 * finds them, and a paper with three accented names pays for three short strings, not for its
 * whole abstract.
 */
function foldRuns(lowered: string): string {
  return NON_ASCII_RE.test(lowered) ? lowered.replace(NON_ASCII_RUNS, foldRun) : lowered;
}

/** What foldAt puts in place of a piece of text: its folded text, and where the text after it resumes. */
export interface Piece {
  text: string;
  end: number;
}
// One object reused by every call: the cut reads it at once (matching is synchronous).
const piece: Piece = { text: '', end: 0 };

/**
 * The piece of `s` at q, a character that needs folding (\\ $ { } or beyond ASCII), folded: s with
 * every such piece replaced by its folding is foldString(s) but for the case of ASCII letters
 * (readers lowercase A-Z; no character folds to an ASCII capital: fold.test.ts checks them all).
 * So the cut reads plain text as given and folds only these pieces, where they stand: a TeX
 * command becomes what stripTex puts in its place, "$" a space, a brace nothing, and a run of
 * non-ASCII characters (braces inside it dropped, as stripTex drops them before the runs are
 * found) is lowercased and folded as foldString folds it. Lowercasing a run on its own rather
 * than with the whole text differs only for a final sigma (ς instead of σ), which folds to σ anyway.
 */
export function foldAt(s: string, q: number): Piece {
  const c = s.charCodeAt(q);
  piece.text = '';
  piece.end = q + 1;
  if (c === 92) {
    const command = commandAt(s, q);
    piece.text = command ? command.text : '\\';
    if (command) piece.end = command.end;
  } else if (c === 36) {
    piece.text = ' ';
  } else if (c >= 128) {
    let p = q + 1;
    let braces = false;
    for (; p < s.length; p++) {
      const d = s.charCodeAt(p);
      if (d === 123 || d === 125) braces = true;
      else if (d < 128) break;
    }
    const run = s.slice(q, p);
    piece.text = foldRawRun(braces ? run.replace(BRACES, '') : run);
    piece.end = p;
  }
  return piece;
}

const BRACES = /[{}]/g;

// The same accented letters recur in paper after paper: their folding is remembered, runs as the
// cut meets them (not yet lowercased) here, runs of a lowercased text (foldString) below.
const rawRunCache = new Map<string, string>();

function foldRawRun(raw: string): string {
  let folded = rawRunCache.get(raw);
  if (folded === undefined) {
    folded = foldRuns(raw.toLowerCase());
    if (rawRunCache.size < 4096 && raw.length <= 16) rawRunCache.set(raw, folded);
  }
  return folded;
}

const runCache = new Map<string, string>();

function foldRun(run: string): string {
  let folded = runCache.get(run);
  if (folded === undefined) {
    folded = foldRunUncached(run);
    if (runCache.size < 4096 && run.length <= 16) runCache.set(run, folded);
  }
  return folded;
}

function foldRunUncached(run: string): string {
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
