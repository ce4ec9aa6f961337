import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, matchPaper, normalize, normalizeWords, parseQuery, type MatchablePaper } from './index';
import { matchPaperOrThrow } from './match';

// Pieces that make parser-shaped strings more often than uniform random text would.
const queryPiece = fc.oneof(
  fc.constantFrom('a', 'hessian', 'first-order', 'optim*', '*', '-', '"', '(', ')', ':', ' ', 'OR', 'AND', 'ANDNOT', 'NOT'),
  fc.constantFrom('ti:', 'au:', 'abs:', 'cat:', 'kw:', 'all:', 'tx:', 'cat:cs.LG', '"de vries"', '\\"o', '$\\alpha$', '{', '}'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const queryString = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(queryPiece, { maxLength: 12 }).map((p) => p.join('')));

describe('properties', () => {
  it('parseQuery never throws, and an error always has a position inside the query', () => {
    fc.assert(
      fc.property(queryString, (q) => {
        const r = parseQuery(q);
        if (!r.ok) {
          expect(r.error.position).toBeGreaterThanOrEqual(0);
          expect(r.error.position).toBeLessThanOrEqual(q.length);
          expect(r.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('matchPaper never throws, whatever the paper and the rules', () => {
    const field = fc.oneof(fc.string({ unit: 'grapheme' }), fc.anything());
    const paper = fc.oneof(
      fc.anything(),
      fc.record(
        {
          title: field,
          abstract: field,
          aiSummary: field,
          aiKeywords: fc.oneof(fc.array(field), field),
          authors: fc.oneof(fc.array(field), field),
          categories: fc.oneof(fc.array(field), field),
          primaryCategory: field,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(fc.array(queryString, { maxLength: 5 }), paper, (queries, p) => {
        const m = compileRules(queries.map((query, i) => ({ id: String(i), query })));
        const r = matchPaper(m, p as MatchablePaper);
        expect(Array.isArray(r.matches)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never even reaches its safety net for papers of the right shape', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), queryString);
    const paper = fc.record(
      {
        title: text,
        abstract: text,
        aiSummary: text,
        aiKeywords: fc.array(text),
        authors: fc.array(text),
        categories: fc.array(fc.oneof(text, fc.constantFrom('cs.LG', 'math.IT', 'hep-th'))),
        primaryCategory: text,
      },
      { requiredKeys: [] },
    );
    const rules = fc.array(fc.oneof(queryString, fc.constantFrom('optim*', 'au:"de vries"', 'cat:cs', '-x', 'a*')), { maxLength: 6 });
    fc.assert(
      fc.property(rules, paper, (queries, p) => {
        const m = compileRules(queries.map((query, i) => ({ id: String(i), query })));
        expect(() => matchPaperOrThrow(m, p)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), queryString), (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
        expect(normalizeWords(once)).toEqual(normalizeWords(s));
      }),
      { numRuns: 3000 },
    );
  });

  // Title words as they come: hyphens, punctuation, TeX, diacritics, ligatures, other scripts.
  const titleWord = fc.oneof(
    fc.constantFrom(
      'Beyond', 'First-Order', 'Tweedie:', "Tweedie's", '(STSL),', 'Second-order', 'Hessians', 'LLMs',
      '$\\alpha$-divergence', '{\\it', 'single-loop}', "Sch\\'on", '\\v{C}ech', 'Schrödinger', 'Meißner', 'ﬁne-tuning',
      'GPT-4', 'x²', 'Łódź', 'α-Divergence', '3D', 'Zero-Shot', 'a', 'priori', 'DeepZero', 'ZO2', 'Pre-Training',
      'state-of-the-art', 'studies', 'study', 'Gaussians', 'on', 'the', 'of', '—', 'İstanbul', 'ΟΔΟΣ', '模型',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((w) => !/[\s"]/.test(w)),
  );

  it('a quoted phrase of consecutive title words matches the paper', () => {
    fc.assert(
      fc.property(
        fc.array(titleWord, { minLength: 1, maxLength: 14 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', 'ti:', 'all:'),
        (words, i, n, field) => {
          const start = i % words.length;
          const phrase = words.slice(start, start + 1 + (n % (words.length - start))).join(' ');
          fc.pre(normalizeWords(phrase).length > 0); // a phrase of punctuation only is an error
          const m = compileRules([{ id: 'p', query: `${field}"${phrase}"` }]);
          expect(m.invalid).toEqual([]);
          expect(matchPaper(m, { title: words.join(' ') }).matches.map((x) => x.id)).toEqual(['p']);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a title word, upper-cased or with its accents stripped, still matches as a word', () => {
    fc.assert(
      fc.property(fc.array(titleWord, { minLength: 1, maxLength: 10 }), fc.nat(), (words, i) => {
        const word = words[i % words.length] ?? '';
        const folded = normalizeWords(word);
        fc.pre(folded.length === 1);
        const variants = [word.toUpperCase(), folded[0] ?? ''];
        for (const v of variants) {
          // Upper-casing can change letters (ᾀ → ἈΙ), so only variants that fold back to the word count.
          fc.pre(!/["()*:]|^-/.test(v) && !/^(?:OR|AND|ANDNOT|NOT)$/.test(v) && normalize(v) === folded[0]);
          const m = compileRules([{ id: 'w', query: v }]);
          expect(matchPaper(m, { title: words.join(' ') }).matches).toHaveLength(1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// Differential test against a reference evaluator. The vocabulary is prefix-free, has no word that is
// another's plural, and papers use only these words, so compounding and plurals cannot make a
// difference: "matches" is then plain Boolean logic over "these words occur in a row in that
// field", which the reference computes naively. Random rule trees are printed with random use of
// implicit AND, AND, -, NOT, ANDNOT and only the parentheses precedence requires (or more).
const VOCAB = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
type Field = '' | 'ti:' | 'abs:' | 'kw:';
type Tree =
  | { t: 'term'; field: Field; words: string[]; wildcard: boolean }
  | { t: 'not'; item: Tree }
  | { t: 'and' | 'or'; items: Tree[] };

const term: fc.Arbitrary<Tree> = fc
  .record({
    field: fc.constantFrom<Field>('', '', 'ti:', 'abs:', 'kw:'),
    words: fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 3 }),
    wildcard: fc.boolean(),
  })
  .map(({ field, words, wildcard }) => {
    const w = wildcard ? [(words[0] ?? 'alpha').slice(0, 3)] : words;
    return { t: 'term', field, words: w, wildcard };
  });
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    term,
    fc.record({ t: fc.constant('not' as const), item: tie('node') }),
    fc.record({ t: fc.constantFrom('and' as const, 'or' as const), items: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
  ),
})).node;

function print(node: Tree, rnd: () => number, parent: 'and' | 'or' | 'not' | 'top'): string {
  switch (node.t) {
    case 'term': {
      const text = node.wildcard ? `${node.words[0]}*` : node.words.length > 1 || rnd() < 0.3 ? `"${node.words.join(' ')}"` : node.words[0];
      return `${node.field}${text}`;
    }
    case 'not': {
      // The grammar has no double negation without parentheses: NOT (NOT a), -(-a).
      const inner = node.item.t === 'not' ? `(${print(node.item, rnd, 'top')})` : print(node.item, rnd, 'not');
      // "-" must touch a term or "(": both forms only for those; NOT works with a space.
      return rnd() < 0.5 ? `NOT ${inner}` : `-${inner}`;
    }
    case 'and': {
      const parts = node.items.map((n) => print(n, rnd, 'and'));
      let out = parts[0] ?? '';
      parts.slice(1).forEach((p, i) => {
        const item = node.items[i + 1];
        if (item?.t === 'not' && item.item.t !== 'not' && rnd() < 0.3) out += ` ANDNOT ${print(item.item, rnd, 'not')}`;
        else out += rnd() < 0.5 ? ` ${p}` : ` AND ${p}`;
      });
      return parent === 'not' || (parent !== 'top' && parent !== 'or') || rnd() < 0.3 ? `(${out})` : out;
    }
    case 'or': {
      const out = node.items.map((n) => print(n, rnd, 'or')).join(' OR ');
      return parent === 'top' && rnd() < 0.7 ? out : `(${out})`;
    }
  }
}

interface RefPaper {
  title: string[];
  abstract: string[];
  aiKeywords: string[][];
}
const occurs = (tokens: string[], words: string[], wildcard: boolean): boolean =>
  wildcard
    ? tokens.some((t) => t.startsWith(words[0] ?? ''))
    : tokens.some((_t, i) => words.every((w, j) => tokens[i + j] === w));
function refEval(node: Tree, p: RefPaper): boolean {
  switch (node.t) {
    case 'term': {
      const segments =
        node.field === 'ti:' ? [p.title] : node.field === 'abs:' ? [p.abstract] : node.field === 'kw:' ? p.aiKeywords : [p.title, p.abstract, ...p.aiKeywords];
      return segments.some((s) => occurs(s, node.words, node.wildcard));
    }
    case 'not':
      return !refEval(node.item, p);
    case 'and':
      return node.items.every((n) => refEval(n, p));
    case 'or':
      return node.items.some((n) => refEval(n, p));
  }
}

const tokens = fc.array(fc.constantFrom(...VOCAB), { maxLength: 8 });
const refPaper = fc.record({ title: tokens, abstract: tokens, aiKeywords: fc.array(fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 3 }), { maxLength: 3 }) });
// Papers render the words with random case and separators, which must not matter.
function render(words: string[], rnd: () => number): string {
  return words.map((w) => (rnd() < 0.3 ? w.toUpperCase() : w)).reduce((s, w, i) => (i === 0 ? w : s + [' ', ' ', '-', ', ', ' ('][Math.floor(rnd() * 5)] + w), '');
}

describe('differential: compiled matcher = reference semantics', () => {
  it('agrees on random rules and papers, each rule alone and all rules compiled together', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.array(refPaper, { minLength: 1, maxLength: 6 }), fc.integer(), (trees, papers, seed) => {
        let s = seed;
        const rnd = (): number => ((s = (Math.imul(s, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
        const rules = trees.map((t, i) => ({ id: `r${i}`, query: print(t, rnd, 'top') }));
        const together = compileRules(rules);
        expect(together.invalid).toEqual([]);
        for (const p of papers) {
          const paper = { title: render(p.title, rnd), abstract: render(p.abstract, rnd), aiKeywords: p.aiKeywords.map((k) => render(k, rnd)) };
          const expected = rules.filter((_r, i) => refEval(trees[i] as Tree, p)).map((r) => r.id);
          expect(matchPaper(together, paper).matches.map((m) => m.id), JSON.stringify({ rules, paper })).toEqual(expected);
          const alone = rules.filter((r) => matchPaper(compileRules([r]), paper).matches.length > 0).map((r) => r.id);
          expect(alone).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });
});
