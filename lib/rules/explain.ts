// Which terms of a matching rule matched, in which field, and the text words they matched: what
// the UI shows as chips and marks in the text. Only for rules that matched: text terms read the
// occurrences the scan recorded; author terms (few names) are looked up again.

import type { Node } from './ast';
import { categoryMatches, expandCategories } from './categories';
import type { CompiledRule, Matcher } from './matcher';
import { FIELD_BITS, type PaperField, type PreparedPaper } from './paper';
import { wordAt, type FieldText } from './field-text';
import { authorNames, unitsPerAuthor } from './authors';
import type { Hits } from './hits';

export interface TermMatch {
  /** The term as written in the query, field included: `ti:diffusion`, `"second-order"`. */
  term: string;
  field: PaperField;
  /**
   * What it matched there: the folded text words ("second order", "optimization"); for `au:` the
   * author names as given; for `cat:` the paper's own category codes.
   */
  words: string[];
}

export function explainRule(matcher: Matcher, rule: CompiledRule, prep: PreparedPaper): TermMatch[] {
  const out: TermMatch[] = [];
  const s = matcher.scratch;
  // Terms under an odd number of negations did not "match" anything the user would want marked.
  const visit = (node: Node, positive: boolean): void => {
    if (node.type === 'not') return visit(node.item, !positive);
    if (node.type !== 'term') return node.items.forEach((n) => visit(n, positive));
    const leaf = rule.leaves.get(node);
    if (!positive || !leaf) return;
    const term = node.source;
    if (leaf.kind === 'text') {
      const hit = (s.fields[leaf.unit] ?? 0) & leaf.mask;
      if (hit === 0) return;
      for (const [bit, field] of FIELD_BITS) {
        if (hit & bit) out.push({ term, field, words: spanWords(s.spans, leaf.unit, bit, prep.field(bit)) });
      }
    } else if (leaf.kind === 'au') {
      if (s.leafHit[leaf.leaf] !== 1) return;
      // Here the original names: they are what the UI shows next to the chip.
      const perAuthor = unitsPerAuthor(matcher, prep);
      const words = authorNames(prep).filter((_n, a) => leaf.units.every((u) => perAuthor[a]?.has(u)));
      out.push({ term, field: 'authors', words });
    } else if (s.leafHit[leaf.leaf] === 1) {
      // Report the paper's own category through which the term matched (cs.IT for `cat:math`).
      const own = paperCategories(prep).filter((c) =>
        expandCategories([c], undefined).some((code) => categoryMatches(code, leaf.code, leaf.prefix)),
      );
      out.push({ term, field: 'categories', words: own });
    }
  };
  visit(rule.ast, true);
  // The same term twice in a rule (`a OR (a b)`) is reported once per field.
  const seen = new Set<string>();
  return out.filter((m) => {
    const key = `${m.term}\u0000${m.field}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function paperCategories(prep: PreparedPaper): string[] {
  const { categories, primaryCategory } = prep.paper;
  const all = [...(Array.isArray(categories) ? categories : []), primaryCategory];
  const codes = all.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
  return [...new Set(codes)];
}

/** The text of each recorded occurrence of `unit` in one field, without repeats. */
function spanWords(spans: Hits, unit: number, bit: number, field: FieldText): string[] {
  const found = new Set<string>();
  const d = spans.data;
  for (let k = 0; k + 3 < spans.n; k += 4) {
    if (d[k] !== unit || d[k + 1] !== bit) continue;
    const words: string[] = [];
    for (let j = d[k + 2] ?? 0; j < (d[k + 3] ?? 0); j++) words.push(wordAt(field, j));
    found.add(words.join(' '));
  }
  return [...found];
}
