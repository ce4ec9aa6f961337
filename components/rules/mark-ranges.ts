/**
 * Where to put `<mark>`s in a title or abstract, given the words the matcher says it matched
 * (lib/rules TermMatch.words, or AlertView.terms): folded text words such as "second order" or
 * "optimization". The matcher folds text (case, diacritics, TeX), so the raw text is cut into runs of
 * letters and digits, each run folded the same way, and a term is found where a sequence of whole
 * runs folds to its letters: "Second-Order" and "second order" both mark for "second order", and
 * `H\"older`, cut into "H" and "older", still marks for "holder".
 * Pure and string-only: the component renders the pieces as text nodes.
 */
import { normalizeWords } from '../../lib/rules';

export interface Piece {
  text: string;
  mark: boolean;
}

interface Run {
  start: number;
  end: number;
  folded: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// A term never spans more runs than this (a phrase of a few words, each possibly split by TeX).
const MAX_RUNS = 12;

function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = normalizeWords(m[0]).join('');
    if (folded) out.push({ start: m.index, end: m.index + m[0].length, folded });
  }
  return out;
}

/** [start, end) character ranges of the terms in `text`, sorted and merged. */
export function markRanges(text: string, terms: readonly string[]): [number, number][] {
  const keys = [...new Set(terms.map((t) => normalizeWords(t).join('')).filter(Boolean))];
  if (!text || keys.length === 0) return [];
  const rs = runs(text);
  const found: [number, number][] = [];
  for (let i = 0; i < rs.length; i++) {
    for (const key of keys) {
      let joined = '';
      for (let j = i; j < rs.length && j < i + MAX_RUNS; j++) {
        joined += (rs[j] as Run).folded;
        if (!key.startsWith(joined)) break;
        if (joined.length === key.length) {
          found.push([(rs[i] as Run).start, (rs[j] as Run).end]);
          break;
        }
      }
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * The text cut into plain and marked pieces. With `max`, a long text is cut to about `max`
 * characters around its first mark, with "…" where it was cut (abstract snippets).
 */
export function markPieces(text: string, terms: readonly string[], max?: number): Piece[] {
  const ranges = markRanges(text, terms);
  let from = 0;
  let to = text.length;
  if (max !== undefined && text.length > max) {
    const first = ranges[0]?.[0] ?? 0;
    from = first < max / 3 ? 0 : wordStart(text, first - Math.floor(max / 4));
    to = Math.min(text.length, wordEnd(text, from + max));
  }
  const pieces: Piece[] = [];
  const push = (a: number, b: number, mark: boolean) => {
    if (b > a) pieces.push({ text: text.slice(a, b), mark });
  };
  let at = from;
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    push(at, Math.max(a, from), false);
    push(Math.max(a, from), Math.min(b, to), true);
    at = Math.min(b, to);
  }
  push(at, to, false);
  if (from > 0) pieces.unshift({ text: '…', mark: false });
  if (to < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/** The start of the word at or after `i` (cut points fall between words). */
function wordStart(text: string, i: number): number {
  const space = text.indexOf(' ', Math.max(0, i));
  return space < 0 ? Math.max(0, i) : space + 1;
}

function wordEnd(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const space = text.lastIndexOf(' ', i);
  return space <= 0 ? i : space;
}
