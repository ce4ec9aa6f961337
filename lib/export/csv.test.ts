import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './__fixtures__/golden';
import { FORMULA, NOW, T0, TEX, VASWANI, fixtureLibrary, generatedLibrary, saved } from './__fixtures__/library';
import { CSV_COLUMNS, FREE_TEXT_COLUMNS, csvField, csvValues, guardFormula, toCsv, unguardFormula } from './csv';
import { readCsv } from './csv-reader';
import { exportLibrary } from './index';

describe('CSV export', () => {
  it('has the header row of DESIGN §5.5 order', () => {
    expect(toCsv([]).split('\r\n')[0]).toBe(
      'id,version,title,authors,published,updated,primary category,categories,doi,journal ref,url,pdf,tags,note,saved at,abstract',
    );
  });

  it('quotes fields with commas, quotes, CR or LF, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF, and has no bare LF outside quoted fields', () => {
    const text = toCsv([saved(VASWANI, T0)]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('joins authors, categories and tags with "; " and writes saved at as ISO', () => {
    const v = csvValues(saved(TEX, T0, { tags: ['a', 'b'] }));
    expect(v.authors).toBe('Łukasz Müller; 李明; H. de Vries');
    expect(v.categories).toBe('cs.DS; math.CO');
    expect(v.tags).toBe('a; b');
    expect(v['saved at']).toBe('2026-01-01T00:00:00.000Z');
    expect(v.title).toBe('Sorting in $O(n^2)$ Time via H\\"older Inequalities and \\emph{Sparse} "Quoted", Comma, Words');
    expect(v.abstract).toContain('H\\"older.\nIt holds');
  });

  it('guards free-text cells that a spreadsheet would run as formulas, and only those', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(s)).toBe("'" + s);
    for (const s of ['1706.03762', 'Attention', "'quoted", '']) expect(guardFormula(s)).toBe(s);
    expect(unguardFormula("'=1+1")).toBe('=1+1');
    expect(unguardFormula("'plain")).toBe("'plain");
    expect([...FREE_TEXT_COLUMNS].sort()).toEqual(['abstract', 'authors', 'journal ref', 'note', 'tags', 'title']);
    const row = parse(toCsv([saved(FORMULA, T0, { note: '@me', tags: ['-x'] })]), { columns: true })[0] as Record<string, string>;
    expect(row.title!.startsWith("'=HYPERLINK(")).toBe(true);
    expect(row.authors).toBe("'@Handle Person; -Minus Sign");
    expect(row.abstract).toBe("'+1 is an abstract that starts with a plus");
    expect(row.note).toBe("'@me");
    expect(row.tags).toBe("'-x");
    expect(row.id).toBe('2405.12345');
    const off = parse(toCsv([saved(FORMULA, T0)], { formulaGuard: false }), { columns: true })[0] as Record<string, string>;
    expect(off.title!.startsWith('=HYPERLINK(')).toBe(true);
  });

  it('matches the golden file for the fixture library', () => {
    expectGolden('library.csv', exportLibrary('csv', { saved: fixtureLibrary(), now: NOW }).text);
  });

  it('is read by csv-parse (strict) to the same values', () => {
    for (const lib of [fixtureLibrary(), generatedLibrary(300)]) {
      const rows = parse(toCsv(lib), { record_delimiter: '\r\n' }) as string[][];
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(lib.length + 1);
      for (const [i, s] of lib.entries()) {
        const v = csvValues(s);
        const expected = CSV_COLUMNS.map((c) => (FREE_TEXT_COLUMNS.has(c) ? guardFormula(v[c]) : v[c]));
        expect(rows[i + 1]).toEqual(expected);
      }
    }
  });

  it('is read by our own reader to the same values', () => {
    const lib = fixtureLibrary();
    const read = readCsv(toCsv(lib, { formulaGuard: false }));
    if (!read.ok) throw new Error(read.error);
    expect(read.rows.map((r) => r.cells)).toEqual([[...CSV_COLUMNS], ...lib.map((s) => CSV_COLUMNS.map((c) => csvValues(s)[c]))]);
  });
});

describe('readCsv', () => {
  const cells = (text: string) => {
    const r = readCsv(text);
    if (!r.ok) throw new Error(r.error);
    return r.rows.map((row) => row.cells);
  };
  it('reads quoted newlines, doubled quotes and empty fields', () => {
    expect(cells('a,b,c\r\n"x\r\ny","say ""hi""",\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x\r\ny', 'say "hi"', ''],
    ]);
  });
  it('accepts LF and CR line ends and a final record without one', () => {
    expect(cells('a,b\nc,d\re,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });
  it('skips blank lines and a BOM', () => {
    expect(cells('\uFEFFa\r\n\r\nb\r\n')).toEqual([['a'], ['b']]);
  });
  it('gives the line a record starts on', () => {
    const r = readCsv('h\r\n"a\r\nb"\r\nc\r\n');
    expect(r.ok && r.rows.map((x) => x.line)).toEqual([1, 2, 4]);
  });
  it('keeps a quote inside an unquoted field as text, and a quoted empty field as empty', () => {
    expect(cells('a"b,"",c')).toEqual([['a"b', '', 'c']]);
  });
  it('reports a quoted field that is never closed', () => {
    expect(readCsv('id\r\n"1706.03762\r\n')).toEqual({ ok: false, error: 'line 2: a quoted field is not closed' });
  });
});
