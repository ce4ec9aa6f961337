// Matching one paper against a compiled matcher. Per paper: fold each needed field once, scan it
// once against the shared phrase index, then evaluate only the rules one of whose terms occurred
// (plus the few exclusion-only rules), in rule order. Never throws: garbage in, no match out.
// This is what highlighting, alerts and the options preview run per paper (bench/rules.ts times it).

import { categoryMatches, categoryQueriesFor } from './categories';
import { holdLeaf, type Matcher, type Scratch } from './matcher';
import { explainRule, type TermMatch } from './explain';
import { matchAuthors } from './authors';
import { FIELD_BITS, PreparedPaper, transientPaper, type MatchablePaper } from './paper';
import { evaluate } from './program';
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
  s.unitCount = 0;
  s.leafCount = 0;
  s.queued = 0;
  try {
    const prep = paper instanceof PreparedPaper ? paper : transientPaper(paper);
    findTerms(matcher, prep);
    queueRules(matcher);
    const matches: RuleMatch[] = [];
    const withTerms = options?.terms !== false;
    for (let q = 0; q < s.queued; q++) {
      const rule = matcher.rules[s.order[q] as number];
      if (rule && evaluate(rule.program, s)) {
        const terms = withTerms ? explainRule(matcher, rule, prep) : [];
        matches.push({ id: rule.id, label: rule.label, terms });
      }
    }
    const awaiting = matcher.categoryRules.length > 0 && prep.categories().length === 0;
    return { matches, awaitingCategories: awaiting ? [...matcher.categoryRules] : [] };
  } finally {
    for (let q = 0; q < s.unitCount; q++) s.fields[s.hitUnits[q] as number] = 0;
    for (let q = 0; q < s.leafCount; q++) s.leafHit[s.hitLeaves[q] as number] = 0;
    for (let q = 0; q < s.queued; q++) s.ruleSeen[s.order[q] as number] = 0;
  }
}

/** Scans each needed field once; sets the field bits of the units found and the leaves that hold. */
function findTerms(matcher: Matcher, prep: PreparedPaper): void {
  const s = matcher.scratch;
  const spans = s.spans;
  spans.n = 0;
  for (const [bit] of FIELD_BITS) {
    if ((matcher.textBits & bit) === 0) continue;
    const field = prep.field(bit, s.textSieve);
    if (field.count === 0) continue;
    const from = spans.n;
    scanField(matcher.text, field, bit, spans, s.textSieve);
    for (let q = from; q < spans.n; q += 4) {
      const u = spans.data[q] as number;
      if (s.fields[u] === 0) s.hitUnits[s.unitCount++] = u;
      s.fields[u] = (s.fields[u] as number) | bit;
    }
  }
  if (matcher.auLeaves.length > 0) matchAuthors(matcher, prep);
  if (matcher.catLeaves.length > 0) matchCategories(matcher, prep.categories());
}

/** The rules to evaluate: the exclusion-only ones and those one of whose terms occurred, in rule order. */
function queueRules(matcher: Matcher): void {
  const s = matcher.scratch;
  queue(s, matcher.alwaysRules);
  for (let q = 0; q < s.unitCount; q++) queue(s, matcher.signalRules[s.hitUnits[q] as number]);
  const base = matcher.text.units.length;
  for (let q = 0; q < s.leafCount; q++) queue(s, matcher.signalRules[base + (s.hitLeaves[q] as number)]);
  // A paper queues a handful of rules, sorted in place; many (a common word in many rules) sort natively.
  const order = s.order;
  if (s.queued > 32) {
    order.subarray(0, s.queued).sort();
    return;
  }
  for (let q = 1; q < s.queued; q++) {
    const r = order[q] as number;
    let p = q - 1;
    for (; p >= 0 && (order[p] as number) > r; p--) order[p + 1] = order[p] as number;
    order[p + 1] = r;
  }
}

function queue(s: Scratch, rules: readonly number[] | undefined): void {
  if (rules === undefined) return;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i] as number;
    if (s.ruleSeen[r] === 0) {
      s.ruleSeen[r] = 1;
      s.order[s.queued++] = r;
    }
  }
}

/** Sets the flag of every `cat:` leaf one of the paper's codes satisfies. */
function matchCategories(matcher: Matcher, codes: readonly string[]): void {
  for (const code of codes) {
    for (const q of queriesFor(code)) {
      const leaves = matcher.catByCode.get(q);
      if (leaves) for (const leaf of leaves) holdLeaf(matcher.scratch, leaf);
    }
  }
  // `cat:q-b*`: plain prefixes, few; tested one by one.
  for (const leaf of matcher.catPrefixLeaves) {
    for (const code of codes) if (categoryMatches(code, leaf.code, true)) holdLeaf(matcher.scratch, leaf.leaf);
  }
}

// Papers share a few hundred category codes: their queries are computed once each.
const queries = new Map<string, string[]>();
function queriesFor(code: string): string[] {
  let q = queries.get(code);
  if (q === undefined) {
    q = categoryQueriesFor(code);
    if (queries.size < 4096) queries.set(code, q);
  }
  return q;
}
