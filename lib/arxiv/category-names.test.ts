// The shipped category table is arXiv's taxonomy, code for code and name for name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_ALIASES } from '../rules';
import { ARXIV_CATEGORIES, arxivCategory } from './category-names';

const taxonomy = JSON.parse(readFileSync(new URL('../../tests/fixtures/arxiv-categories.json', import.meta.url), 'utf8')) as {
  categories: { id: string; name: string; archive: string; active: boolean }[];
  aliases: Record<string, string>;
};

describe('ARXIV_CATEGORIES', () => {
  it('is every active category of arxiv-categories.json with its name and archive, in its order', () => {
    const expected = taxonomy.categories.filter((c) => c.active).map((c) => ({ code: c.id, name: c.name, archive: c.archive }));
    expect(expected.length).toBeGreaterThan(150);
    // Regenerate lib/arxiv/category-names.json from the fixture when this fails.
    expect(ARXIV_CATEGORIES).toEqual(expected);
  });

  it('holds both codes of every alias pair, so the picker offers either', () => {
    for (const [alias, canonical] of Object.entries(taxonomy.aliases)) {
      expect(arxivCategory(alias)?.code).toBe(alias);
      expect(arxivCategory(canonical)?.code).toBe(canonical);
    }
    expect(CATEGORY_ALIASES).toEqual(taxonomy.aliases);
  });

  it('looks codes up in any case', () => {
    expect(arxivCategory(' CS.lg ')).toEqual({ code: 'cs.LG', name: 'Machine Learning', archive: 'cs' });
    expect(arxivCategory('cs.XX')).toBeUndefined();
  });
});
