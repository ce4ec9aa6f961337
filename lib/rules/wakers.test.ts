import { describe, expect, it } from 'vitest';
import type { Node } from './ast';
import { compileRules } from './compile';
import { parseQuery } from './parse';
import { wakers } from './wakers';

const ast = (query: string): Node => {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
};
/** The terms that wake the rule, as written; null: the rule is evaluated for every paper. */
const wake = (query: string): string[] | null => wakers(ast(query))?.map((t) => t.source) ?? null;

describe('wakers', () => {
  it('lets one part of a conjunction wake it, a word rather than a category or an author', () => {
    expect(wake('cat:cs.LG transformer')).toEqual(['transformer']);
    expect(wake('au:hinton cat:cs')).toEqual(['au:hinton']);
    expect(wake('hessian -cat:cs.CV')).toEqual(['hessian']);
    expect(wake('(diffusion OR "score matching") optim*')).toEqual(['optim*']);
  });

  it('needs every part of a disjunction', () => {
    expect(wake('diffusion OR cat:cs.CV')).toEqual(['diffusion', 'cat:cs.CV']);
    expect(wake('(a1 b1) OR (c1 cat:cs)')).toEqual(['a1', 'c1']);
  });

  it('reads through negations', () => {
    // NOT (NOT x OR NOT y) is x AND y; NOT (x AND NOT y) holds without x: it wakes on nothing.
    expect(wake('NOT (-hessian OR -curvature)')).toEqual(['hessian']);
    expect(wake('NOT (hessian -curvature)')).toBeNull();
    expect(wake('-cat:cs.CV')).toBeNull();
    expect(wake('hessian OR -curvature')).toBeNull();
  });

  it('is null exactly for the rules that hold on a paper without any of their terms', () => {
    for (const query of ['-x1', 'x1 OR -y1', 'NOT (x1 y1)', 'x1', '-x1 y1', '(x1 OR y1) -z1', 'NOT (-x1 OR -y1)']) {
      const [rule] = compileRules([{ id: 'r', query }]).rules;
      expect(wake(query) === null, query).toBe(rule?.always);
    }
  });
});
