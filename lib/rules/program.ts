// A compiled rule is a short postfix program over the per-paper hit table: one interpreter loop
// evaluates every rule, where a tree of closures would make each rule its own chain of calls
// (megamorphic call sites, none inlined). Rules are small, so evaluating every term (no
// short-circuit) costs less than branching around it: each term is one array read.

import type { Node, TermNode } from './ast';
import type { Scratch } from './matcher';

/** Push whether text unit `u` was found in a field of `mask`: TEXT u mask. */
const TEXT = 0;
/** Push whether `au:`/`cat:` leaf k holds: LEAF k. */
const LEAF = 1;
/** Negate the top: NOT. */
const NOT = 2;
/** Replace the top n by their conjunction / disjunction: AND n, OR n. */
const AND = 3;
const OR = 4;

export type TermCode = { kind: 'text'; unit: number; mask: number } | { kind: 'leaf'; leaf: number };

/**
 * The program of `ast`; `term` gives each term node's operand (and may record it). `positive`:
 * the term is under an even number of negations.
 */
export function emit(ast: Node, term: (node: TermNode, positive: boolean) => TermCode): Int32Array {
  const code: number[] = [];
  const visit = (node: Node, positive: boolean): void => {
    if (node.type === 'term') {
      const t = term(node, positive);
      if (t.kind === 'text') code.push(TEXT, t.unit, t.mask);
      else code.push(LEAF, t.leaf);
    } else if (node.type === 'not') {
      visit(node.item, !positive);
      code.push(NOT);
    } else {
      for (const item of node.items) visit(item, positive);
      code.push(node.type === 'and' ? AND : OR, node.items.length);
    }
  };
  visit(ast, true);
  return Int32Array.from(code);
}

/** Stack depth a program needs (at most one entry per term). */
export function depth(code: Int32Array): number {
  let n = 0;
  for (let pc = 0; pc < code.length; pc += code[pc] === NOT ? 1 : code[pc] === TEXT ? 3 : 2) {
    if (code[pc] === TEXT || code[pc] === LEAF) n++;
  }
  return n;
}

export function evaluate(code: Int32Array, s: Scratch): boolean {
  const stack = s.stack;
  let sp = 0;
  for (let pc = 0; pc < code.length; ) {
    const op = code[pc] as number;
    if (op === TEXT) {
      stack[sp++] = ((s.fields[code[pc + 1] as number] as number) & (code[pc + 2] as number)) !== 0 ? 1 : 0;
      pc += 3;
    } else if (op === LEAF) {
      stack[sp++] = s.leafHit[code[pc + 1] as number] as number;
      pc += 2;
    } else if (op === NOT) {
      stack[sp - 1] = (stack[sp - 1] as number) ^ 1;
      pc += 1;
    } else {
      const n = code[pc + 1] as number;
      let r = op === AND ? 1 : 0;
      for (let i = 0; i < n; i++) r = op === AND ? r & (stack[--sp] as number) : r | (stack[--sp] as number);
      stack[sp++] = r;
      pc += 2;
    }
  }
  return stack[0] === 1;
}
