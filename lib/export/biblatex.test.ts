import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './__fixtures__/golden';
import { HF_ONLY, MANY_AUTHORS, NOW, OLD_ID, T0, TEX, VASWANI, fixtureLibrary, saved } from './__fixtures__/library';
import { biblatexEntry, toBiblatex } from './biblatex';
import { exportLibrary } from './index';

describe('biblatex export', () => {
  it('writes an @online entry with the arXiv fields', () => {
    expect(biblatexEntry(saved(VASWANI, T0, { tags: ['transformers'] }), 'vaswani2023attentionneed', false)).toBe(
      [
        '@online{vaswani2023attentionneed,',
        '  title = {Attention Is All You Need},',
        '  author = {Ashish Vaswani and Noam Shazeer and Niki Parmar and Jakob Uszkoreit and Llion Jones and Aidan N. Gomez and Lukasz Kaiser and Illia Polosukhin},',
        '  date = {2023-08-02},',
        '  eprinttype = {arxiv},',
        '  eprint = {1706.03762},',
        '  eprintclass = {cs.CL},',
        '  doi = {10.48550/arXiv.1706.03762},',
        '  url = {https://arxiv.org/abs/1706.03762},',
        '  keywords = {transformers}',
        '}',
      ].join('\n'),
    );
  });

  it('puts a journal reference and DOI into addendum, and escapes the abstract', () => {
    const out = biblatexEntry(saved(TEX, T0), 'k');
    expect(out).toContain('  addendum = {Published in Phys. Rev. D 1, 1 (2021). DOI 10.1103/PhysRevD.1.1},');
    expect(out).toContain('  doi = {10.48550/arXiv.2101.00001},');
    expect(out).toContain('50\\% of {inputs} \\& \\#1 items with x\\_i');
    expect(out).toContain('a stray \\textbraceright{} brace.}');
  });

  it('leaves out the abstract on request, and fields it has no value for', () => {
    expect(biblatexEntry(saved(TEX, T0), 'k', false)).not.toContain('abstract');
    const hf = biblatexEntry(saved(HF_ONLY, T0), 'k');
    expect(hf).not.toMatch(/author|date|eprintclass|abstract|keywords/);
  });

  it('braces a tag holding a comma so biblatex keeps it one keyword', () => {
    expect(biblatexEntry(saved(VASWANI, T0, { tags: ['a, b', 'c'] }), 'k', false)).toContain('  keywords = {{a, b}, c}');
  });

  it('uses the library-wide keys', () => {
    const lib = fixtureLibrary();
    const text = exportLibrary('biblatex', { saved: [lib[10]!], allSaved: lib, now: NOW }).text;
    expect(text.startsWith('@online{smith2020deeplearningtodaytomorrowb,')).toBe(true);
  });

  it('matches the golden file for the fixture library', () => {
    expectGolden('library-biblatex.bib', exportLibrary('biblatex', { saved: fixtureLibrary(), now: NOW }).text);
  });

  it('is read by @retorquere/bibtex-parser with no errors and the right fields', () => {
    const lib = fixtureLibrary();
    const parsed = parse(toBiblatex(lib), { english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(lib.length);
    for (const [i, e] of parsed.entries.entries()) {
      const p = lib[i]!.paper;
      expect(e.type).toBe('online');
      expect(e.fields.eprinttype).toBe('arxiv');
      expect(e.fields.eprint).toBe(p.id);
      expect(e.fields.doi).toBe('10.48550/arXiv.' + p.id);
      expect(e.fields.url).toBe('https://arxiv.org/abs/' + p.id);
      expect((e.fields.author ?? []).length).toBe(p.authors.length);
      if (p.updated) expect(e.fields.date).toBe(p.updated.slice(0, 10));
      if (p.primaryCategory) expect(e.fields.eprintclass).toBe(p.primaryCategory);
    }
    const byId = new Map(parsed.entries.map((e) => [e.fields.eprint, e]));
    expect(byId.get(VASWANI.id)!.fields.keywords).toEqual(['to read', 'transformers']);
    expect(byId.get(MANY_AUTHORS.id)!.fields.author).toHaveLength(120);
    expect(byId.get(OLD_ID.id)!.fields.addendum).toBe('Published in Int. J. Theor. Phys. 38 (1999) 1113-1133. DOI 10.1023/A:1026654312961');
    expect(byId.get(TEX.id)!.fields.abstract!.normalize('NFC')).toBe(
      'We prove a bound of O(n²) using Hölder. It holds for 50% of inputs & #1 items with x_i, "quoted", commas, and a stray } brace.',
    );
  });
});
