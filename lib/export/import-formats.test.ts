import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCategoryCode } from './category-code';
import { importCslJson } from './import-csl-json';
import { importCsv } from './import-csv';
import { importRis } from './import-ris';
import { findIdsInText, importText } from './import-text';
import type { ImportOutcome } from './import-types';

const ids = (o: ImportOutcome) => (o.ok ? o.papers.map((p) => p.id) : o.error);
const errors = (o: ImportOutcome) => (o.ok ? o.errors : [o.error]);

describe('importRis', () => {
  it('reads records in LF files, with "ER  -" lacking its space, wrapped lines and foreign tags', () => {
    const text = [
      'TY  - JOUR',
      'TI  - Attention Is',
      'All You Need',
      'AU  - Vaswani, Ashish',
      'UR  - http://arxiv.org/abs/1706.03762v5',
      'KW  - Computer Science - Computation and Language',
      'N1  - my note',
      'ER  -',
      '',
      'TY  - GEN',
      'DO  - 10.48550/arXiv.hep-th/9901001',
      'KW  - hep-th',
      'KW  - strings',
      'N1  - Journal reference: X',
      'ER  - ',
    ].join('\n');
    const out = importRis(text);
    expect(ids(out)).toEqual(['1706.03762', 'hep-th/9901001']);
    expect(out.ok && out.papers).toEqual([
      { id: '1706.03762', needsLookup: true, tags: ['Computer Science - Computation and Language'], note: 'my note' },
      { id: 'hep-th/9901001', needsLookup: true, tags: ['strings'] },
    ]);
  });

  it('finds ids in AN, L1 and journal-like fields', () => {
    const text = ['TY  - GEN', 'AN  - arXiv:2101.00001', 'ER  - ', 'TY  - GEN', 'L1  - https://arxiv.org/pdf/2101.00002.pdf', 'ER  - ',
      'TY  - JOUR', 'JO  - arXiv preprint arXiv:2101.00003', 'ER  - '].join('\r\n');
    expect(ids(importRis(text))).toEqual(['2101.00001', '2101.00002', '2101.00003']);
  });

  it('reports records without an id and a record cut off before ER', () => {
    const text = ['TY  - JOUR', 'TI  - A journal paper', 'DO  - 10.1103/PhysRevD.1.1', 'ER  - ', 'TY  - GEN', 'UR  - https://arxiv.org/abs/2101.00004', 'ER  - ',
      'TY  - GEN', 'UR  - https://arxiv.org/abs/2101.0000'].join('\r\n');
    const out = importRis(text);
    expect(ids(out)).toEqual(['2101.00004']);
    expect(errors(out)).toEqual([
      'line 1: record "A journal paper" has no arXiv id',
      'line 8: record has no ER line (is the file complete?); left out',
    ]);
  });

  it('fails on a file with no records', () => {
    expect(errors(importRis('hello'))).toEqual(['no RIS record with an arXiv id was found']);
  });
});

describe('isCategoryCode', () => {
  it('knows every category of arXiv-categories.json, and their aliases', () => {
    const data = JSON.parse(readFileSync(new URL('../../tests/fixtures/arxiv-categories.json', import.meta.url), 'utf8')) as {
      categories: { id: string }[];
      aliases: Record<string, string>;
    };
    expect(data.categories.length).toBeGreaterThan(150);
    for (const c of data.categories) expect(isCategoryCode(c.id), c.id).toBe(true);
    for (const a of Object.keys(data.aliases)) expect(isCategoryCode(a), a).toBe(true);
  });
  it('knows old archives and leaves ordinary tags alone', () => {
    for (const c of ['hep-th', 'cmp-lg', 'alg-geom', 'astro-ph', 'cond-mat', 'q-alg']) expect(isCategoryCode(c), c).toBe(true);
    for (const t of ['to-read', 'math', 'physics', 'cs', 'ml', 'cs.', 'foo.LG', 'deep learning', 'cs.LG later']) expect(isCategoryCode(t), t).toBe(false);
  });
});

describe('importCsv', () => {
  it('reads other tables by an id, URL or DOI column, header in any case', () => {
    const text = 'Title,arXiv ID,Link\r\nA,2101.00001v2,\r\nB,,https://arxiv.org/abs/2101.00002\r\n"C, with comma",,"https://alphaxiv.org/abs/2101.00003"\r\n';
    expect(ids(importCsv(text))).toEqual(['2101.00001', '2101.00002', '2101.00003']);
    expect(ids(importCsv('doi\n10.48550/arXiv.2101.00004\n'))).toEqual(['2101.00004']);
  });

  it('reports rows without an arXiv id by line, counting quoted line breaks', () => {
    const out = importCsv('id,note\r\n2101.00001,"two\r\nlines"\r\nnot-an-id,x\r\n,only a note\r\n2101.00002,\r\n');
    expect(ids(out)).toEqual(['2101.00001', '2101.00002']);
    expect(errors(out)).toEqual(['line 4: "not-an-id" is not an arXiv id or URL', 'line 5: no arXiv id']);
    expect(out.ok && out.papers[0]!.note).toBe('two\r\nlines');
  });

  it('fails without an id column, on an unclosed quote, and with no rows', () => {
    expect(errors(importCsv('title,year\r\nA,2020\r\n'))).toEqual(['the CSV header has no id, url or doi column (found: title, year)']);
    expect(errors(importCsv('id,note\r\n2101.00001,"unclosed\r\n'))).toEqual(['line 2: a quoted field is not closed']);
    expect(errors(importCsv('id\r\n'))).toEqual(['no row with an arXiv id was found in the CSV file']);
  });
});

describe('importCslJson', () => {
  it('reads ids from number, DOI, URL, id and mentions; keyword as tags', () => {
    const items = [
      { type: 'article', number: 'arXiv:2101.00001', keyword: 'a, b' },
      { type: 'article', DOI: '10.48550/arXiv.2101.00002' },
      { type: 'webpage', URL: 'https://arxiv.org/abs/2101.00003v1' },
      { id: 'http://arxiv.org/abs/2101.00004' },
      { type: 'article', 'container-title': 'arXiv preprint arXiv:2101.00005' },
      { type: 'article-journal', title: 'A journal paper', DOI: '10.1103/x' },
      'not an item',
    ];
    const out = importCslJson(JSON.stringify(items));
    expect(ids(out)).toEqual(['2101.00001', '2101.00002', '2101.00003', '2101.00004', '2101.00005']);
    expect(out.ok && out.papers[0]!.tags).toEqual(['a', 'b']);
    expect(errors(out)).toEqual(['item 5 "A journal paper": no arXiv id', 'item 6: not an object']);
  });

  it('accepts a single item and an {items: []} wrapper', () => {
    expect(ids(importCslJson('{"type":"article","number":"arXiv:2101.00001"}'))).toEqual(['2101.00001']);
    expect(ids(importCslJson('{"items":[{"number":"arXiv:2101.00002"}]}'))).toEqual(['2101.00002']);
  });

  it('fails on truncated JSON and on JSON that is not CSL', () => {
    expect(errors(importCslJson('[{"number":"arXiv:2101.0'))[0]).toMatch(/^not valid JSON \(.+\); is the file complete\?$/);
    expect(errors(importCslJson('42'))).toEqual(['not CSL-JSON: expected an array of items']);
    expect(errors(importCslJson('[]'))).toEqual(['no CSL-JSON item with an arXiv id was found']);
  });
});

describe('importText', () => {
  it('finds every form in order, once each', () => {
    const text = `Papers: 1706.03762v5, arXiv:2101.00001 and arXiv: 2101.00002.
      <a href="https://arxiv.org/pdf/2101.00003v2.pdf">pdf</a> (https://huggingface.co/papers/2101.00004)
      [md](https://arxiv.org/abs/hep-th/9901001) doi.org/10.48550/arXiv.2101.00005; again 1706.03762.
      https://www.alphaxiv.org/overview/2101.00006 hepth/9901002 math.GT/0309136
      ref:arXiv:2101.00007 —arXiv:2101.00008—`;
    expect(findIdsInText(text)).toEqual([
      '1706.03762',
      '2101.00001',
      '2101.00002',
      '2101.00003',
      '2101.00004',
      'hep-th/9901001',
      '2101.00005',
      '2101.00006',
      'hep-th/9901002',
      'math/0309136',
      // Glued to other text: only the mention scanner finds these.
      '2101.00007',
      '2101.00008',
    ]);
  });

  it('ignores what only looks like an id', () => {
    const text =
      'Version 1.2.3, 192.168.1.1, 2021.12345 (month 21), 2024-01-15, https://example.com/abs/1706.03762, ' +
      'doi 10.1103/PhysRevD.1706.03762, https://arxiv.org/a/vaswani_a_1, https://arxiv.org/list/cs.LG/new, xarXiv:1706.03762';
    expect(findIdsInText(text)).toEqual([]);
  });

  it('fails when there is no id at all', () => {
    expect(errors(importText('nothing here'))).toEqual(['no arXiv id or arXiv paper link was found in the text']);
  });
});
