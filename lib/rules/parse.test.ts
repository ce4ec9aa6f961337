import { describe, expect, it } from 'vitest';
import type { Node } from './ast';
import { parseQuery } from './parse';

/** A compact, readable form of the AST: (a OR (b AND c)), NOT x, ti:"two words", optim*. */
function show(node: Node): string {
  switch (node.type) {
    case 'term': {
      const field = node.field === 'any' ? '' : `${node.field}:`;
      const text = node.words.length > 1 ? `"${node.words.join(' ')}"` : node.words.join('');
      return `${field}${text}${node.prefix ? '*' : ''}`;
    }
    case 'not':
      return `NOT ${show(node.item)}`;
    default:
      return `(${node.items.map(show).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
  }
}

function shape(query: string): string {
  const r = parseQuery(query);
  if (!r.ok) throw new Error(`expected ${query} to parse: ${r.error.message}`);
  return show(r.ast);
}

describe('parseQuery: grammar of DESIGN §5.6', () => {
  it.each([
    // the examples of §5.6
    ['"second-order" OR hessian', '("second order" OR hessian)'],
    ['ti:diffusion -cat:cs.CV', '(ti:diffusion AND NOT cat:cs.cv)'],
    ['au:"de vries" cat:hep-th', '(au:"de vries" AND cat:hep-th)'],
    ['(zeroth-order OR "derivative-free") optim*', '(("zeroth order" OR "derivative free") AND optim*)'],
    ['kw:"gaussian splatting"', 'kw:"gaussian splatting"'],
    // precedence: implicit AND binds tighter than OR, explicit AND the same as implicit
    ['a OR b c', '(a OR (b AND c))'],
    ['a b OR c', '((a AND b) OR c)'],
    ['a AND b OR c AND d', '((a AND b) OR (c AND d))'],
    ['a OR b OR c', '(a OR b OR c)'],
    ['(a OR b) c', '((a OR b) AND c)'],
    ['a (b OR c) d', '(a AND (b OR c) AND d)'],
    // ANDNOT is AND NOT at the AND level, left to right
    ['a ANDNOT b', '(a AND NOT b)'],
    ['a ANDNOT b c', '(a AND NOT b AND c)'],
    ['a OR b ANDNOT c', '(a OR (b AND NOT c))'],
    ['a ANDNOT (b OR c)', '(a AND NOT (b OR c))'],
    // unary NOT and "-"
    ['NOT a', 'NOT a'],
    ['a NOT b', '(a AND NOT b)'],
    ['-a b', '(NOT a AND b)'],
    ['-(a OR b) c', '(NOT (a OR b) AND c)'],
    ['-"a b"', 'NOT "a b"'],
    ['NOT(a)', 'NOT a'],
    // "-" inside a word is part of the word: one hyphenated term
    ['first-order', '"first order"'],
    ['self-supervised pre-training', '("self supervised" AND "pre training")'],
    ['a-', 'a'],
    // fields, case-insensitively; phrases after fields
    ['TI:Diffusion', 'ti:diffusion'],
    ['abs:"score matching" kw:LLM all:hinton', '(abs:"score matching" AND kw:llm AND all:hinton)'],
    ['cat:cond-mat.stat-mech', 'cat:cond-mat.stat-mech'],
    ['cat:"cs.LG"', 'cat:cs.lg'],
    ['cat:hep*', 'cat:hep*'],
    // wildcards
    ['optim*', 'optim*'],
    ['pre-train*', '"pre train"*'],
    ['ti:optim*', 'ti:optim*'],
    // lowercase operators are words
    ['diffusion or flow', '(diffusion AND or AND flow)'],
    ['a and b', '(a AND and AND b)'],
    ['not a', '(not AND a)'],
    ['Or', 'or'],
    // quoted operators are words too, and quotes keep everything as text
    ['"OR"', 'or'],
    ['"NOT a"', '"not a"'],
    ['"a* (b)"', '"a b"'],
    // TeX and diacritics are folded in queries as in papers
    ['Schrödinger', 'schrodinger'],
    ['"Mei{\\ss}ner"', 'meissner'],
    // whitespace of any kind
    ['  a\tOR\nb  ', '(a OR b)'],
  ])('%s  ⇒  %s', (query, expected) => {
    expect(shape(query)).toBe(expected);
  });

  it('keeps the term as written, for chips', () => {
    const r = parseQuery('ti:Diffusion -"Second-Order"');
    expect(r.ok && r.ast.type === 'and' && r.ast.items.map((n) => (n.type === 'not' ? n.item : n))).toMatchObject([
      { source: 'ti:Diffusion', position: 0 },
      { source: '"Second-Order"', position: 14 },
    ]);
  });
});

describe('parseQuery: errors are values naming position and problem', () => {
  it.each([
    // [query, position, message]
    ['', 0, 'empty query'],
    ['   ', 0, 'empty query'],
    ['(a OR b', 0, 'unbalanced parenthesis at 0'],
    ['a OR (b c', 5, 'unbalanced parenthesis at 5'],
    ['a OR b) c', 6, 'unbalanced parenthesis at 6'],
    ['hessian) OR (curvature', 7, 'unbalanced parenthesis at 7'],
    ['((a)', 0, 'unbalanced parenthesis at 0'],
    ['()', 0, 'empty parentheses at 0'],
    ['a ()', 2, 'empty parentheses at 2'],
    ['""', 0, 'empty phrase at 0'],
    ['a "  "', 2, 'empty phrase at 2'],
    ['ti:"--"', 3, 'empty phrase at 3'],
    ['"second order', 0, 'unterminated quote at 0'],
    ['a OR "b', 5, 'unterminated quote at 5'],
    ['tx:foo', 0, "unknown field 'tx' at 0"],
    ['diffusion title:flow', 10, "unknown field 'title' at 10"],
    ['arXiv:2401.00001', 0, "unknown field 'arXiv' at 0"],
    ['a OR', 2, 'dangling OR at end'],
    ['a OR ', 2, 'dangling OR at end'],
    ['a AND', 2, 'dangling AND at end'],
    ['a ANDNOT', 2, 'dangling ANDNOT at end'],
    ['NOT', 0, 'dangling NOT at end'],
    ['a NOT', 2, 'dangling NOT at end'],
    ['OR a', 0, 'OR needs a term before it at 0'],
    ['AND a', 0, 'AND needs a term before it at 0'],
    ['ANDNOT a', 0, 'ANDNOT needs a term before it at 0'],
    ['a (OR b)', 3, 'OR needs a term before it at 3'],
    ['a OR OR b', 2, 'OR needs a term after it at 2'],
    ['a AND OR b', 2, 'AND needs a term after it at 2'],
    ['(a OR) b', 3, 'OR needs a term after it at 3'],
    ['a NOT NOT b', 2, 'NOT must be followed by a term or \'(\' at 2'],
    ['a NOT OR b', 2, 'NOT must be followed by a term or \'(\' at 2'],
    ['--a', 0, "'-' must be followed by a term or '(' at 0"],
    ['a - b', 2, "'-' must be directly followed by the term it excludes at 2"],
    ['a -', 2, "'-' must be directly followed by the term it excludes at 2"],
    ['(a -)', 3, "'-' must be directly followed by the term it excludes at 3"],
    ['*', 0, "'*' needs the start of a word before it, as in optim*, at 0"],
    ['a -*', 3, "'*' needs the start of a word before it, as in optim*, at 3"],
    ['ti:*', 3, "'*' needs the start of a word before it, as in optim*, at 3"],
    ['op*im', 2, "'*' is allowed only at the end of a word at 2"],
    ['optim**', 5, "'*' is allowed only at the end of a word at 5"],
    ['ti:', 0, "'ti:' must be followed by a word or a quoted phrase at 0"],
    ['a ti: b', 2, "'ti:' must be followed by a word or a quoted phrase at 2"],
    ['ti:(a OR b)', 0, "'ti:' must be followed by a word or a quoted phrase at 0"],
    ['ti:-diffusion', 0, "put '-' before the field, as in -ti:word, at 0"],
    ['&', 0, "'&' has no letters or digits to search for at 0"],
    ['a ti:...', 5, "'...' has no letters or digits to search for at 5"],
    ['cat:"machine learning"', 5, "'machine learning' is not an arXiv category such as cs.LG or hep-th at 5"],
    ['cat:cs.LG.x', 4, "'cs.LG.x' is not an arXiv category such as cs.LG or hep-th at 4"],
  ])('%j → at %i: %s', (query, position, message) => {
    expect(parseQuery(query)).toEqual({ ok: false, error: { position, message } });
  });

  it('limits nesting', () => {
    expect(parseQuery('('.repeat(50) + 'a' + ')'.repeat(50)).ok).toBe(true);
    expect(parseQuery('a ' + '('.repeat(51) + 'a' + ')'.repeat(51))).toEqual({
      ok: false,
      error: { position: 52, message: 'parentheses nested too deeply at 52' },
    });
    expect(parseQuery('('.repeat(100_000)).ok).toBe(false);
  });

  it('rejects what is not a string without throwing', () => {
    expect(parseQuery(undefined as unknown as string).ok).toBe(false);
    expect(parseQuery(42 as unknown as string).ok).toBe(false);
  });
});

describe('parseQuery: warnings', () => {
  it('warns that a lowercase operator is searched as a word', () => {
    const r = parseQuery('diffusion or flow');
    expect(r.ok && r.warnings).toEqual([
      { position: 10, message: "'or' is searched as a word; operators are written in capitals (OR) at 10" },
    ]);
  });

  it('warns that a rule of exclusions only matches almost everything', () => {
    for (const q of ['-cat:cs.CV', 'NOT a', '-a -b', '-(a b)', 'x OR -y']) {
      const r = parseQuery(q);
      expect(r.ok && r.warnings.map((w) => w.message)).toEqual([
        'this rule only excludes: it matches every paper without those terms',
      ]);
    }
  });

  it('has no warnings for ordinary rules', () => {
    for (const q of ['"second-order" OR hessian', 'ti:diffusion -cat:cs.CV', 'a ANDNOT b', 'ti:or']) {
      const r = parseQuery(q);
      expect(r.ok && r.warnings).toEqual([]);
    }
  });
});
