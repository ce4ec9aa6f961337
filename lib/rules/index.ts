// Keyword rules (DESIGN §5.6): one matcher for highlighting, alerts and the options preview.
//
//   const matcher = compileRules(rules);            // once per change of the rules
//   const { matches } = matchPaper(matcher, paper); // per paper; never throws
//   matches: [{ id, label, terms: [{ term: 'ti:diffusion', field: 'title', words: ['diffusion'] }] }]
//
// `terms` (which term matched in which field, with the words it matched) is what chips and marks
// show; `matchPaper(m, p, { terms: false })` skips it where only ids matter (alerts).
// A content script that should not carry the parser can compile what the background parsed:
// `parseRules(rules).parsed` is plain JSON, and `compileParsedRules(parsed)` builds the same matcher.
// The options preview can fold its sample papers once with `preparePaper` and reuse them for every
// recompiled matcher (prepare again if a paper changes, e.g. when its categories arrive).
//
// Speed (bench/rules.ts: 500 rules × 10,000 papers): every term of every rule is one entry of a
// shared index (phrase-index.ts); a paper's fields are cut into words once (cut.ts: plain text is
// read as given, and only markup and non-ASCII pieces are folded, where they stand), and each word
// costs a bit test or two (sieve.ts) unless some term can begin there (scan.ts, scan-wild.ts); a
// rule is evaluated (program.ts) only when a term it needs occurred (wakers.ts). A slow
// reference reading of the rules (reference-matcher.ts) checks all of it (differential.test.ts).
//
// Language decisions beyond §5.6:
// - AND, OR, ANDNOT, NOT are operators only in capitals (as on arXiv); lowercase "or" is a word, and
//   parseQuery warns about it. Field names are case-insensitive (`TI:` = `ti:`).
// - "-" negates only at the start of a token (`first-order` is one word). A "-" followed by a space
//   or nothing is an error: ignoring it would turn an exclusion into an inclusion.
// - "*" is a wildcard only at the end of a word with at least one letter before it: a lone "*"
//   (which would match every paper) and "op*im" are errors. Inside quotes it is punctuation.
// - A hyphenated word is a phrase: `zeroth-order` = "zeroth order" = zerothorder. A query word
//   matches one text word or two or three joined (`firstorder` ↔ "first-order", `tsne` ↔ "t-SNE");
//   a phrase matches its words in order with the same allowance, never across two fields, keywords
//   or authors.
// - Plural/singular (s, es, ies↔y) applies to a word and to the last word of a phrase; `au:` words
//   get none, and a one-letter `au:` word is an initial (`au:"g hinton"`).
// - `cat:x` matches the code x, codes starting "x." or "x-" (`cat:hep` → hep-th), and their aliases
//   (math.IT ↔ cs.IT …); `cat:x*` is a plain prefix. `all:` also covers authors and category codes.
// - A rule made only of exclusions (`-cat:cs.CV`) is valid and matches papers lacking the terms;
//   parseQuery warns. Fields a paper lacks do not match, so on a paper without categories
//   `-cat:cs.CV` holds: matchPaper lists such rules in `awaitingCategories`, and
//   rulesNeedCategories(matcher) says whether categories should be fetched at all.
// - Parentheses nest at most 50 deep (an error beyond: recursion stays bounded).

export type { Field, Node, ParseResult, QueryError, QueryWarning, TermNode } from './ast';
export { parseQuery } from './parse';
export { normalize, normalizeWords } from './normalize';
export { wordForms } from './plural';
export { compileParsedRules, compileRules } from './compile';
export { parseRules, type InvalidRule, type ParsedRule } from './parsed-rules';
export { rulesNeedCategories, type Matcher, type RuleInput } from './matcher';
export { matchPaper, type MatchOptions, type MatchResult, type RuleMatch } from './match';
export type { TermMatch } from './explain';
export { preparePaper, type MatchablePaper, type PaperField, type PreparedPaper } from './paper';
export { validateLabel, ruleLabel, type LabelCheck } from './label';
export { CATEGORY_ALIASES } from './categories';
