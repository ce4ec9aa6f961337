import { describe, expect, it } from 'vitest';
import {
  compileParsedRules,
  compileRules,
  matchPaper,
  parseRules,
  preparePaper,
  ruleLabel,
  rulesNeedCategories,
  validateLabel,
  type MatchablePaper,
} from './index';

const paper: MatchablePaper = {
  title: 'Beyond First-Order Tweedie: Solving Inverse Problems using Latent Diffusion',
  abstract: 'Existing second-order approximations are impractical. We use the trace of the Hessian.',
  aiSummary: 'A second order Tweedie sampler for optimization-free inverse problems.',
  aiKeywords: ['latent diffusion', 'Tweedie', 'second-order approximation'],
  authors: ['Litu Rout', 'Yujia Chen', 'Constantine Caramanis'],
  categories: ['cs.LG', 'cs.CV'],
};

describe('compileRules + matchPaper', () => {
  it('reports matching rules in rule order, with label defaulting to the query', () => {
    const m = compileRules([
      { id: 'z', query: 'hessian' },
      { id: 'a', query: 'zeroth-order' },
      { id: 'm', query: 'ti:diffusion', label: 'Diffusion' },
      { id: 'b', query: '"second-order" OR curvature' },
    ]);
    const r = matchPaper(m, paper);
    expect(r.matches.map((x) => [x.id, x.label])).toEqual([
      ['z', 'hessian'],
      ['m', 'Diffusion'],
      ['b', '"second-order" OR curvature'],
    ]);
  });

  it('says which terms matched in which field, with the words they matched', () => {
    const m = compileRules([
      { id: 'r', query: '"second-order" OR ti:tweedie OR optim* OR au:caramanis OR cat:cs -kw:nerf' },
    ]);
    const [match] = matchPaper(m, paper).matches;
    expect(match?.terms).toEqual([
      { term: '"second-order"', field: 'abstract', words: ['second order'] },
      { term: '"second-order"', field: 'aiSummary', words: ['second order'] },
      { term: '"second-order"', field: 'aiKeywords', words: ['second order'] },
      { term: 'ti:tweedie', field: 'title', words: ['tweedie'] },
      { term: 'optim*', field: 'aiSummary', words: ['optimization'] },
      { term: 'au:caramanis', field: 'authors', words: ['Constantine Caramanis'] },
      { term: 'cat:cs', field: 'categories', words: ['cs.LG', 'cs.CV'] },
    ]);
  });

  it('reports each distinct matched spelling once', () => {
    const m = compileRules([{ id: 'r', query: 'hessian' }]);
    const p = { abstract: 'The Hessian, Hessians and the hessian again.' };
    expect(matchPaper(m, p).matches[0]?.terms).toEqual([{ term: 'hessian', field: 'abstract', words: ['hessian', 'hessians'] }]);
  });

  it('does not list terms that matched only under a negation', () => {
    const m = compileRules([{ id: 'r', query: 'diffusion -(hessian -tweedie)' }]);
    const [match] = matchPaper(m, paper).matches;
    // hessian occurs, but under one NOT: not a matched word. tweedie is under two: it is.
    expect([...new Set(match?.terms.map((t) => t.term))]).toEqual(['diffusion', 'tweedie']);
  });

  it('skips disabled rules and keeps rules that do not parse aside', () => {
    const m = compileRules([
      { id: 'off', query: 'hessian', enabled: false },
      { id: 'bad', query: '(hessian' },
      { id: 'ok', query: 'hessian', enabled: true },
    ]);
    expect(m.invalid).toEqual([
      { id: 'bad', query: '(hessian', error: { position: 0, message: 'unbalanced parenthesis at 0' } },
    ]);
    expect(matchPaper(m, paper).matches.map((x) => x.id)).toEqual(['ok']);
  });

  it('shares one unit between rules and still answers each rule separately', () => {
    const m = compileRules([
      { id: '1', query: 'hessian' },
      { id: '2', query: 'Hessian -cat:cs.CV' },
      { id: '3', query: 'ti:hessian' },
    ]);
    expect(m.text.units).toHaveLength(1);
    expect(matchPaper(m, paper).matches.map((x) => x.id)).toEqual(['1']);
  });

  it('evaluates exclusion-only rules on papers where none of their terms occur', () => {
    const m = compileRules([{ id: 'x', query: '-cat:cs.CV' }, { id: 'y', query: '-nerf' }]);
    expect(matchPaper(m, { title: 'nothing' }).matches.map((x) => x.id)).toEqual(['x', 'y']);
    expect(matchPaper(m, paper).matches.map((x) => x.id)).toEqual(['y']);
  });

  it('leaves no state behind between papers', () => {
    const m = compileRules([{ id: 'h', query: 'hessian' }, { id: 'a', query: 'au:rout' }, { id: 'c', query: 'cat:cs.CV' }]);
    expect(matchPaper(m, paper).matches).toHaveLength(3);
    expect(matchPaper(m, { title: 'unrelated' }).matches).toEqual([]);
    expect(matchPaper(m, paper).matches).toHaveLength(3);
  });

  it('matches a prepared paper like the plain one, and a prepared paper serves several matchers', () => {
    const prepared = preparePaper(paper);
    const m1 = compileRules([{ id: '1', query: 'tweedie' }]);
    const m2 = compileRules([{ id: '2', query: 'au:chen' }]);
    expect(matchPaper(m1, prepared)).toEqual(matchPaper(m1, paper));
    expect(matchPaper(m2, prepared).matches.map((x) => x.id)).toEqual(['2']);
  });
});

describe('categories', () => {
  it('rulesNeedCategories tells whether some rule uses cat:', () => {
    expect(rulesNeedCategories(compileRules([{ id: '1', query: 'hessian' }]))).toBe(false);
    expect(rulesNeedCategories(compileRules([{ id: '1', query: 'hessian' }, { id: '2', query: 'a -cat:cs.CV' }]))).toBe(true);
    expect(rulesNeedCategories(compileRules([{ id: '2', query: 'a -cat:cs.CV', enabled: false }]))).toBe(false);
  });

  it('lists the cat: rules decided without categories, so the caller can fetch them and match again', () => {
    const m = compileRules([
      { id: 'plain', query: 'diffusion' },
      { id: 'not-cv', query: 'ti:diffusion -cat:cs.CV' },
      { id: 'hep', query: 'cat:hep-th' },
    ]);
    const card = { title: paper.title, abstract: paper.abstract }; // a Hugging Face card: no categories
    const before = matchPaper(m, card);
    expect(before.matches.map((x) => x.id)).toEqual(['plain', 'not-cv']);
    expect(before.awaitingCategories).toEqual(['not-cv', 'hep']);
    const after = matchPaper(m, { ...card, categories: ['cs.CV'] });
    expect(after.matches.map((x) => x.id)).toEqual(['plain']);
    expect(after.awaitingCategories).toEqual([]);
  });
});

describe('never throws', () => {
  const garbage: unknown[] = [
    null,
    undefined,
    42,
    'a string',
    [],
    { title: 42, abstract: null, authors: 'Hinton', categories: [null, 3, {}], aiKeywords: [undefined, ['x']] },
    { title: '\u0000\uffff\ud800', abstract: '\\'.repeat(1000) + '{'.repeat(50) + '$'.repeat(7) },
    {
      get title(): string {
        throw new Error('hostile getter');
      },
    },
  ];
  it.each(garbage.map((g, i) => [i, g]))('garbage paper #%i → no match', (_i, g) => {
    const m = compileRules([{ id: '1', query: 'hessian' }, { id: '2', query: '-hessian' }, { id: '3', query: 'cat:cs' }]);
    const r = matchPaper(m, g as MatchablePaper);
    expect(Array.isArray(r.matches)).toBe(true);
  });

  it('compiles garbage rules without throwing', () => {
    const rules = [null, { id: 1, query: 5 }, { id: 'x' }, { id: 'y', query: '((((' }] as never;
    const m = compileRules(rules);
    expect(m.rules).toEqual([]);
    expect(m.invalid).toHaveLength(3);
    expect(compileRules(undefined as never).rules).toEqual([]);
  });

  it('treats a garbage matcher as matching nothing', () => {
    expect(matchPaper(undefined as never, paper)).toEqual({ matches: [], awaitingCategories: [] });
  });
});

describe('labels', () => {
  it.each([
    ['Diffusion', { ok: true, label: 'Diffusion' }],
    ['  padded  ', { ok: true, label: 'padded' }],
    ['a, b', { ok: false, error: 'a label cannot contain a comma' }],
    ['', { ok: false, error: 'a label cannot be empty' }],
    ['two\nlines', { ok: false, error: 'a label cannot contain line breaks or control characters' }],
    ['x'.repeat(101), { ok: false, error: 'a label has at most 100 characters' }],
  ])('validateLabel(%j)', (label, expected) => {
    expect(validateLabel(label)).toEqual(expected);
  });

  it('a compiled rule never reports a label with a comma', () => {
    expect(ruleLabel({ query: '"Q&A, reasoning" OR qa' })).toBe('"Q&A reasoning" OR qa');
    expect(ruleLabel({ query: 'x', label: 'a,b' })).toBe('a b');
    expect(ruleLabel({ query: 'x', label: '  ' })).toBe('x');
    const m = compileRules([{ id: '1', query: 'hessian, curvature' }]);
    expect(m.rules[0]?.label).toBe('hessian curvature');
  });
});

describe('parseRules + compileParsedRules (the content script compiles what the background parsed)', () => {
  it('gives the same matcher as compileRules, through JSON', () => {
    const rules = [
      { id: '1', query: 'hessian', label: 'H' },
      { id: '2', query: '(zeroth-order OR "derivative-free") optim*' },
      { id: '3', query: 'ti:diffusion -cat:cs.CV' },
      { id: '4', query: 'broken (' },
    ];
    const { parsed, invalid } = parseRules(rules);
    expect(invalid.map((r) => r.id)).toEqual(['4']);
    const viaJson = compileParsedRules(JSON.parse(JSON.stringify(parsed)) as typeof parsed);
    const direct = compileRules(rules);
    for (const p of [paper, { title: 'Zeroth-order optimisation' }, { title: 'Diffusion', categories: ['cs.CV'] }]) {
      expect(matchPaper(viaJson, p)).toEqual(matchPaper(direct, p));
    }
  });

  it('sets aside what is not a parsed rule instead of throwing', () => {
    const bad = [
      null,
      { id: 'a', label: 'a', ast: { type: 'term', field: 'tx', words: ['x'], prefix: false, source: 'x', position: 0 } },
      { id: 'b', label: 'b', ast: { type: 'and', items: [] } },
      { id: 'c', label: 'c', ast: { type: 'term', field: 'any', words: [], prefix: false, source: '', position: 0 } },
      { id: 'd', label: 'd', ast: { type: 'not' } },
    ];
    const m = compileParsedRules(bad as never);
    expect(m.rules).toEqual([]);
    expect(m.invalid).toHaveLength(5);
  });

  it('can skip computing terms', () => {
    const m = compileRules([{ id: 'h', query: 'hessian' }]);
    expect(matchPaper(m, paper, { terms: false }).matches).toEqual([{ id: 'h', label: 'hessian', terms: [] }]);
  });
});
