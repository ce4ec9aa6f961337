import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryMatches, categoryQueriesFor } from './categories';
import { CATEGORY_ALIASES, compileRules, matchPaper } from './index';

// arXiv's taxonomy as captured in the shared fixture (copied into tests/fixtures).
const taxonomy = JSON.parse(readFileSync(new URL('../../tests/fixtures/arxiv-categories.json', import.meta.url), 'utf8')) as {
  categories: { id: string; archive: string }[];
  aliases: Record<string, string>;
};

const catMatches = (query: string, categories: string[]): boolean =>
  matchPaper(compileRules([{ id: 'r', query }]), { title: 'x', categories }).matches.length === 1;

describe('cat: against arxiv-categories.json', () => {
  it('uses exactly the aliases of the taxonomy', () => {
    expect(CATEGORY_ALIASES).toEqual(taxonomy.aliases);
  });

  const aliases = Object.entries(taxonomy.aliases);
  it.each(aliases)('%s and %s are one category, both ways', (alias, canonical) => {
    expect(catMatches(`cat:${alias}`, [canonical])).toBe(true);
    expect(catMatches(`cat:${canonical}`, [alias])).toBe(true);
    // …and each name's archive finds a paper listed under the other name.
    const archiveOf = (code: string): string => code.split('.')[0] ?? code;
    expect(catMatches(`cat:${archiveOf(alias)}`, [canonical])).toBe(true);
    expect(catMatches(`cat:${archiveOf(canonical)}`, [alias])).toBe(true);
  });

  it.each(taxonomy.categories.map((c) => [c.id, c.archive]))('%s: by its code and by its archive %s', (id, archive) => {
    expect(catMatches(`cat:${id}`, [id])).toBe(true);
    expect(catMatches(`cat:${id.toLowerCase()}`, [id])).toBe(true);
    expect(catMatches(`cat:${archive}`, [id])).toBe(true);
    expect(catMatches(`cat:${id}X`, [id])).toBe(false);
  });

  it('does not confuse neighbouring codes', () => {
    expect(catMatches('cat:cs.LG', ['cs.CL'])).toBe(false);
    expect(catMatches('cat:math', ['stat.ML'])).toBe(false);
    expect(catMatches('cat:hep-th', ['hep-ph'])).toBe(false);
    expect(catMatches('cat:physics', ['astro-ph.CO'])).toBe(false);
    expect(catMatches('cat:cs.SY', ['eess.SP'])).toBe(false);
  });
});

describe('categoryQueriesFor (lookup by code) agrees with categoryMatches (test by pair)', () => {
  it('on every pair of taxonomy codes, their archives and their leading parts', () => {
    const codes = taxonomy.categories.map((c) => c.id.toLowerCase());
    const queries = new Set<string>();
    for (const c of codes) for (let i = 1; i <= c.length; i++) queries.add(c.slice(0, i));
    for (const code of codes) {
      const found = new Set(categoryQueriesFor(code));
      for (const q of queries) expect(found.has(q), `${q} vs ${code}`).toBe(categoryMatches(code, q, false));
    }
  });
});
