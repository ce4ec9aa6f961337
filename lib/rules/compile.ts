// Compiles the user's rules ONCE into a matcher (DESIGN §2: the one matcher of highlighting, alerts
// and the options preview). Every distinct term becomes a unit of one shared phrase index, so a
// paper's fields are scanned once for all rules; each rule becomes a small program over the
// per-paper hit table (program.ts). Rules that do not parse are kept aside (with their error) and
// never match.

import type { TermNode } from './ast';
import { newScratch, type CompiledRule, type Leaf, type Matcher, type RuleInput } from './matcher';
import { depth, emit, evaluate } from './program';
import { isNode, parseRules, type InvalidRule, type ParsedRule } from './parsed-rules';
import { ABSTRACT, AUTHORS, CATEGORIES, KEYWORDS, SUMMARY, TITLE } from './paper';
import { buildIndex, type Unit } from './phrase-index';
import { wordForms } from './plural';
import { wakers } from './wakers';

const MASKS: Record<string, number> = {
  any: TITLE | ABSTRACT | SUMMARY | KEYWORDS,
  ti: TITLE,
  abs: ABSTRACT | SUMMARY,
  kw: KEYWORDS,
  all: TITLE | ABSTRACT | SUMMARY | KEYWORDS | AUTHORS | CATEGORIES,
};

class UnitTable {
  readonly units: Unit[] = [];
  private readonly ids = new Map<string, number>();
  add(key: string, make: () => Unit): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.units.length;
      this.units.push(make());
      this.ids.set(key, id);
    }
    return id;
  }
}

/** Words in order, the last one with its plural/singular spellings (or as a prefix). */
function textUnit(words: string[], prefix: boolean): Unit {
  const head = words.slice(0, -1).join('');
  const last = words[words.length - 1] ?? '';
  const spellings = prefix ? [head + last] : wordForms(last).map((f) => head + f);
  return { words, spellings, prefix, maxWords: 3 * words.length };
}

/** Compiles rules once; a rule that does not parse never matches and is listed in `invalid`. */
export function compileRules(rules: readonly RuleInput[]): Matcher {
  const { parsed, invalid } = parseRules(rules);
  return compileParsedRules(parsed, invalid);
}

export function compileParsedRules(
  rules: readonly ParsedRule[],
  invalidBefore: readonly InvalidRule[] = [],
): Matcher {
  const invalid = [...invalidBefore];
  const valid: ParsedRule[] = [];
  for (const r of Array.isArray(rules) ? rules : []) {
    if (r && isNode(r.ast)) valid.push({ id: String(r.id), label: String(r.label ?? ''), ast: r.ast });
    else invalid.push({ id: String(r?.id), query: '', error: { position: 0, message: 'not a parsed rule' } });
  }
  const textUnits = new UnitTable();
  const authorUnits = new UnitTable();
  const auLeaves: Extract<Leaf, { kind: 'au' }>[] = [];
  const catLeaves: Extract<Leaf, { kind: 'cat' }>[] = [];
  const compiled: CompiledRule[] = [];
  const ruleSignals: { unit?: number; leaf?: number }[][] = [];
  let textBits = 0;

  for (const { id, label, ast } of valid) {
    const leaves = new Map<TermNode, Leaf>();
    const signals: { unit?: number; leaf?: number }[] = [];
    let usesCategories = false;

    const leafOf = (t: TermNode): Leaf => {
      if (t.field === 'cat') {
        usesCategories = true;
        const index = auLeaves.length + catLeaves.length;
        const leaf = { kind: 'cat', term: t, leaf: index, code: t.words[0] ?? '', prefix: t.prefix } as const;
        catLeaves.push(leaf);
        return leaf;
      }
      if (t.field === 'au') {
        // Every word of the term must be in one author's name, in any order. A one-letter word is an
        // initial ("au:"g hinton""), so it matches as a prefix; author names get no plural forms.
        const units = t.words.map((w, i) => {
          const prefix = (t.prefix && i === t.words.length - 1) || w.length === 1;
          const unit = (): Unit => ({ words: [w], spellings: [w], prefix, maxWords: 3 });
          return authorUnits.add(`${prefix ? '*' : ''}${w}`, unit);
        });
        const leaf = { kind: 'au', term: t, leaf: auLeaves.length + catLeaves.length, units } as const;
        auLeaves.push(leaf);
        return leaf;
      }
      const mask = MASKS[t.field] ?? 0;
      textBits |= mask;
      const key = `${t.prefix ? '*' : ''}${t.words.join(' ')}`;
      const unit = textUnits.add(key, () => textUnit(t.words, t.prefix));
      return { kind: 'text', term: t, unit, mask };
    };

    // The terms whose occurrence makes matchPaper evaluate the rule (wakers.ts).
    const wake = wakers(ast);
    const program = emit(ast, (node, positive) => {
      const leaf = leafOf(node);
      leaves.set(node, leaf);
      const signal = wake === null ? positive : wake.includes(node);
      if (leaf.kind === 'text') {
        if (signal) signals.push({ unit: leaf.unit });
        return { kind: 'text', unit: leaf.unit, mask: leaf.mask };
      }
      if (signal) signals.push({ leaf: leaf.leaf });
      return { kind: 'leaf', leaf: leaf.leaf };
    });
    ruleSignals.push(signals);
    compiled.push({ id, label, ast, program, always: false, usesCategories, leaves });
  }

  const text = buildIndex(textUnits.units);
  const authors = buildIndex(authorUnits.units);
  const leafCount = auLeaves.length + catLeaves.length;
  const stack = compiled.reduce((most, r) => Math.max(most, depth(r.program)), 1);
  const scratch = newScratch(text, authors, leafCount, compiled.length, stack);
  const signalRules: number[][] = Array.from({ length: text.units.length + leafCount }, () => []);
  compiled.forEach((rule, r) => {
    // With every term absent (the all-zero scratch), a rule that still holds must be checked for
    // every paper; any other rule can only hold when one of its terms occurs, so it waits for one.
    rule.always = evaluate(rule.program, scratch);
    for (const sig of ruleSignals[r] ?? []) {
      const list = signalRules[sig.unit ?? text.units.length + (sig.leaf ?? 0)];
      if (list && list[list.length - 1] !== r) list.push(r);
    }
  });
  const catByCode = new Map<string, number[]>();
  for (const leaf of catLeaves) {
    if (!leaf.prefix) catByCode.set(leaf.code, [...(catByCode.get(leaf.code) ?? []), leaf.leaf]);
  }
  const auLeavesByUnit: number[][] = authors.units.map(() => []);
  auLeaves.forEach((leaf, i) => new Set(leaf.units).forEach((u) => auLeavesByUnit[u]?.push(i)));
  const alwaysRules = compiled.flatMap((r, i) => (r.always ? [i] : []));
  const categoryRules = compiled.filter((r) => r.usesCategories).map((r) => r.id);
  return {
    rules: compiled,
    invalid,
    text,
    authors,
    textBits,
    auLeaves,
    auLeavesByUnit,
    catLeaves,
    catPrefixLeaves: catLeaves.filter((leaf) => leaf.prefix),
    catByCode,
    signalRules,
    alwaysRules,
    categoryRules,
    scratch,
  };
}
