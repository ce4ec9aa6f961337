// `au:` (DESIGN §5.6): one author's name holds every word of the term, in any order
// (`au:hinton`, `au:"geoffrey hinton"`, `au:"de vries"`). All names of a paper form one field with
// breaks between names; the author index of a word is the number of breaks before it.

import { holdLeaf, type Matcher } from './matcher';
import { STRIDE, type FieldText } from './field-text';
import { AUTHORS, type PreparedPaper } from './paper';
import { Hits } from './hits';
import { scanField } from './scan';

/** The author names as the AUTHORS field holds them (same filter as fieldTextList), in order. */
export function authorNames(prep: PreparedPaper): string[] {
  const a = prep.paper.authors;
  return Array.isArray(a) ? a.filter((n): n is string => typeof n === 'string' && n !== '') : [];
}

/** Which author word `k` belongs to, reading on from (word `from`, author `a`): breaks counted. */
function authorOf(field: FieldText, from: number, a: number, k: number): number {
  for (let j = from; j < k; j++) if (field.words[STRIDE * j] === field.words[STRIDE * j + 1]) a++;
  return a;
}

/** For each author (indexed like authorNames), the `au:` units found in their name (explanations). */
export function unitsPerAuthor(matcher: Matcher, prep: PreparedPaper): (Set<number> | undefined)[] {
  const field = prep.field(AUTHORS);
  const hits = new Hits();
  scanField(matcher.authors, field, AUTHORS, hits, matcher.scratch.authorSieve);
  const found: (Set<number> | undefined)[] = [];
  for (let q = 0; q < hits.n; q += 4) {
    const a = authorOf(field, 0, 0, hits.data[q + 2] as number);
    (found[a] ??= new Set()).add(hits.data[q] as number);
  }
  return found;
}

/**
 * Sets the leaf flag of every `au:` leaf some single author satisfies. Scan hits come in word
 * order, so author by author: each unit found is marked with the author's number (numbers grow
 * across papers, so marks need no reset), then a leaf of those units holds when all its units
 * bear that mark.
 */
export function matchAuthors(matcher: Matcher, prep: PreparedPaper): void {
  const s = matcher.scratch;
  const field = prep.field(AUTHORS, s.authorSieve);
  if (field.count === 0) return;
  const hits = s.authorSpans;
  hits.n = 0;
  scanField(matcher.authors, field, AUTHORS, hits, s.authorSieve);
  if (s.authorNumber > 0x3fffffff) {
    s.authorMark.fill(-1);
    s.authorNumber = 0;
  }
  let word = 0;
  let author = 0;
  for (let q = 0; q < hits.n; ) {
    const k = hits.data[q + 2] as number;
    author = authorOf(field, word, author, k);
    word = k;
    const mark = s.authorNumber + author;
    // This author's hits: [q, end).
    let end = q;
    while (end < hits.n && authorOf(field, word, author, hits.data[end + 2] as number) === author) {
      s.authorMark[hits.data[end] as number] = mark;
      end += 4;
    }
    for (; q < end; q += 4) holdAuthorLeaves(matcher, hits.data[q] as number, mark);
  }
  s.authorNumber += author + 1;
}

/** Sets the `au:` leaves of `unit` whose units all bear `mark` (all in one author). */
function holdAuthorLeaves(matcher: Matcher, unit: number, mark: number): void {
  const s = matcher.scratch;
  for (const i of matcher.auLeavesByUnit[unit] ?? []) {
    const leaf = matcher.auLeaves[i];
    if (leaf && s.leafHit[leaf.leaf] === 0 && leaf.units.every((v) => s.authorMark[v] === mark)) holdLeaf(s, leaf.leaf);
  }
}
