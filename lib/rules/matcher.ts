// What compileRules produces and matchPaper reads: the rules as programs over a per-paper hit
// table, the shared phrase indexes, and the scratch space reused from one paper to the next.

import type { Node, QueryError, TermNode } from './ast';
import type { PhraseIndex } from './phrase-index';
import { Hits } from './hits';
import { Sieve } from './sieve';

export interface RuleInput {
  id: string;
  query: string;
  label?: string;
  enabled?: boolean;
}

/**
 * Per-paper state the programs read (which fields each unit was found in, which leaves hold), and
 * the lists that say what to reset after the paper. Typed arrays sized once per matcher, so a paper
 * allocates nothing here.
 */
export interface Scratch {
  fields: Uint8Array;
  leafHit: Uint8Array;
  /** Where text units occurred (explanations read it). */
  spans: Hits;
  /** Where author units occurred. */
  authorSpans: Hits;
  /** The words worth scanning of the field last cut or sifted, for each index (sieve.ts). */
  textSieve: Sieve;
  authorSieve: Sieve;
  /** The first `unitCount` entries: units with a field bit set. */
  hitUnits: Int32Array;
  unitCount: number;
  /** The first `leafCount` entries: leaves set. */
  hitLeaves: Int32Array;
  leafCount: number;
  /** The first `queued` entries: rules to evaluate, each marked in `ruleSeen`. */
  order: Int32Array;
  queued: number;
  ruleSeen: Uint8Array;
  /** Per author unit, the last author it was found in, numbered across papers (see authors.ts). */
  authorMark: Int32Array;
  authorNumber: number;
  /** The evaluation stack of program.ts. */
  stack: Uint8Array;
}

export type Leaf =
  | { kind: 'text'; term: TermNode; unit: number; mask: number }
  | { kind: 'au'; term: TermNode; leaf: number; units: number[] }
  | { kind: 'cat'; term: TermNode; leaf: number; code: string; prefix: boolean };

export interface CompiledRule {
  id: string;
  label: string;
  ast: Node;
  /** The rule as a program over the scratch (program.ts). */
  program: Int32Array;
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
  /** For each author unit, the `au:` leaves (indexes into auLeaves) that use it. */
  readonly auLeavesByUnit: readonly (readonly number[])[];
  readonly catLeaves: readonly Extract<Leaf, { kind: 'cat' }>[];
  /** The `cat:x*` leaves: plain prefixes, tested code by code. */
  readonly catPrefixLeaves: readonly Extract<Leaf, { kind: 'cat' }>[];
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

export function newScratch(text: PhraseIndex, authors: PhraseIndex, leaves: number, rules: number, stack: number): Scratch {
  const units = text.units.length;
  const authorUnits = authors.units.length;
  return {
    fields: new Uint8Array(units),
    leafHit: new Uint8Array(leaves),
    spans: new Hits(),
    authorSpans: new Hits(),
    textSieve: new Sieve(text),
    authorSieve: new Sieve(authors),
    hitUnits: new Int32Array(units),
    unitCount: 0,
    hitLeaves: new Int32Array(leaves),
    leafCount: 0,
    order: new Int32Array(rules),
    queued: 0,
    ruleSeen: new Uint8Array(rules),
    authorMark: new Int32Array(authorUnits).fill(-1),
    authorNumber: 0,
    stack: new Uint8Array(stack),
  };
}

/** Marks leaf `leaf` as holding for this paper (once; the list says what to reset). */
export function holdLeaf(s: Scratch, leaf: number): void {
  if (s.leafHit[leaf] === 0) {
    s.leafHit[leaf] = 1;
    s.hitLeaves[s.leafCount++] = leaf;
  }
}
