// Matching one paper against a compiled matcher. Per paper: fold each needed field once, scan it
// once against the shared phrase index, then evaluate only the rules one of whose terms occurred
// (plus the few exclusion-only rules), in rule order. Never throws: garbage in, no match out.

import { categoryMatches, categoryQueriesFor } from './categories';
import type { Matcher } from './matcher';
import { explainRule, type TermMatch } from './explain';
import { matchAuthors } from './authors';
import { FIELD_BITS, preparePaper, PreparedPaper, type MatchablePaper } from './paper';
import { scanField } from './scan';

export interface RuleMatch {
  id: string;
  label: string;
  /** Which terms matched in which field, with the folded text words they matched. */
  terms: TermMatch[];
}

export interface MatchResult {
  /** The matching rules, in rule order. */
  matches: RuleMatch[];
  /**
   * Rules using `cat:` that were decided without categories (the paper has none yet, e.g. a Hugging
   * Face card): their outcome may change once the categories are fetched.
   */
  awaitingCategories: string[];
}

export interface MatchOptions {
  /** Compute `terms` of each match (default true). Alerts, which only need ids, can skip it. */
  terms?: boolean;
}

const NO_MATCH = (): MatchResult => ({ matches: [], awaitingCategories: [] });

/** The rules that match `paper`, in rule order. Never throws: garbage in, no match out. */
export function matchPaper(
  matcher: Matcher,
  paper: MatchablePaper | PreparedPaper,
  options?: MatchOptions,
): MatchResult {
  if (!matcher?.scratch) return NO_MATCH();
  try {
    return matchPaperOrThrow(matcher, paper, options);
  } catch {
    return NO_MATCH();
  }
}

/**
 * matchPaper without the safety net, for tests that check no input reaches it. The shared scratch
 * is left all-zero for the next paper even when something throws.
 */
export function matchPaperOrThrow(
  matcher: Matcher,
  paper: MatchablePaper | PreparedPaper,
  options?: MatchOptions,
): MatchResult {
  const s = matcher.scratch;
  const hitUnits: number[] = [];
  const hitLeaves: number[] = [];
  const order: number[] = [];
  try {
    const prep = paper instanceof PreparedPaper ? paper : preparePaper(paper);
    s.spans.length = 0;
    for (const [bit] of FIELD_BITS) {
      if ((matcher.textBits & bit) === 0) continue;
      const field = prep.field(bit);
      if (field.count === 0) continue;
      scanField(matcher.text, field, (u, start, end) => {
        if (s.fields[u] === 0) hitUnits.push(u);
        s.fields[u] = (s.fields[u] ?? 0) | bit;
        s.spans.push(u, bit, start, end);
      });
    }
    if (matcher.auLeaves.length > 0) matchAuthors(matcher, prep, hitLeaves);
    if (matcher.catLeaves.length > 0) matchCategories(matcher, prep.categories(), hitLeaves);

    // Rules to evaluate: the exclusion-only ones and those one of whose terms occurred, in rule order.
    const queue = (r: number): void => {
      if (s.ruleSeen[r] === 0) {
        s.ruleSeen[r] = 1;
        order.push(r);
      }
    };
    matcher.alwaysRules.forEach(queue);
    for (const u of hitUnits) matcher.signalRules[u]?.forEach(queue);
    for (const k of hitLeaves) matcher.signalRules[matcher.text.units.length + k]?.forEach(queue);
    order.sort((a, b) => a - b);

    const matches: RuleMatch[] = [];
    const withTerms = options?.terms !== false;
    for (const i of order) {
      const rule = matcher.rules[i];
      if (rule && rule.test(s)) {
        const terms = withTerms ? explainRule(matcher, rule, prep) : [];
        matches.push({ id: rule.id, label: rule.label, terms });
      }
    }
    const awaiting = matcher.categoryRules.length > 0 && prep.categories().length === 0;
    return { matches, awaitingCategories: awaiting ? [...matcher.categoryRules] : [] };
  } finally {
    for (const u of hitUnits) s.fields[u] = 0;
    for (const k of hitLeaves) s.leafHit[k] = 0;
    for (const r of order) s.ruleSeen[r] = 0;
  }
}

/** Sets the flag of every `cat:` leaf one of the paper's codes satisfies; appends it to `hitLeaves`. */
function matchCategories(matcher: Matcher, codes: readonly string[], hitLeaves: number[]): void {
  const s = matcher.scratch;
  const hit = (leaf: number): void => {
    if (s.leafHit[leaf] === 0) {
      s.leafHit[leaf] = 1;
      hitLeaves.push(leaf);
    }
  };
  for (const code of codes) {
    for (const q of categoryQueriesFor(code)) matcher.catByCode.get(q)?.forEach(hit);
  }
  // `cat:q-b*`: plain prefixes, few; tested one by one.
  for (const leaf of matcher.catLeaves) {
    if (leaf.prefix && codes.some((c) => categoryMatches(c, leaf.code, true))) hit(leaf.leaf);
  }
}
