// The parsed form of a keyword rule (DESIGN §5.6). Terms carry their words already folded by
// normalize.ts, so compiling and matching never look at the raw query again.

/** Field prefixes of the rule language; `any` is "no field" (title, abstract, AI summary, keywords). */
export type Field = 'any' | 'ti' | 'abs' | 'kw' | 'au' | 'cat' | 'all';

export const FIELDS: readonly Field[] = ['ti', 'au', 'abs', 'cat', 'kw', 'all'];

export interface TermNode {
  type: 'term';
  field: Field;
  /** Folded words, in order. A quoted phrase or a hyphenated word has several; `cat:` has one code. */
  words: string[];
  /** `word*`: the last word is a prefix. */
  prefix: boolean;
  /** The term as the user wrote it (with its field), for chips and explanations. */
  source: string;
  position: number;
}

export interface NotNode {
  type: 'not';
  item: Node;
  position: number;
}

export interface GroupNode {
  type: 'and' | 'or';
  items: Node[];
}

export type Node = TermNode | NotNode | GroupNode;

export interface QueryError {
  /** UTF-16 index into the query where the problem is (the options page puts the caret there). */
  position: number;
  message: string;
}

export interface QueryWarning {
  position: number;
  message: string;
}

export type ParseResult =
  | { ok: true; ast: Node; warnings: QueryWarning[] }
  | { ok: false; error: QueryError };
