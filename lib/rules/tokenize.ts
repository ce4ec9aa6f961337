// Lexer of the rule language (DESIGN §5.6). Decisions, all documented in the README of lib/rules
// (index.ts) as well:
// - Operators are AND, OR, ANDNOT, NOT in capitals only, as on arXiv; "or", "and", "not" are words
//   (with a warning, since "diffusion or flow" almost surely meant OR).
// - "-" negates only at the start of a token, so `first-order` is one word. A "-" with nothing
//   attached (`a - b`) is an error, not ignored: ignoring it would silently turn an exclusion into
//   an inclusion.
// - `*` is a prefix wildcard only at the end of a word with at least one letter before it; a lone
//   `*` (which would match every paper) and a `*` inside a word are errors. Inside quotes every
//   character is text, so `*` there is punctuation.
// - Field names are case-insensitive (`TI:` = `ti:`); a `name:` prefix that is not a field is an
//   error ("unknown field"), which also catches pasted `arXiv:2401.00001` or URLs.

import { FIELDS, type Field, type QueryError, type QueryWarning } from './ast';
import { normalizeWords } from './normalize';

export type Operator = 'AND' | 'OR' | 'ANDNOT' | 'NOT';

export type Token =
  | { kind: 'lparen' | 'rparen' | 'neg'; position: number }
  | { kind: 'op'; op: Operator; position: number }
  | { kind: 'term'; field: Field; words: string[]; prefix: boolean; source: string; position: number };

export type LexResult =
  | { ok: true; tokens: Token[]; warnings: QueryWarning[] }
  | { ok: false; error: QueryError };

const OPERATORS = new Set<string>(['AND', 'OR', 'ANDNOT', 'NOT']);
// A category code: archive, optionally ".subject" (cs.LG, hep-th, cond-mat.stat-mech, astro-ph).
const CATEGORY_RE = /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)?$/;

class LexError extends Error {
  constructor(readonly position: number, message: string) {
    super(message);
  }
}

const fail = (position: number, message: string): never => {
  throw new LexError(position, `${message} at ${position}`);
};

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const endsBare = (c: string | undefined): boolean =>
  c === undefined || c === '(' || c === ')' || c === '"' || isSpace(c);

export function tokenize(query: string): LexResult {
  const tokens: Token[] = [];
  const warnings: QueryWarning[] = [];
  try {
    let i = 0;
    while (i < query.length) {
      const c = query[i];
      if (isSpace(c)) {
        i++;
      } else if (c === '(' || c === ')') {
        tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', position: i++ });
      } else if (c === '-') {
        const next = query[i + 1];
        if (next === undefined || isSpace(next) || next === ')') {
          fail(i, "'-' must be directly followed by the term it excludes");
        }
        tokens.push({ kind: 'neg', position: i++ });
      } else if (c === '"') {
        const end = closingQuote(query, i);
        tokens.push(phrase(query, i, end, 'any', i));
        i = end + 1;
      } else {
        let j = i;
        while (!endsBare(query[j])) j++;
        i = bare(query, i, j, tokens, warnings);
      }
    }
  } catch (e) {
    if (e instanceof LexError) return { ok: false, error: { position: e.position, message: e.message } };
    throw e;
  }
  return { ok: true, tokens, warnings };
}

/** Lexes the bare word query[start, end); returns where lexing continues. */
function bare(query: string, start: number, end: number, tokens: Token[], warnings: QueryWarning[]): number {
  const raw = query.slice(start, end);
  if (OPERATORS.has(raw)) {
    tokens.push({ kind: 'op', op: raw as Operator, position: start });
    return end;
  }
  const fieldMatch = /^([A-Za-z]+):/.exec(raw);
  let field: Field = 'any';
  let textStart = start;
  if (fieldMatch) {
    const name = fieldMatch[1] ?? '';
    const lower = name.toLowerCase();
    if (!(FIELDS as readonly string[]).includes(lower)) fail(start, `unknown field '${name}'`);
    field = lower as Field;
    textStart = start + fieldMatch[0].length;
    if (textStart === end) {
      // `ti:"a phrase"`: the phrase follows the colon directly.
      if (query[end] === '"') {
        const close = closingQuote(query, end);
        tokens.push(phrase(query, end, close, field, start));
        return close + 1;
      }
      fail(start, `'${name}:' must be followed by a word or a quoted phrase`);
    }
    if (query[textStart] === '-') fail(start, `put '-' before the field, as in -${lower}:word,`);
  } else if (/^(?:or|and|not|andnot)$/i.test(raw)) {
    warnings.push({
      position: start,
      message: `'${raw}' is searched as a word; operators are written in capitals (${raw.toUpperCase()})` +
        ` at ${start}`,
    });
  }
  let text = query.slice(textStart, end);
  const star = text.indexOf('*');
  const prefix = star >= 0;
  if (prefix) {
    if (star !== text.length - 1) fail(textStart + star, "'*' is allowed only at the end of a word");
    text = text.slice(0, -1);
    if (text === '') fail(textStart + star, "'*' needs the start of a word before it, as in optim*,");
  }
  tokens.push(term(field, text, prefix, raw, start, textStart));
  return end;
}

function closingQuote(query: string, open: number): number {
  const close = query.indexOf('"', open + 1);
  if (close < 0) fail(open, 'unterminated quote');
  return close;
}

function phrase(query: string, open: number, close: number, field: Field, start: number): Token {
  const text = query.slice(open + 1, close);
  if (normalizeWords(text).length === 0 && field !== 'cat') fail(open, 'empty phrase');
  return term(field, text, false, query.slice(start, close + 1), start, open + 1);
}

function term(
  field: Field,
  text: string,
  prefix: boolean,
  source: string,
  position: number,
  textStart: number,
): Token {
  if (field === 'cat') {
    const code = text.trim().toLowerCase();
    if (!CATEGORY_RE.test(code)) {
      fail(textStart, `'${text}' is not an arXiv category such as cs.LG or hep-th`);
    }
    return { kind: 'term', field, words: [code], prefix, source, position };
  }
  const words = normalizeWords(text);
  if (words.length === 0) fail(textStart, `'${text}' has no letters or digits to search for`);
  return { kind: 'term', field, words, prefix, source, position };
}
