// Recursive-descent parser for DESIGN §5.6:
//   or    = and { "OR" and }
//   and   = unary { [ "AND" ] unary | "ANDNOT" unary }     (implicit AND binds tighter than OR)
//   unary = ( "-" | "NOT" ) atom | atom
//   atom  = "(" or ")" | term
// So `a OR b c` = a OR (b AND c), and `a ANDNOT b c` = (a AND NOT b) AND c. Errors are values that
// name the position and the problem; parseQuery never throws, whatever the string.

import type { Node, ParseResult, QueryWarning, TermNode } from './ast';
import { tokenize, type Token } from './tokenize';

class ParseError extends Error {
  constructor(readonly position: number, message: string) {
    super(message);
  }
}

export function parseQuery(query: string): ParseResult {
  try {
    if (typeof query !== 'string' || query.trim() === '') {
      return { ok: false, error: { position: 0, message: 'empty query' } };
    }
    const lexed = tokenize(query);
    if (!lexed.ok) return lexed;
    const ast = new Parser(lexed.tokens).parse();
    return { ok: true, ast, warnings: [...lexed.warnings, ...excludeOnlyWarning(ast)] };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: { position: e.position, message: e.message } };
    // Not reachable by design; kept so a bug here shows as an invalid rule, never as a crash.
    return { ok: false, error: { position: 0, message: 'could not read this query' } };
  }
}

// Deeper nesting is surely a mistake, and recursion (here and in the compiler) must stay bounded.
const MAX_DEPTH = 50;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.or();
    const extra = this.peek();
    // Only a ")" can stop `or` early: every other token starts or continues an expression.
    if (extra) this.fail(extra.position, 'unbalanced parenthesis');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private fail(position: number, message: string, atEnd = false): never {
    throw new ParseError(position, atEnd ? message : `${message} at ${position}`);
  }

  private isOp(t: Token | undefined, op: string): boolean {
    return t?.kind === 'op' && t.op === op;
  }

  private or(): Node {
    const items = [this.and()];
    while (this.isOp(this.peek(), 'OR')) {
      const op = this.tokens[this.i++] as Token;
      this.expectOperand(op, 'OR');
      items.push(this.and());
    }
    return items.length === 1 ? (items[0] as Node) : { type: 'or', items };
  }

  private and(): Node {
    const items = [this.unary()];
    for (;;) {
      const t = this.peek();
      if (this.isOp(t, 'AND') || this.isOp(t, 'ANDNOT')) {
        this.i++;
        const name = t?.kind === 'op' ? t.op : 'AND';
        this.expectOperand(t as Token, name);
        const operand = this.unary();
        const position = (t as Token).position;
        items.push(name === 'ANDNOT' ? { type: 'not', item: operand, position } : operand);
      } else if (t && (t.kind === 'term' || t.kind === 'lparen' || t.kind === 'neg' || this.isOp(t, 'NOT'))) {
        items.push(this.unary()); // implicit AND
      } else {
        break;
      }
    }
    return items.length === 1 ? (items[0] as Node) : { type: 'and', items };
  }

  private unary(): Node {
    const t = this.peek();
    if (t && (t.kind === 'neg' || this.isOp(t, 'NOT'))) {
      this.i++;
      const name = t.kind === 'neg' ? "'-'" : 'NOT';
      const next = this.peek();
      if (!next) this.fail(t.position, `dangling ${name} at end`, true);
      if (next.kind !== 'term' && next.kind !== 'lparen') {
        this.fail(t.position, `${name} must be followed by a term or '('`);
      }
      return { type: 'not', item: this.atom(), position: t.position };
    }
    return this.atom();
  }

  private atom(): Node {
    const t = this.peek();
    if (!t) return this.fail(0, 'empty query'); // unreachable: callers check first
    if (t.kind === 'term') {
      this.i++;
      const { field, words, prefix, source, position } = t;
      const node: TermNode = { type: 'term', field, words, prefix, source, position };
      return node;
    }
    if (t.kind === 'lparen') {
      if (++this.depth > MAX_DEPTH) this.fail(t.position, 'parentheses nested too deeply');
      this.i++;
      const next = this.peek();
      if (next?.kind === 'rparen') this.fail(t.position, 'empty parentheses');
      if (!next) this.fail(t.position, 'unbalanced parenthesis');
      const inner = this.or();
      if (this.peek()?.kind !== 'rparen') this.fail(t.position, 'unbalanced parenthesis');
      this.i++;
      this.depth--;
      return inner;
    }
    if (t.kind === 'rparen') return this.fail(t.position, 'unbalanced parenthesis');
    // An operator where a term must be: AND/OR/ANDNOT at the start, or two operators in a row.
    const name = t.kind === 'op' ? t.op : "'-'";
    return this.fail(t.position, `${name} needs a term before it`);
  }

  /** After a binary operator: something must follow, and it must be able to start an operand. */
  private expectOperand(op: Token, name: string): void {
    const next = this.peek();
    if (!next) this.fail(op.position, `dangling ${name} at end`, true);
    if (next.kind === 'rparen' || (next.kind === 'op' && next.op !== 'NOT')) {
      this.fail(op.position, `${name} needs a term after it`);
    }
  }
}

/** A rule made only of exclusions matches almost every paper: legal, but worth saying. */
function excludeOnlyWarning(ast: Node): QueryWarning[] {
  return canMatchWithoutTerms(ast)
    ? [{ position: 0, message: 'this rule only excludes: it matches every paper without those terms' }]
    : [];
}

function canMatchWithoutTerms(node: Node): boolean {
  switch (node.type) {
    case 'term':
      return false;
    case 'not':
      return !canMatchWithoutTerms(node.item);
    case 'and':
      return node.items.every(canMatchWithoutTerms);
    case 'or':
      return node.items.some(canMatchWithoutTerms);
  }
}
