import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './__fixtures__/golden';
import { HF_ONLY, NOW, PARTICLES, T0, TEX, VASWANI, fixtureLibrary, saved } from './__fixtures__/library';
import { exportLibrary } from './index';
import { risName, risRecord, toRis } from './ris';

describe('RIS export', () => {
  it('writes a GEN record with CRLF line ends', () => {
    const rec = risRecord(saved(TEX, T0, { tags: ['x'], note: 'line one\nline two' }));
    expect(rec.split('\r\n')).toEqual([
      'TY  - GEN',
      'TI  - Sorting in $O(n^2)$ Time via H\\"older Inequalities and \\emph{Sparse} "Quoted", Comma, Words',
      'AU  - Müller, Łukasz',
      'AU  - 李明',
      'AU  - de Vries, H.',
      'PY  - 2021',
      'DA  - 2021/03/15',
      'DO  - 10.48550/arXiv.2101.00001',
      'UR  - https://arxiv.org/abs/2101.00001',
      'L1  - https://arxiv.org/pdf/2101.00001',
      'AN  - arXiv:2101.00001',
      'PB  - arXiv',
      'AB  - We prove a bound of $O(n^2)$ using H\\"older. It holds for 50% of {inputs} & #1 items with x_i, "quoted", commas, and a stray } brace.',
      'KW  - x',
      'KW  - cs.DS',
      'KW  - math.CO',
      'N1  - line one line two',
      'N1  - Journal reference: Phys. Rev. D 1, 1 (2021)',
      'N1  - Journal DOI: 10.1103/PhysRevD.1.1',
      'ER  - ',
      '',
    ]);
    expect(rec).not.toMatch(/[^\r]\n/);
  });

  it('writes names as "Family, Given[, Suffix]"', () => {
    expect(PARTICLES.authors.map(risName)).toEqual([
      'van der Waals, Johannes Diderik',
      'von Neumann, John',
      'King, Martin Luther, Jr.',
      'Ford, Henry, III',
    ]);
    expect(risName('Vaswani')).toBe('Vaswani');
  });

  it('skips the tags it has no value for', () => {
    expect(risRecord(saved(HF_ONLY, T0))).toBe(
      'TY  - GEN\r\nTI  - The Untitled\r\nDO  - 10.48550/arXiv.2402.00002\r\nUR  - https://arxiv.org/abs/2402.00002\r\n' +
        'L1  - https://arxiv.org/pdf/2402.00002\r\nAN  - arXiv:2402.00002\r\nPB  - arXiv\r\nER  - \r\n',
    );
  });

  it('separates records with one blank line', () => {
    const text = toRis([saved(VASWANI, T0), saved(HF_ONLY, T0)]);
    expect(text).toContain('ER  - \r\n\r\nTY  - GEN\r\n');
    expect(text.endsWith('ER  - \r\n')).toBe(true);
  });

  it('matches the golden file for the fixture library', () => {
    expectGolden('library.ris', exportLibrary('ris', { saved: fixtureLibrary(), now: NOW }).text);
  });

  it('is read back by @citation-js/plugin-ris with the right titles, authors and DOIs', () => {
    const lib = fixtureLibrary();
    const data = new Cite(toRis(lib)).data as {
      title: string;
      author?: { family?: string; given?: string; literal?: string }[];
      DOI: string;
      URL: string;
      issued?: { 'date-parts': number[][] };
    }[];
    expect(data).toHaveLength(lib.length);
    for (const [i, d] of data.entries()) {
      const p = lib[i]!.paper;
      expect(d.title).toBe(p.title.replace(/\s+/g, ' ').trim());
      expect(d.DOI).toBe('10.48550/arXiv.' + p.id);
      expect(d.URL).toBe('https://arxiv.org/abs/' + p.id);
      expect(d.author?.length ?? 0).toBe(p.authors.length);
    }
    expect(data[0]!.author![5]).toEqual({ family: 'Gomez', given: 'Aidan N.' });
    expect(data[0]!.issued).toEqual({ 'date-parts': [[2023, 8, 2]] });
    expect(data[1]!.author).toEqual([{ family: 'Müller', given: 'Łukasz' }, { family: '李明' }, { family: 'de Vries', given: 'H.' }]);
  });
});
