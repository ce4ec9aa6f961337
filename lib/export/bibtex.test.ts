import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse } from '@retorquere/bibtex-parser';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './__fixtures__/golden';
import {
  COLLIDE,
  HF_ONLY,
  MANY_AUTHORS,
  NOW,
  OLD_ID,
  OLD_ID_ARXIV_BIBTEX,
  PARTICLES,
  T0,
  TEX,
  VASWANI,
  VASWANI_ARXIV_BIBTEX,
  fixtureLibrary,
  saved,
} from './__fixtures__/library';
import { bibtexEntry, generateBibtex, toBibtex } from './bibtex';
import { bibtexValue } from './bibtex-value';
import { exportLibrary } from './index';

describe('generated BibTeX', () => {
  it("reproduces arXiv's entry for 1706.03762 byte for byte", () => {
    const out = generateBibtex(saved(VASWANI, T0));
    expect(out).toBe(VASWANI_ARXIV_BIBTEX);
    expectGolden('vaswani-1706.03762.bib', out);
    // The layout details §5.5 spells out, checked on their own so a failure says which one broke.
    const lines = out.split('\n');
    expect(lines[1]).toBe('      title={Attention Is All You Need}, ');
    expect(lines[7]).toBe('      url={https://arxiv.org/abs/1706.03762}, ');
    expect(out.endsWith('}')).toBe(true);
  });

  it('exports a one-paper library as exactly that entry', () => {
    expect(exportLibrary('bibtex', { saved: [saved(VASWANI, T0)], now: NOW }).text).toBe(VASWANI_ARXIV_BIBTEX);
  });

  it('writes the doi line only for a journal DOI, between primaryClass and url', () => {
    const out = generateBibtex(saved(TEX, T0));
    expect(out).toContain('      primaryClass={cs.DS},\n      doi={https://doi.org/10.1103/PhysRevD.1.1},\n      url=');
    expect(generateBibtex(saved(VASWANI, T0))).not.toContain('doi=');
    expect(generateBibtex(saved(VASWANI, T0))).not.toContain('10.48550');
  });

  it('uses the year of updated, falling back to published', () => {
    expect(generateBibtex(saved(VASWANI, T0))).toContain('year={2023}');
    const { updated: _drop, ...noUpdated } = VASWANI;
    expect(generateBibtex(saved(noUpdated, T0))).toContain('year={2017}');
  });

  it('collapses white space in the title, keeps TeX as TeX and Unicode as Unicode', () => {
    const out = generateBibtex(saved(TEX, T0));
    expect(out).toContain('title={Sorting in $O(n^2)$ Time via H\\"older Inequalities and \\emph{Sparse} "Quoted", Comma, Words}, \n');
    expect(out).toContain('author={Łukasz Müller and 李明 and H. de Vries},');
  });

  it('writes names with suffixes in BibTeX\'s "Family, Jr., Given" form', () => {
    expect(generateBibtex(saved(PARTICLES, T0))).toContain(
      'author={Johannes Diderik van der Waals and John von Neumann and King, Jr., Martin Luther and Ford, III, Henry},',
    );
  });

  it('leaves out what it does not know rather than writing "unknown"', () => {
    expect(generateBibtex(saved(HF_ONLY, T0))).toBe(
      '@misc{unknownunknownuntitled,\n      title={The Untitled}, \n      eprint={2402.00002},\n      archivePrefix={arXiv},\n      url={https://arxiv.org/abs/2402.00002}, \n}',
    );
  });

  it('matches the golden file for the fixture library', () => {
    expectGolden('library.bib', exportLibrary('bibtex', { saved: fixtureLibrary(), now: NOW }).text);
  });

  it('separates entries by exactly one blank line', () => {
    const text = toBibtex(fixtureLibrary());
    expect(text.split('\n}\n\n@').length).toBe(fixtureLibrary().length);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('}')).toBe(true);
  });
});

describe('stored arXiv entries', () => {
  it('are written verbatim', () => {
    const s = saved(VASWANI, T0, { bibtex: VASWANI_ARXIV_BIBTEX.replace('year={2023}', 'year={2023}  % kept as is') });
    expect(bibtexEntry(s)).toBe(s.bibtex);
    expect(toBibtex([s])).toBe(s.bibtex);
  });

  it('are used instead of a generated entry even when the metadata differs', () => {
    const s = saved(OLD_ID, T0, { bibtex: OLD_ID_ARXIV_BIBTEX });
    expect(toBibtex([s])).toBe(OLD_ID_ARXIV_BIBTEX);
  });

  it('lose only what follows their closing brace', () => {
    const s = saved(OLD_ID, T0, { bibtex: OLD_ID_ARXIV_BIBTEX + '\n\n' });
    expect(bibtexEntry(s)).toBe(OLD_ID_ARXIV_BIBTEX);
  });

  it('get a new key only when theirs collides with a paper saved earlier', () => {
    const stored = `@misc{smith2020deeplearningtodaytomorrow,\n      title={Deep Learning Today and Tomorrow: Part 2}, \n      url={https://arxiv.org/abs/2001.00001}, \n}`;
    const first = saved(COLLIDE[0]!, T0);
    const second = saved(COLLIDE[1]!, T0 + 1, { bibtex: stored });
    const text = toBibtex([first, second]);
    expect(text).toContain('@misc{smith2020deeplearningtodaytomorrowa,\n      title={Deep Learning Today and Tomorrow: Part 2}, ');
    // Everything after the key is untouched.
    expect(text.endsWith(stored.slice(stored.indexOf(',')))).toBe(true);
  });

  it('are ignored when the stored text is not an entry (an error page stored by mistake)', () => {
    const s = saved(VASWANI, T0, { bibtex: 'Rate exceeded.' });
    expect(bibtexEntry(s)).toBe(VASWANI_ARXIV_BIBTEX);
  });
});

describe('bibtexValue', () => {
  it.each([
    ['plain', 'Attention Is All You Need', 'Attention Is All You Need'],
    ['TeX math kept', '$O(n^2)$ and $x_i$', '$O(n^2)$ and $x_i$'],
    ['TeX accents and commands kept', 'H\\"older \\emph{x} \\% \\& \\_', 'H\\"older \\emph{x} \\% \\& \\_'],
    ['percent, ampersand, hash escaped', '50% & #1', '50\\% \\& \\#1'],
    ['escaped inside math too', '$a%b&c#d$', '$a\\%b\\&c\\#d$'],
    ['underscore and caret outside math', 'snake_case x^2', 'snake\\_case x\\^{}2'],
    ['< > | outside math', 'a<b>c|d', 'a\\textless{}b\\textgreater{}c\\textbar{}d'],
    ['< > | inside math kept', '$a<b|c$', '$a<b|c$'],
    ['balanced braces kept', 'On {Broken} {Things}', 'On {Broken} {Things}'],
    ['unmatched closing brace', 'a } b', 'a \\textbraceright{} b'],
    ['unmatched opening brace', 'a { b', 'a \\textbraceleft{} b'],
    ['unmatched escaped brace', 'set \\{x', 'set \\textbraceleft{}x'],
    ['unmatched brace inside math', '$\\{x$', '$\\lbrace x$'],
    ['odd count: the last dollar is escaped', 'costs $5 and $x$', 'costs $5 and $x\\$'],
    ['lone dollar', 'US$ 5', 'US\\$ 5'],
    ['trailing backslash', 'ends with \\', 'ends with \\textbackslash{}'],
    ['double backslash then percent', 'a\\\\%', 'a\\\\\\%'],
    ['white space and control characters', ' a\n\tb\u0000c  ', 'a b c'],
    ['Unicode kept', 'Łukasz 李明 Hölder', 'Łukasz 李明 Hölder'],
    ['quotes and commas kept', '"Quoted", commas', '"Quoted", commas'],
  ])('%s', (_name, input, output) => {
    expect(bibtexValue(input)).toBe(output);
  });

  it('always yields balanced braces and an even number of unescaped dollars', () => {
    const nasty = ['}{', '{{{', '}}}', '\\}', '\\{\\{', '$', '$$$', 'a{b}c}d{e', '\\', '{\\}'];
    for (const s of nasty) {
      const v = bibtexValue(s);
      let depth = 0;
      for (const c of v) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0;
        expect(depth, `${s} → ${v}`).toBeGreaterThanOrEqual(0);
      }
      expect(depth, `${s} → ${v}`).toBe(0);
      expect(v.replace(/\\./g, '').split('$').length % 2, `${s} → ${v}`).toBe(1);
    }
  });
});

describe('independent readers', () => {
  const lib = fixtureLibrary();
  const text = exportLibrary('bibtex', { saved: lib, now: NOW }).text;

  it('@retorquere/bibtex-parser reads every entry with no errors and the right fields', () => {
    const parsed = parse(text, { english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.fields.eprint)).toEqual(lib.map((s) => s.id));
    for (const [i, e] of parsed.entries.entries()) {
      const p = lib[i]!.paper;
      expect(e.type).toBe('misc');
      expect(e.fields.archiveprefix).toBe('arXiv');
      expect(e.fields.url).toBe('https://arxiv.org/abs/' + p.id);
      expect((e.fields.author ?? []).length).toBe(p.authors.length);
      if (p.updated) expect(e.fields.year).toBe(p.updated.slice(0, 4));
    }
    const byId = new Map(parsed.entries.map((e) => [e.fields.eprint, e]));
    expect(byId.get(VASWANI.id)!.fields.title).toBe('Attention Is All You Need');
    expect(byId.get(VASWANI.id)!.fields.author![6]).toEqual({ firstName: 'Lukasz', lastName: 'Kaiser' });
    expect(byId.get(TEX.id)!.fields.title!.normalize('NFC')).toContain('Hölder');
    expect(byId.get(TEX.id)!.fields.title).toContain('O(n²)');
    expect(byId.get(TEX.id)!.fields.doi).toBe('https://doi.org/10.1103/PhysRevD.1.1');
    expect(byId.get(TEX.id)!.fields.author).toEqual([
      { firstName: 'Łukasz', lastName: 'Müller' },
      { lastName: '李明' },
      { firstName: 'H.', prefix: 'de', lastName: 'Vries' },
    ]);
    expect(byId.get(PARTICLES.id)!.fields.author).toEqual([
      { firstName: 'Johannes Diderik', prefix: 'van der', lastName: 'Waals' },
      { firstName: 'John', prefix: 'von', lastName: 'Neumann' },
      { firstName: 'Martin Luther', lastName: 'King', suffix: 'Jr.' },
      { firstName: 'Henry', lastName: 'Ford', suffix: 'III' },
    ]);
    // The braces BibTeX could not pair are text, not grouping.
    expect(byId.get(PARTICLES.id)!.fields.title).toBe('On Broken Braces } and {Unclosed Ones in Gases');
    expect(byId.get(MANY_AUTHORS.id)!.fields.author).toHaveLength(120);
    expect(byId.get('2405.12345')!.fields.title).toBe('=HYPERLINK("http://evil.example","click") [Brackets] *and* _under_ `code` <b>tag</b> & co');
    expect(byId.get(OLD_ID.id)!.key).toBe('maldacena1999stringsoldstyle');
  });

  it('@citation-js/plugin-bibtex reads every entry with titles, authors and DOIs', () => {
    const data = new Cite(text).data as { id: string; title: string; author?: unknown[]; DOI?: string; URL: string }[];
    expect(data).toHaveLength(lib.length);
    expect(data.map((d) => d.URL)).toEqual(lib.map((s) => 'https://arxiv.org/abs/' + s.id));
    expect(data[0]!.title).toBe('Attention Is All You Need');
    expect(data.map((d) => d.author?.length ?? 0)).toEqual(lib.map((s) => s.paper.authors.length));
    expect(data.find((d) => d.URL.endsWith(TEX.id))!.DOI).toBe('https://doi.org/10.1103/PhysRevD.1.1');
  });
});

// Debian's `bibtex` (texlive-binaries, plus texlive-base for plain.bst) reading an exported file with
// the plain style: the reference implementation. Then pdflatex (texlive-latex-base) typesets the .bbl,
// which is where an unescaped %, &, #, _ or a stray brace would fail. Without the programs the tests are
// reported as skipped (never as passed), with the reason printed.
const run = (cmd: string, args: string[], cwd?: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8' });
const hasBibtex = run('bibtex', ['--version']).status === 0 && run('kpsewhich', ['plain.bst']).stdout.trim() !== '';
const hasLatex = hasBibtex && run('pdflatex', ['--version']).status === 0;
if (!hasBibtex) console.warn('bibtex.test.ts: `bibtex` or plain.bst is missing (Debian: texlive-binaries texlive-base); BibTeX runs skipped');
else if (!hasLatex) console.warn('bibtex.test.ts: `pdflatex` is missing (Debian: texlive-latex-base); the LaTeX run is skipped');

describe('BibTeX and LaTeX (the programs)', () => {
  const lib = fixtureLibrary();
  const setup = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-radar-bibtex-'));
    writeFileSync(join(dir, 'x.bib'), exportLibrary('bibtex', { saved: lib, now: NOW }).text);
    return dir;
  };

  it.skipIf(!hasBibtex)('bibtex reads the exported library with the plain style without errors', () => {
    const dir = setup();
    writeFileSync(join(dir, 'x.aux'), '\\citation{*}\n\\bibstyle{plain}\n\\bibdata{x}\n');
    const r = run('bibtex', ['x'], dir);
    expect(r.stdout).not.toMatch(/error message|Repeated entry|I was expecting|Illegal|couldn't open/);
    expect(r.status).toBe(0);
    // Every entry made it into the bibliography.
    expect(readFileSync(join(dir, 'x.bbl'), 'utf8').match(/\\bibitem\{/g)).toHaveLength(lib.length);
  });

  it.skipIf(!hasLatex)('pdflatex typesets the bibliography without errors', () => {
    const dir = setup();
    // pdflatex has no CJK fonts; the two characters of 李明 are mapped to text so the run can finish.
    writeFileSync(
      join(dir, 'doc.tex'),
      '\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\DeclareUnicodeCharacter{674E}{Li}\\DeclareUnicodeCharacter{660E}{Ming}\n' +
        '\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{x}\n\\end{document}\n',
    );
    const latex = () => run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc'], dir);
    expect(latex().status).toBe(0);
    expect(run('bibtex', ['doc'], dir).status).toBe(0);
    const r = latex();
    expect(r.stdout.split('\n').filter((l) => l.startsWith('!'))).toEqual([]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'doc.log'), 'utf8')).not.toMatch(/Missing \$ inserted|Undefined control sequence/);
  });
});
