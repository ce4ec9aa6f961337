import { describe, expect, it } from 'vitest';
import { OLD_ID_ARXIV_BIBTEX, VASWANI_ARXIV_BIBTEX } from './__fixtures__/library';
import { readBibtex } from './bibtex-reader';
import { importBibtex, keywordTags, untex } from './import-bibtex';
import type { ImportOutcome } from './import-types';

const ids = (o: ImportOutcome) => (o.ok ? o.papers.map((p) => p.id) : o.error);

// How other tools write arXiv papers (shapes taken from their exports).
const ZOTERO_BIBTEX = `
@misc{vaswani_attention_2017,
	title = {Attention {Is} {All} {You} {Need}},
	url = {http://arxiv.org/abs/1706.03762},
	doi = {10.48550/arXiv.1706.03762},
	publisher = {arXiv},
	author = {Vaswani, Ashish and Shazeer, Noam},
	month = dec,
	year = {2017},
	note = {arXiv:1706.03762 [cs]},
	keywords = {Computer Science - Computation and Language, Computer Science - Machine Learning},
}
`;
const BETTER_BIBTEX = `@online{vaswaniAttentionAllYou2017,
  title = {Attention {{Is All You Need}}},
  author = {Vaswani, Ashish},
  date = {2017-06-12},
  eprint = {1706.03762v5},
  eprinttype = {arxiv},
  eprintclass = {cs},
  keywords = {transformers;to read},
}`;
const GOOGLE_SCHOLAR = `@article{devlin2018bert,
  title={Bert: Pre-training of deep bidirectional transformers for language understanding},
  author={Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina},
  journal={arXiv preprint arXiv:1810.04805},
  year={2018}
}`;
const MENDELEY = `@article{Kingma2014,
archivePrefix = {arXiv},
arxivId = {1412.6980},
author = {Kingma, Diederik P. and Ba, Jimmy},
eprint = {1412.6980},
title = {{Adam: A Method for Stochastic Optimization}},
year = {2014}
}`;

describe('importBibtex', () => {
  it("reads arXiv's own entries, new and old ids", () => {
    expect(ids(importBibtex(VASWANI_ARXIV_BIBTEX + '\n\n' + OLD_ID_ARXIV_BIBTEX))).toEqual(['1706.03762', 'hep-th/9901001']);
  });

  it('reads Zotero, Better BibTeX, Google Scholar and Mendeley entries', () => {
    const out = importBibtex([ZOTERO_BIBTEX, BETTER_BIBTEX, GOOGLE_SCHOLAR, MENDELEY].join('\n'));
    expect(ids(out)).toEqual(['1706.03762', '1706.03762', '1810.04805', '1412.6980']);
    expect(out.ok && out.papers[1]!.tags).toEqual(['transformers', 'to read']);
    expect(out.ok && out.papers[0]!.tags).toEqual(['Computer Science - Computation and Language', 'Computer Science - Machine Learning']);
    expect(out.ok && out.errors).toEqual([]);
  });

  it('takes eprint only for arXiv', () => {
    const hal = '@article{h, eprint = {2101.00001}, eprinttype = {hal}, title = {T}}';
    const out = importBibtex(hal + '\n@misc{a, eprint = {2101.00002}, archivePrefix = {arXiv}}');
    expect(ids(out)).toEqual(['2101.00002']);
    expect(out.ok && out.errors).toEqual(['line 1: @article{h}: no arXiv id (eprint, arXiv DOI or arXiv URL)']);
  });

  it('finds ids in DOIs, URL fields and mentions, braced or \\url-wrapped', () => {
    const text = [
      '@misc{a, doi = {10.48550/ARXIV.2101.00003}}',
      '@misc{b, howpublished = {\\url{https://arxiv.org/pdf/2101.00004v2.pdf}}}',
      '@misc{c, url = "https://huggingface.co/papers/2101.00005"}',
      '@misc{d, note = {See arXiv: 2101.00006.}}',
      '@misc{e, journal = {CoRR}, volume = {abs/2101.00007}, url = {https://doi.org/10.48550/arXiv.2101.00007}}',
      '@misc{f, note = {hep-th/9901001}}',
    ].join('\n');
    expect(ids(importBibtex(text))).toEqual(['2101.00003', '2101.00004', '2101.00005', '2101.00006', '2101.00007', 'hep-th/9901001']);
  });

  it('does not take a bare number in free text for an id', () => {
    const out = importBibtex('@book{x, note = {pages 1706.03762}, doi = {10.1103/PhysRevD.1.1}}');
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toBe('no BibTeX entry with an arXiv id was found: line 1: @book{x}: no arXiv id (eprint, arXiv DOI or arXiv URL)');
  });

  it('skips @comment, @preamble and text between entries; expands @string', () => {
    const text = `Some notes, and an address: me@example.org
@comment{ @misc{fake, eprint={2101.99999}} }
@preamble{ "\\newcommand{\\x}{y}" }
@string{ax = "arXiv"}
@string(id = "2101.00008")
@misc{real, eprint = id, archiveprefix = ax}
% a line comment with @misc{nope, eprint={2101.99998}
`;
    const out = importBibtex(text);
    expect(ids(out)).toEqual(['2101.00008']);
  });

  it('reads entries delimited by parentheses, quotes with braces inside, concatenation', () => {
    const text = '@misc(p, title = "A {"}quoted{"} title", eprint = "2101." # "00009", archivePrefix = {arXiv})';
    expect(ids(importBibtex(text))).toEqual(['2101.00009']);
  });

  it('reports a broken entry with its line and goes on with the next', () => {
    const text = [
      '@misc{good1, eprint = {2101.00010}}',
      '@misc{broken, eprint = {2101.00011}, title = {unclosed',
      '@misc{good2, eprint = {2101.00012}}',
      '@misc{noeq, eprint {2101.00013}}',
      '@misc{good3, eprint = {2101.00014}}',
    ].join('\n');
    const out = importBibtex(text);
    // The broken entry's eprint came before the damage, so it is kept (and said so).
    expect(ids(out)).toEqual(['2101.00010', '2101.00011', '2101.00012', '2101.00014']);
    expect(out.ok && out.errors).toEqual([
      'line 2: @misc{broken}: unbalanced braces at line 2 (read up to there)',
      'line 4: @misc{noeq}: expected "=" after eprint at line 4',
    ]);
  });

  it('stays fast on a large file full of broken entries', () => {
    const n = 20_000;
    const text = Array.from({ length: n }, (_, i) => `@misc{k${i}, eprint = {2101.${String(i + 1).padStart(5, '0')}}, title = {unclosed`).join('\n');
    const start = performance.now();
    const out = importBibtex(text);
    expect(performance.now() - start).toBeLessThan(3_000);
    expect(out.ok && out.papers).toHaveLength(n);
    expect(out.ok && out.errors).toHaveLength(n);
  });

  it('fails clearly on a file with no entries', () => {
    for (const text of ['just text', '@', '@misc', '{"format":"x"}']) {
      const out = importBibtex(text);
      expect(out.ok).toBe(false);
      expect(!out.ok && out.error).toMatch(/^no BibTeX entry with an arXiv id was found/);
    }
  });
});

describe('readBibtex', () => {
  it('returns raw field values with their lines', () => {
    const [e] = readBibtex('\n\n@Article{K1,\n  Title = {A {B} $x^2$},\n  YEAR = 2020,\n  month = jan\n}');
    expect(e).toEqual({ type: 'article', key: 'K1', line: 3, fields: new Map([['title', 'A {B} $x^2$'], ['year', '2020'], ['month', 'jan']]) });
  });
  it('keeps the first of repeated fields, as BibTeX does', () => {
    expect(readBibtex('@misc{k, eprint={1}, eprint={2}}')[0]!.fields.get('eprint')).toBe('1');
  });
  it('tolerates extra commas and an empty entry', () => {
    expect(readBibtex('@misc{k,, a={1},,}\n@misc{empty}').map((e) => [e.key, [...e.fields]])).toEqual([
      ['k', [['a', '1']]],
      ['empty', []],
    ]);
  });
});

describe('keywordTags / untex', () => {
  it('splits on commas and semicolons outside braces and undoes our escapes', () => {
    expect(keywordTags('{tex, commas}, {a;b}, R\\&D\\_50\\%, x \\textless{} y')).toEqual(['tex, commas', 'a;b', 'R&D_50%', 'x < y']);
    expect(keywordTags('a,a, ,b')).toEqual(['a', 'b']);
    expect(untex('\\textbraceleft{}x\\textbraceright{} \\^{} \\#1 \\$')).toBe('{x} ^ #1 $');
  });
});
