// TEST CODE (differential.test.ts): the slow, obviously-correct reading of what a rule means, to
// check the compiled matcher against. No index, no hashes, no shared state: every term is looked
// for in every field of the paper by comparing strings, word by word, as the rules in index.ts and
// phrase-index.ts state them. It shares only the parser, the folding (normalizeWords) and the
// plural forms with the matcher; category aliases come from arXiv's taxonomy file.

import type { Node, TermNode } from './ast';
import type { MatchablePaper, PaperField } from './paper';
import { normalizeWords } from './normalize';
import { wordForms } from './plural';

export interface RefPaper {
  /** Text words of each field's segments (one keyword, one author, one category code each). */
  fields: Record<PaperField, string[][]>;
  /** Author names and category codes as given (trimmed, without repeats): what explanations show. */
  authors: string[];
  ownCategories: string[];
  /** Category codes lowercased, with their aliases: what `cat:` compares. */
  codes: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : []);
const text = (v: unknown): string[] => (typeof v === 'string' && v !== '' ? [v] : []);

/** Lowercased codes with their aliases (`aliases`: alias → canonical, both ways). */
export function expand(codes: string[], aliases: Record<string, string>): string[] {
  const out = new Set<string>();
  for (const raw of codes) {
    const code = raw.trim().toLowerCase();
    if (code === '') continue;
    out.add(code);
    for (const [a, c] of Object.entries(aliases)) {
      if (code === a.toLowerCase()) out.add(c.toLowerCase());
      if (code === c.toLowerCase()) out.add(a.toLowerCase());
    }
  }
  return [...out];
}

export function refPaper(paper: MatchablePaper, aliases: Record<string, string>): RefPaper {
  // A segment without words stays: authors are numbered by position.
  const words = (items: string[]): string[][] => items.map((s) => normalizeWords(s));
  const own = [...(Array.isArray(paper.categories) ? paper.categories : []), paper.primaryCategory];
  const ownCategories = [...new Set(strings(own).map((c) => c.trim()).filter((c) => c !== ''))];
  const codes = expand(ownCategories, aliases);
  return {
    fields: {
      title: words(text(paper.title)),
      abstract: words(text(paper.abstract)),
      aiSummary: words(text(paper.aiSummary)),
      aiKeywords: words(strings(paper.aiKeywords)),
      authors: words(strings(paper.authors)),
      categories: words(codes),
    },
    authors: strings(paper.authors),
    ownCategories,
    codes,
  };
}

export const FIELDS_OF: Record<string, PaperField[]> = {
  any: ['title', 'abstract', 'aiSummary', 'aiKeywords'],
  ti: ['title'],
  abs: ['abstract', 'aiSummary'],
  kw: ['aiKeywords'],
  all: ['title', 'abstract', 'aiSummary', 'aiKeywords', 'authors', 'categories'],
};

/**
 * Where the query words `q` occur in the text words `t`, as [first, end) word ranges. Spellings:
 * the words joined, the last one in its plural and singular forms (`plurals`), or as a prefix of a
 * text word (`prefix`). A spelling is found
 *   - with up to three query words and no prefix: spelled by up to three text words;
 *   - with a prefix: begun by the text of up to three words, ending in the last of them;
 *   - with two or more query words, where the first one, two or three of them (joined) are spelled
 *     by up to three text words: spelled by up to 3 × (number of query words) text words.
 */
export function occurrences(q: string[], prefix: boolean, t: string[], plurals = true): [number, number][] {
  const m = q.length;
  const head = q.slice(0, -1).join('');
  const last = q[m - 1] ?? '';
  const spellings = prefix || !plurals ? [head + last] : wordForms(last).map((f) => head + f);
  const join = (k: number, e: number): string => t.slice(k, e).join('');
  const spells = (k: number, e: number, s: string): boolean =>
    prefix ? join(k, e).startsWith(s) && join(k, e - 1).length < s.length : join(k, e) === s;
  const found: [number, number][] = [];
  for (let k = 0; k < t.length; k++) {
    // Every match begins with the first character of a spelling (a shortcut, not a rule).
    if (!spellings.some((s) => s[0] === t[k]?.[0])) continue;
    const ends = (n: number): number[] => Array.from({ length: Math.min(n, t.length - k) }, (_, i) => k + i + 1);
    for (const e of ends(3)) if ((prefix || m <= 3) && spellings.some((s) => spells(k, e, s))) found.push([k, e]);
    const anchored = [1, 2, 3].some((j) => j < m && ends(3).some((e) => join(k, e) === q.slice(0, j).join('')));
    if (anchored) for (const e of ends(3 * m)) if (spellings.some((s) => spells(k, e, s))) found.push([k, e]);
  }
  return found;
}

/** Indexes of the authors whose name holds every word of an `au:` term (a one-letter word is an initial). */
export function authorsHolding(term: TermNode, p: RefPaper): number[] {
  return p.fields.authors.flatMap((name, a) => {
    const each = term.words.every((w, i) => {
      const prefix = (term.prefix && i === term.words.length - 1) || w.length === 1;
      return occurrences([w], prefix, name, false).length > 0;
    });
    return each ? [a] : [];
  });
}

export function codeMatches(code: string, q: string, prefix: boolean): boolean {
  return code.startsWith(q) && (prefix || code.length === q.length || code[q.length] === '.' || code[q.length] === '-');
}

export function termHolds(term: TermNode, p: RefPaper): boolean {
  if (term.field === 'cat') return p.codes.some((c) => codeMatches(c, term.words[0] ?? '', term.prefix));
  if (term.field === 'au') return authorsHolding(term, p).length > 0;
  return (FIELDS_OF[term.field] ?? []).some((f) => p.fields[f].some((t) => occurrences(term.words, term.prefix, t).length > 0));
}

export function holds(node: Node, p: RefPaper): boolean {
  switch (node.type) {
    case 'term':
      return termHolds(node, p);
    case 'not':
      return !holds(node.item, p);
    case 'and':
      return node.items.every((n) => holds(n, p));
    case 'or':
      return node.items.some((n) => holds(n, p));
  }
}
