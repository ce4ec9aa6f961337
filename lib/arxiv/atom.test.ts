import { describe, expect, it } from 'vitest';
import { listFixtures, readFixture } from '../../tests/support/fixtures';
import { atomDocumentError, parseArxivAtom } from './atom';

const parse = (name: string) => parseArxivAtom(readFixture(`arxiv-api/${name}`));
const byId = (name: string) => new Map(parse(name).entries.map((e) => [e.id, e]));

describe('parseArxivAtom on every real capture', () => {
  const files = listFixtures('arxiv-api');

  it('finds all twelve captures', () => expect(files).toHaveLength(12));

  it.each(files)('%s parses as a feed, every real entry valid', (name) => {
    const result = parse(name);
    expect(atomDocumentError(result)).toBeUndefined();
    expect(result.errors.filter((e) => e.kind === 'invalid-entry')).toEqual([]);
    for (const e of result.entries) {
      expect(e.title).not.toMatch(/\s{2}|\n/);
      expect(e.summary).not.toMatch(/\n/);
      const ref = e.version ? `${e.id}v${e.version}` : e.id;
      expect(e.absUrl).toBe(`https://arxiv.org/abs/${ref}`);
      expect(e.pdfUrl).toBe(`https://arxiv.org/pdf/${ref}`);
    }
  });

  it('counts entries per file as read off the files', () => {
    const counts = Object.fromEntries(files.map((f) => [f, parse(f).entries.length]));
    expect(counts).toEqual({
      'docs-2007_error_incorrect_id_format.xml': 0,
      'docs-2007_typical_response_all_electron.xml': 1,
      'new-2025-11-11_query.xml': 10,
      'new-2025-11-11_query_doc.xml': 1,
      'new-2025-11-11_query_doc_long.xml': 10,
      'new-2025-11-11_query_empty.xml': 0,
      'new-2025-11-11_query_missing_id.xml': 1,
      'old-2025-08_query.xml': 10,
      'old-2025-08_query_doc.xml': 1,
      'old-2025-08_query_doc_long.xml': 10,
      'old-2025-08_query_empty.xml': 0,
      'old-2025-08_query_missing_id.xml': 1,
    });
  });
});

describe('2206.06921 in both formats', () => {
  const oldE = byId('old-2025-08_query_doc.xml').get('2206.06921')!;
  const newE = byId('new-2025-11-11_query_doc.xml').get('2206.06921')!;

  it('agrees on id, version, title, dates of v1, categories, refs', () => {
    for (const e of [oldE, newE]) {
      expect(e.version).toBe(3);
      expect(e.title).toBe('Attainable forms of Assouad spectra');
      expect(e.published).toBe('2022-06-14T15:35:46Z');
      expect(e.authors).toEqual([{ name: 'Alex Rutar', affiliations: [] }]);
      // The old server also lists the MSC class "28A80 (Primary) 39B62 (Secondary)": not a category.
      expect(e.categories).toEqual(['math.CA', 'math.DS', 'math.MG']);
      expect(e.primaryCategory).toBe('math.CA');
      expect(e.doi).toBe('10.1512/iumj.2024.73.9928');
      expect(e.journalRef).toBe('Indiana Univ. Math. J. 73 (2024), 1331-1356');
    }
    // Hard-wrapped in the old capture, one line in the new: the same string after collapsing.
    expect(oldE.comment).toBe(newE.comment);
    expect(newE.comment).toMatch(/^25 pages, 5 figures\. v3: Many typo fixes and substantially improved exposition,/);
  });

  it('keeps `updated` as each server reports it (they differ)', () => {
    expect(oldE.updated).toBe('2024-08-12T11:56:51Z');
    expect(newE.updated).toBe('2025-01-30T01:23:42Z');
  });

  it('keeps TeX in the old abstract and Unicode in the new one', () => {
    expect(oldE.summary).toContain('can fail to be H\\"older in a neighbourhood of 1.');
    expect(newE.summary).toContain('can fail to be Hölder in a neighbourhood of 1.');
    expect(oldE.summary).toContain('$0<\\lambda<\\theta<1$'); // &lt; decoded
    expect(oldE.summary.startsWith('Let $d\\in\\mathbb{N}$')).toBe(true);
  });
});

describe('missing ids', () => {
  it('old format: one real entry, three empty placeholders skipped', () => {
    const r = parse('old-2025-08_query_missing_id.xml');
    expect(r.entries.map((e) => e.id)).toEqual(['2201.13452']);
    expect(r.placeholders).toBe(3);
    expect(r.errors).toEqual([]);
    const e = r.entries[0]!;
    expect(e.title).toBe('Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease');
    expect(e.categories).toEqual(['math.AP']); // "35" (MSC) left out
    expect(e.updated).toBe('2022-01-31T18:59:34Z');
  });

  it('new format: the unknown ids are simply absent', () => {
    const r = parse('new-2025-11-11_query_missing_id.xml');
    expect(r.entries.map((e) => e.id)).toEqual(['2201.13452']);
    expect(r.placeholders).toBe(0);
    expect(r.entries[0]!.updated).toBe('2022-02-01T04:27:03Z');
    expect(r.entries[0]!.authors.map((a) => a.name)).toEqual(['Hong-Ming Yin', 'Jun Zou']);
  });

  it('empty feeds give no entries and no errors', () => {
    for (const f of ['old-2025-08_query_empty.xml', 'new-2025-11-11_query_empty.xml']) {
      expect(parse(f)).toEqual({ entries: [], errors: [], placeholders: 0 });
    }
  });
});

describe('fields read off specific entries', () => {
  it('new search capture: old-style ids, versions, authors, affiliations, refs', () => {
    const m = byId('new-2025-11-11_query.xml');
    expect([...m.keys()]).toEqual([
      'nucl-ex/0408020', '1309.4668', '1606.02159', '1610.08734', '2102.00018',
      '0803.1617', '1205.6628', 'nucl-th/9910021', '1602.03411', '1401.3666',
    ]);
    const nucl = m.get('nucl-ex/0408020')!;
    expect(nucl.version).toBe(1);
    expect(nucl.authors).toHaveLength(9);
    expect(nucl.authors[8]!.name).toBe('H. de Vries');
    expect(nucl.categories).toEqual(['nucl-ex', 'hep-ph']);
    expect(nucl.journalRef).toBeUndefined();
    expect(nucl.doi).toBeUndefined();
    const isis = m.get('1309.4668')!;
    expect(isis.authors).toEqual([
      { name: 'A. Pertica', affiliations: ['Rutherford'] },
      { name: 'S. J. Payne', affiliations: ['Rutherford'] },
    ]);
    expect(isis.doi).toBe('10.5170/CERN-2013-002.237');
    expect(isis.journalRef).toBe('CERN Yellow Report CERN-2013-002, pp.237-240');
    expect(isis.absUrl).toBe('https://arxiv.org/abs/1309.4668v1');
    expect(m.get('nucl-th/9910021')!.version).toBe(3);
    expect(m.get('nucl-th/9910021')!.pdfUrl).toBe('https://arxiv.org/pdf/nucl-th/9910021v3');
    // `&amp;` in the journal ref decoded once.
    expect(m.get('1610.08734')!.journalRef).toContain('Hanahoe, K., & Mete-Apsimon, O. (2017)');
  });

  it('old search capture: hard-wrapped title and comment, affiliation, Unicode names', () => {
    const m = byId('old-2025-08_query.xml');
    const prelc = m.get('hep-ph/9411242')!;
    expect(prelc.title).toBe(
      'Proton-ring and Electron-linac Collider (PRELC) as a (first) TeV-rangeelectron-proton or photon-proton collider',
    );
    expect(prelc.authors).toEqual([{ name: 'Raimo Vuopionperä', affiliations: ['SEFT, Univ. Helsinki'] }]);
    expect(m.get('1403.6944')!.comment).toBe(
      '4 pages, 4 figures, talk given at the 6th International Conference on Hard and Electromagnetic Probes of High-Energy Nuclear Collisions (Hard Probes 2013), November 4-8, 2013 (Cape Town, South Africa)',
    );
    expect(m.get('1403.6944')!.authors.map((a) => a.name)).toEqual(['T. Lappi', 'H. Mäntysaari']);
    expect(m.get('1706.01836')!.version).toBe(2);
    expect(m.get('1706.01836')!.authors).toHaveLength(5);
    expect(m.get('0806.3233')!.categories).toEqual(['cond-mat.other', 'physics.bio-ph', 'q-bio.SC']);
  });

  it('doc_long captures: Unicode titles, old ids, updated differing between servers', () => {
    const n = byId('new-2025-11-11_query_doc_long.xml');
    const o = byId('old-2025-08_query_doc_long.xml');
    expect(n.get('1704.03514')!.title).toBe('Diffusion on Fractal Cesàro Curve');
    expect(n.get('2311.05385')!.authors[0]!.name).toBe('Eduardo Muñoz-Hernández');
    expect(n.get('math/0702122')).toMatchObject({ version: 1, primaryCategory: 'math.SP', categories: ['math.SP', 'math.CA'] });
    expect(o.get('0802.0463')!.authors[1]!.name).toBe('Peter Sjögren');
    expect(o.get('1911.03261')!.categories).toEqual(['math.CA']);
    expect(o.get('1810.03952')!.updated).toBe('2020-07-25T01:09:06Z');
    expect(n.get('1810.03952')!.updated).toBe('2020-07-28T00:06:08Z');
    expect(o.get('1810.03952')!.version).toBe(n.get('1810.03952')!.version);
  });

  it('2007 documentation sample: a collaboration author, a journal ref, an id without version', () => {
    const e = parse('docs-2007_typical_response_all_electron.xml').entries[0]!;
    // Its <id> names no version (`…/abs/hep-ex/0307015`): the entry keeps none rather than guessing.
    expect(e.version).toBeUndefined();
    expect(e.absUrl).toBe('https://arxiv.org/abs/hep-ex/0307015');
    expect(e).toMatchObject({
      id: 'hep-ex/0307015',
      title: 'Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA',
      authors: [{ name: 'H1 Collaboration', affiliations: [] }],
      published: '2003-07-07T13:46:39-04:00',
      journalRef: 'Eur.Phys.J. C31 (2003) 17-29',
      comment: '23 pages, 8 figures and 4 tables',
      primaryCategory: 'hep-ex',
    });
  });
});

describe('errors', () => {
  it("arXiv's Error entry is a typed api-error naming the rejected id", () => {
    expect(parse('docs-2007_error_incorrect_id_format.xml').errors).toEqual([
      { kind: 'api-error', message: 'incorrect id format for 1234.12345', id: '1234.12345' },
    ]);
  });

  it('a truncated document is malformed, not a throw', () => {
    const xml = readFixture('arxiv-api/new-2025-11-11_query.xml');
    for (const cut of [100, xml.length / 2, xml.length - 10]) {
      const r = parseArxivAtom(xml.slice(0, cut));
      expect(r.entries).toEqual([]);
      expect(atomDocumentError(r)?.kind).toBe('malformed');
    }
  });

  it('an HTML error page, plain text and non-Atom XML are told apart', () => {
    const html = '<!DOCTYPE html><html><head><title>503</title></head><body><h1>Service Unavailable</h1></body></html>';
    expect(atomDocumentError(parseArxivAtom(html))).toMatchObject({ kind: 'not-atom' });
    expect(atomDocumentError(parseArxivAtom('Rate exceeded.'))).toMatchObject({ kind: 'malformed' });
    expect(atomDocumentError(parseArxivAtom('<?xml version="1.0"?><rss><channel/></rss>'))).toEqual({
      kind: 'not-atom',
      message: 'root element is <rss>, not an Atom <feed>',
    });
    expect(atomDocumentError(parseArxivAtom('  \n'))?.kind).toBe('empty');
    expect(atomDocumentError(parseArxivAtom(undefined as unknown as string))?.kind).toBe('empty');
  });

  it('one bad entry is reported and skipped; the others still count', () => {
    const xml = readFixture('arxiv-api/new-2025-11-11_query.xml').replace(
      '<published>2013-09-18T14:54:19Z</published>',
      '<published>last Tuesday</published>',
    );
    const r = parseArxivAtom(xml);
    expect(r.entries).toHaveLength(9);
    expect(r.errors).toEqual([{ kind: 'invalid-entry', index: 1, id: '1309.4668', message: 'entry 1309.4668v1: published: not a date' }]);
  });

  it('decodes numeric character references', () => {
    const xml = readFixture('arxiv-api/new-2025-11-11_query_doc.xml').replace('Attainable forms', 'Attainable f&#246;rms');
    expect(parseArxivAtom(xml).entries[0]!.title).toBe('Attainable förms of Assouad spectra');
  });
});
