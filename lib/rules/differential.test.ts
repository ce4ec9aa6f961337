// The compiled matcher (index, filters, candidate rules, shared scratch) against the slow reference
// reading of the rules (reference-matcher.ts), on the real captures — the seed papers, every arXiv
// API fixture, the Hugging Face daily-papers item — and on copies of them rewritten with TeX,
// accents, capitals, hyphens and joined words. The rules are generated from the papers' own words,
// so that they hit: words, plurals, phrases, hyphenated and joined forms, wildcards, every field,
// au: names and initials, cat: codes, archives and aliases, under AND, OR, NOT, ANDNOT and
// parentheses. All rules are compiled into one matcher (as the product does), so a candidate the
// index wrongly drops, or a rule wrongly not evaluated, shows as a missing match.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArxivAtom } from '../arxiv/atom';
import type { Node } from './ast';
import { compileRules, matchPaper, parseQuery, preparePaper, type MatchablePaper, type RuleMatch } from './index';
import { authorsHolding, codeMatches, expand, FIELDS_OF, holds, occurrences, refPaper, type RefPaper } from './reference-matcher';
import { makeRules, mangle, prng } from './differential-rules';

const fixture = (path: string): string => readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), 'utf8');
const aliases = (JSON.parse(fixture('arxiv-categories.json')) as { aliases: Record<string, string> }).aliases;

const seed = (JSON.parse(fixture('rules-papers.json')) as { papers: MatchablePaper[] }).papers;
const arxiv = readdirSync(new URL('../../tests/fixtures/arxiv-api/', import.meta.url))
  .flatMap((file) => parseArxivAtom(fixture(`arxiv-api/${file}`)).entries)
  .map((e): MatchablePaper => ({
    title: e.title,
    abstract: e.summary,
    authors: e.authors.map((a) => a.name),
    categories: e.categories,
    ...(e.primaryCategory ? { primaryCategory: e.primaryCategory } : {}),
  }));
const hf = (JSON.parse(fixture('hf/daily_papers_item_2602.23229.json')) as {
  paper: { title: string; summary: string; ai_summary: string; ai_keywords: string[]; authors: { name: string }[] };
}).paper;
const real: MatchablePaper[] = [
  ...seed,
  ...arxiv,
  { title: hf.title, abstract: hf.summary, aiSummary: hf.ai_summary, aiKeywords: hf.ai_keywords, authors: hf.authors.map((a) => a.name) },
];
const rnd = prng(20250611);
const papers = [...real, ...real.map((p) => mangle(p, rnd))];
const rules = makeRules(papers, 700, rnd);

/** Term source + field → the words the term matched there, for a rule the reference says matches. */
function referenceTerms(ast: Node, p: RefPaper): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (term: string, field: string, words: string[]): void => {
    const key = `${term} @${field}`;
    const set = out.get(key) ?? new Set();
    words.forEach((w) => set.add(w));
    out.set(key, set);
  };
  const visit = (node: Node, positive: boolean): void => {
    if (node.type === 'not') return visit(node.item, !positive);
    if (node.type !== 'term') return node.items.forEach((n) => visit(n, positive));
    if (!positive) return;
    if (node.field === 'au') {
      const names = authorsHolding(node, p).map((a) => p.authors[a] ?? '');
      if (names.length) add(node.source, 'authors', names);
    } else if (node.field === 'cat') {
      const own = p.ownCategories.filter((c) => expand([c], aliases).some((code) => codeMatches(code, node.words[0] ?? '', node.prefix)));
      if (own.length) add(node.source, 'categories', own);
    } else {
      for (const field of FIELDS_OF[node.field] ?? []) {
        const words = p.fields[field].flatMap((t) => occurrences(node.words, node.prefix, t).map(([k, e]) => t.slice(k, e).join(' ')));
        if (words.length) add(node.source, field, words);
      }
    }
  };
  visit(ast, true);
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

function matchedTerms(m: RuleMatch): Map<string, string[]> {
  return new Map(m.terms.map((t) => [`${t.term} @${t.field}`, [...new Set(t.words)].sort()]));
}

describe('differential: compiled matcher = reference reading of the rules', () => {
  const parsed = rules.map((r) => {
    const result = parseQuery(r.query);
    if (!result.ok) throw new Error(`generated rule does not parse: ${r.query} (${result.error.message})`);
    return { ...r, ast: result.ast };
  });
  const matcher = compileRules(rules);

  it('has real papers, variants and rules of every kind to compare', () => {
    expect(arxiv.length).toBeGreaterThan(20);
    expect(papers.length).toBeGreaterThan(100);
    for (const kind of ['ti:', 'abs:', 'kw:', 'all:', 'au:', 'cat:', '*', '-', ' OR ', 'ANDNOT', '"']) {
      expect(rules.filter((r) => r.query.includes(kind)).length, kind).toBeGreaterThan(10);
    }
  });

  it('matches the same rules on every paper, with the same matched words', () => {
    let matches = 0;
    for (const paper of papers) {
      const ref = refPaper(paper, aliases);
      const expected = parsed.filter((r) => holds(r.ast, ref));
      const got = matchPaper(matcher, paper);
      const context = `${JSON.stringify(paper.title)}`;
      expect(got.matches.map((x) => x.id), context).toEqual(expected.map((r) => r.id));
      got.matches.forEach((x, i) => {
        const rule = expected[i];
        if (rule) expect(matchedTerms(x), `${rule.query} on ${context}`).toEqual(referenceTerms(rule.ast, ref));
      });
      matches += got.matches.length;
    }
    // Most rules are built to hit: the comparison is about matches, not only about misses.
    expect(matches).toBeGreaterThan(papers.length * 5);
  }, 120_000);

  it('answers the same without terms, on a prepared paper, and rule by rule', () => {
    const ids = (r: { matches: RuleMatch[] }): string[] => r.matches.map((x) => x.id);
    const some = rules.slice(0, 150);
    const alone = some.map((r) => compileRules([r]));
    for (const paper of papers.filter((_p, i) => i % 3 === 0)) {
      const full = ids(matchPaper(matcher, paper));
      expect(ids(matchPaper(matcher, paper, { terms: false }))).toEqual(full);
      expect(ids(matchPaper(matcher, preparePaper(paper), { terms: false }))).toEqual(full);
      const one = some.filter((_r, i) => matchPaper(alone[i] as ReturnType<typeof compileRules>, paper, { terms: false }).matches.length > 0);
      expect(one.map((r) => r.id)).toEqual(full.filter((id) => some.some((r) => r.id === id)));
    }
  });
});
