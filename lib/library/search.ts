/**
 * The library's quick search (`library/list { query }`): title, authors, abstract, tags and note,
 * folded exactly as keyword rules fold text (lib/rules `normalize`: case, diacritics, TeX markup,
 * punctuation), so "holder" finds "Hölder" and "H\"older", and "first-order" finds "first order".
 * Every word of the query must occur in the paper, as the start of a word or inside one ("diffu"
 * finds "diffusion", "net" finds "ResNet"): what a search box that filters as you type is expected to do.
 */
import type { SavedPaper } from '../papers/schema';
import { normalize } from '../rules';

/** The folded words of a query; an empty list matches everything. */
export function searchWords(query: string | undefined): string[] {
  return query ? normalize(query).split(' ').filter(Boolean) : [];
}

/** The folded text a query is matched against. */
export function searchText(s: SavedPaper): string {
  const p = s.paper;
  // Newlines between fields: a query word never matches across the end of one and the start of another.
  return [p.title, p.authors.join(', '), p.abstract, s.tags.join(', '), s.note ?? ''].map(normalize).join(' \n ');
}

export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}
