// Export → import for every format: the same ids (in order), and the tags, notes and saved times each
// format carries. Each file goes through format detection, as a file picked in the options page does.
import { describe, expect, it } from 'vitest';
import { NOW, fixtureLibrary, generatedLibrary } from './__fixtures__/library';
import { isCategoryCode } from './category-code';
import { exportLibrary, type ExportFormat } from './index';
import type { ImportSuccess } from './import-types';
import { splitTags } from './import-types';
import { readImport } from './read-import';

function read(format: ExportFormat, lib = fixtureLibrary()): ImportSuccess {
  const text = exportLibrary(format, { saved: lib, now: NOW }).text;
  const out = readImport(text);
  if (!out.ok) throw new Error(out.error);
  expect(out.errors).toEqual([]);
  return out;
}

describe('round trips', () => {
  const lib = fixtureLibrary();
  const ids = lib.map((s) => s.id);

  it.each(['bibtex', 'biblatex', 'ris', 'csv', 'csl-json', 'json', 'markdown'] as const)('%s: detected, same ids in order', (format) => {
    const out = read(format);
    expect(out.format).toBe(format === 'biblatex' ? 'bibtex' : format);
    expect(out.papers.map((p) => p.id)).toEqual(ids);
    expect(out.papers.every((p) => p.needsLookup === (format !== 'json'))).toBe(true);
  });

  it('biblatex carries tags exactly (commas, semicolons and TeX specials included)', () => {
    expect(read('biblatex').papers.map((p) => p.tags ?? [])).toEqual(lib.map((s) => s.tags));
  });

  it('BibTeX (arXiv layout) carries no tags', () => {
    expect(read('bibtex').papers.every((p) => p.tags === undefined)).toBe(true);
  });

  it('CSV carries tags (split on ";"), notes exactly and saved times', () => {
    const out = read('csv');
    expect(out.papers.map((p) => p.tags ?? [])).toEqual(lib.map((s) => splitTags(s.tags.join('; '), /;/)));
    expect(out.papers.map((p) => p.note)).toEqual(lib.map((s) => s.note));
    expect(out.papers.map((p) => p.savedAt)).toEqual(lib.map((s) => s.savedAt));
    // The formula guard is undone: "=SUM(A1:A2)" and "@mention…" come back as typed.
    expect(out.papers[5]!.tags).toEqual(['=SUM(A1:A2)']);
    expect(out.papers[6]!.note).toBe('@mention at the start');
  });

  it('CSL-JSON carries tags (split on ",")', () => {
    expect(read('csl-json').papers.map((p) => p.tags ?? [])).toEqual(lib.map((s) => splitTags(s.tags.join(', '), /,/)));
  });

  it('RIS carries tags except category codes, and notes with line breaks collapsed', () => {
    const out = read('ris');
    expect(out.papers.map((p) => p.tags ?? [])).toEqual(lib.map((s) => s.tags.filter((t) => !isCategoryCode(t))));
    expect(out.papers[10]!.tags).toEqual(['deep']); // its "cs.LG" tag reads as a category
    expect(out.papers.map((p) => p.note)).toEqual(lib.map((s) => s.note?.replace(/\s+/g, ' ')));
  });

  it.each(['bibtex', 'biblatex', 'ris', 'csv', 'csl-json', 'markdown'] as const)('%s: 2,000 papers', (format) => {
    const big = generatedLibrary(2_000);
    expect(read(format, big).papers.map((p) => p.id)).toEqual(big.map((s) => s.id));
  });
});
