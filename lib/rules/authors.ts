// `au:` (DESIGN §5.6): one author's name holds every word of the term, in any order
// (`au:hinton`, `au:"geoffrey hinton"`, `au:"de vries"`). All names of a paper form one field with
// breaks between names; the author index of a word is the number of breaks before it.

import type { Matcher } from './matcher';
import { STRIDE } from './field-text';
import { AUTHORS, type PreparedPaper } from './paper';
import { scanField } from './scan';

/** The author names as the AUTHORS field holds them (same filter as fieldTextList), in order. */
export function authorNames(prep: PreparedPaper): string[] {
  const a = prep.paper.authors;
  return Array.isArray(a) ? a.filter((n): n is string => typeof n === 'string' && n !== '') : [];
}

/** For each author (indexed like authorNames), the `au:` units found in their name. */
export function unitsPerAuthor(matcher: Matcher, prep: PreparedPaper): (Set<number> | undefined)[] {
  const field = prep.field(AUTHORS);
  const author: number[] = [];
  for (let k = 0, a = 0; k < field.count; k++) {
    if (field.words[STRIDE * k] === field.words[STRIDE * k + 1]) a++;
    author.push(a);
  }
  const found: (Set<number> | undefined)[] = [];
  scanField(matcher.authors, field, (u, first) => {
    (found[author[first] ?? 0] ??= new Set()).add(u);
  });
  return found;
}

/** Sets the leaf flag of every `au:` leaf some single author satisfies; appends it to `hitLeaves`. */
export function matchAuthors(matcher: Matcher, prep: PreparedPaper, hitLeaves: number[]): void {
  const s = matcher.scratch;
  for (const found of unitsPerAuthor(matcher, prep)) {
    if (!found) continue;
    for (const leaf of matcher.auLeaves) {
      if (s.leafHit[leaf.leaf] === 0 && leaf.units.every((u) => found.has(u))) {
        s.leafHit[leaf.leaf] = 1;
        hitLeaves.push(leaf.leaf);
      }
    }
  }
}
