// @vitest-environment happy-dom
// The category picker searches arXiv's real codes and names (lib/arxiv/category-names.json).
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { ARXIV_CATEGORIES } from '../../lib/arxiv/category-names';
import { CategoryPicker } from './category-picker';
import { searchCategories } from './category-search';
import { button, click, field, mount, type, unmountAll } from './test-utils';

afterEach(unmountAll);

const codes = (query: string) => searchCategories(query).map((c) => c.code);

describe('searchCategories', () => {
  it('finds categories by code prefix, code first, and by words of the name', () => {
    expect(codes('')).toHaveLength(ARXIV_CATEGORIES.length);
    // Codes starting with what was typed come first; then names with a word starting "l" (cs.CL:
    // Computation and Language).
    expect(codes('cs.l').slice(0, 2)).toEqual(['cs.LG', 'cs.LO']);
    expect(codes('cs.l')).toContain('cs.CL');
    expect(codes('cs.lg')).toEqual(['cs.LG']);
    expect(codes('machine learning')).toEqual(['cs.LG', 'stat.ML']);
    expect(codes('hep')).toEqual(['hep-ex', 'hep-lat', 'hep-ph', 'hep-th']);
    expect(codes('quant')).toContain('quant-ph');
    expect(codes('optim control')).toEqual(['math.OC']);
    expect(codes('QUANTUM gas')).toEqual(['cond-mat.quant-gas']);
    expect(codes('no such thing')).toEqual([]);
  });
});

function Harness({ initial }: { initial: string[] }) {
  const [picked, setPicked] = useState(initial);
  return (
    <>
      <CategoryPicker id="t" selected={picked} onChange={setPicked} />
      <output>{picked.join(' ')}</output>
    </>
  );
}

describe('CategoryPicker', () => {
  it('filters the list as the user types; ticking and the chips pick and unpick', async () => {
    const root = await mount(<Harness initial={['hep-th']} />);
    expect(root.querySelectorAll('.pr-category-list li')).toHaveLength(ARXIV_CATEGORIES.length);
    await type(field(root, 'Search arXiv categories'), 'machine learning');
    const items = [...root.querySelectorAll('.pr-category-list li')].map((li) => li.textContent);
    expect(items).toEqual(['cs.LG Machine Learning', 'stat.ML Machine Learning']);
    expect(root.textContent).toContain('2 categories');

    await click(field(root, 'stat.ML Machine Learning'));
    expect(root.querySelector('output')!.textContent).toBe('hep-th stat.ML');
    await click(button(root, 'Remove hep-th'));
    expect(root.querySelector('output')!.textContent).toBe('stat.ML');
    expect([...root.querySelectorAll('.pr-chip span')].map((s) => s.textContent)).toEqual(['stat.ML']);

    await type(field(root, 'Search arXiv categories'), 'information theory');
    expect([...root.querySelectorAll('.pr-category-list li')].map((li) => li.textContent)).toEqual([
      'cs.IT Information Theory (same as math.IT)',
      'math.IT Information Theory (same as cs.IT)',
    ]);
    await type(field(root, 'Search arXiv categories'), 'zzz');
    expect(root.textContent).toContain('No category matches.');
  });
});
