// Which terms wake a rule: matchPaper evaluates a rule only when one of them occurred in the paper
// (plus the exclusion-only rules, for every paper). Any set will do such that the rule fails
// whenever none of its terms occurs; the smaller and rarer, the fewer rules are evaluated in vain.
// All terms outside negations always qualify (with only negated terms present a rule that fails
// on an empty paper fails all the more), but for `cat:cs.LG transformer` the word alone does: a
// conjunction fails when any one part does, so one part's wakers are enough, and a category, which
// half the papers share, wakes the rule for every one of them.

import type { Node, TermNode } from './ast';

interface Wakers {
  terms: TermNode[];
  /** How often they may occur, roughly: a category or an author more often than a word. */
  cost: number;
}

const COST: Record<string, number> = { cat: 64, au: 8 };

/** Terms of which one must occur for `ast` to hold, or null when `ast` may hold without any. */
export function wakers(ast: Node): TermNode[] | null {
  return necessary(ast, true)?.terms ?? null;
}

/**
 * `holds`: terms of which one occurs whenever `node` holds; otherwise whenever it fails (for a
 * negation's operand). A term that does not occur fails, so it is its own waker when it must hold
 * and nothing can make it fail. Of a conjunction that must hold (or a disjunction that must fail)
 * one part's wakers suffice; of the other two cases every part's are needed.
 */
function necessary(node: Node, holds: boolean): Wakers | null {
  if (node.type === 'term') return holds ? { terms: [node], cost: COST[node.field] ?? 1 } : null;
  if (node.type === 'not') return necessary(node.item, !holds);
  const parts = node.items.map((item) => necessary(item, holds));
  if ((node.type === 'and') === holds) {
    let best: Wakers | null = null;
    for (const p of parts) if (p !== null && (best === null || p.cost < best.cost)) best = p;
    return best;
  }
  if (parts.some((p) => p === null)) return null;
  return { terms: parts.flatMap((p) => p?.terms ?? []), cost: parts.reduce((sum, p) => sum + (p?.cost ?? 0), 0) };
}
