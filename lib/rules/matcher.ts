// What compileRules produces and matchPaper reads: the rules as closures over a per-paper hit
// table, the shared phrase indexes, and the scratch space reused from one paper to the next.

import type { Node, QueryError, TermNode } from './ast';
import type { PhraseIndex } from './phrase-index';

export interface RuleInput {
  id: string;
  query: string;
  label?: string;
  enabled?: boolean;
}

/** Per-paper state the closures read: which fields each unit was found in, which leaves hold. */
export interface Scratch {
  fields: Uint8Array;
  leafHit: Uint8Array;
  /** Where units occurred, four numbers per occurrence: unit, field bit, first word, end word. */
  spans: number[];
  /** Per rule: already queued for evaluation (reset after each paper). */
  ruleSeen: Uint8Array;
}

export type Test = (s: Scratch) => boolean;

export type Leaf =
  | { kind: 'text'; term: TermNode; unit: number; mask: number }
  | { kind: 'au'; term: TermNode; leaf: number; units: number[] }
  | { kind: 'cat'; term: TermNode; leaf: number; code: string; prefix: boolean };

export interface CompiledRule {
  id: string;
  label: string;
  ast: Node;
  test: Test;
  /** Matches a paper in which no term occurs (only exclusions): evaluated for every paper. */
  always: boolean;
  usesCategories: boolean;
  /** The leaf of each term node, for explaining a match. */
  leaves: Map<TermNode, Leaf>;
}

export interface Matcher {
  readonly rules: readonly CompiledRule[];
  readonly invalid: readonly { id: string; query: string; error: QueryError }[];
  readonly text: PhraseIndex;
  readonly authors: PhraseIndex;
  /** Text fields some term looks in (only these are folded and scanned). */
  readonly textBits: number;
  readonly auLeaves: readonly Extract<Leaf, { kind: 'au' }>[];
  readonly catLeaves: readonly Extract<Leaf, { kind: 'cat' }>[];
  /** `cat:` leaves without `*`, by their code: looked up with categoryQueriesFor(paper code). */
  readonly catByCode: ReadonlyMap<string, readonly number[]>;
  /** Rules to evaluate when a signal fires: text unit u is signal u, leaf k is units.length + k. */
  readonly signalRules: readonly (readonly number[])[];
  /** Indexes of the rules with `always` set. */
  readonly alwaysRules: readonly number[];
  /** Ids of the rules that use `cat:`. */
  readonly categoryRules: readonly string[];
  readonly scratch: Scratch;
}

/** Whether some rule uses `cat:`: then papers without categories (Hugging Face cards) need them fetched. */
export function rulesNeedCategories(matcher: Matcher): boolean {
  return matcher.categoryRules.length > 0;
}
