import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './__fixtures__/golden';
import { HF_ONLY, NOW, PARTICLES, T0, VASWANI, fixtureLibrary, saved } from './__fixtures__/library';
import { cslItem, cslName, toCslItems, toCslJson } from './csl-json';
import { exportLibrary } from './index';

describe('CSL-JSON export', () => {
  it('writes the item Zotero and citation.js read', () => {
    expect(cslItem(saved(VASWANI, T0, { tags: ['a', 'b'] }), 'vaswani2023attentionneed')).toEqual({
      id: 'vaswani2023attentionneed',
      'citation-key': 'vaswani2023attentionneed',
      type: 'article',
      title: 'Attention Is All You Need',
      author: VASWANI.authors.map((a) => {
        const i = a.lastIndexOf(' ');
        return { given: a.slice(0, i), family: a.slice(i + 1) };
      }),
      issued: { 'date-parts': [[2023, 8, 2]] },
      number: 'arXiv:1706.03762',
      DOI: '10.48550/arXiv.1706.03762',
      URL: 'https://arxiv.org/abs/1706.03762',
      publisher: 'arXiv',
      abstract: VASWANI.abstract,
      keyword: 'a, b',
    });
  });

  it('keeps particles in the family name and suffixes apart', () => {
    expect(PARTICLES.authors.map(cslName)).toEqual([
      { family: 'van der Waals', given: 'Johannes Diderik' },
      { family: 'von Neumann', given: 'John' },
      { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
      { family: 'Ford', given: 'Henry', suffix: 'III' },
    ]);
    expect(cslName('李明')).toEqual({ family: '李明' });
  });

  it('leaves out what it does not know', () => {
    const item = cslItem(saved(HF_ONLY, T0), 'k');
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('abstract');
    expect(item).not.toHaveProperty('keyword');
    expect(item.author).toEqual([]);
  });

  it('matches the golden file for the fixture library', () => {
    expectGolden('library.csl.json', exportLibrary('csl-json', { saved: fixtureLibrary(), now: NOW }).text);
  });

  it('is accepted by citation.js as CSL-JSON, items unchanged, and formats to BibTeX with our keys', () => {
    const lib = fixtureLibrary();
    const items = toCslItems(lib);
    const cite = new Cite(JSON.parse(toCslJson(lib)));
    const data = cite.data as Record<string, unknown>[];
    expect(data).toHaveLength(lib.length);
    for (const [i, d] of data.entries()) {
      const { _graph: _g, ...rest } = d;
      expect(rest).toEqual(items[i]);
    }
    const bib = cite.format('bibtex') as string;
    expect(bib).toContain('{vaswani2023attentionneed,');
    expect(bib).toContain('smith2020deeplearningtodaytomorrowb');
  });
});
