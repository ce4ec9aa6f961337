// Marks land on the raw text where the matcher's folded words are, through case, hyphens, TeX and
// accents; the words come from the matcher itself (lib/rules), run on real titles and abstracts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules, matchPaper } from '../../lib/rules';
import { markPieces, markRanges } from './mark-ranges';

const { papers } = JSON.parse(readFileSync(new URL('../../tests/fixtures/rules-papers.json', import.meta.url), 'utf8')) as {
  papers: { key: string; title: string; abstract: string }[];
};
const paper = (key: string) => papers.find((p) => p.key === key)!;
const marked = (text: string, terms: string[]) => markRanges(text, terms).map(([a, b]) => text.slice(a, b));

/** The words `query` matched in one field of a fixture paper, as the UI gets them. */
function matchedWords(query: string, key: string, field: 'title' | 'abstract'): string[] {
  const [match] = matchPaper(compileRules([{ id: 'r', query }]), paper(key)).matches;
  return match?.terms.filter((t) => t.field === field).flatMap((t) => t.words) ?? [];
}

describe('markRanges', () => {
  it('marks what the matcher matched in real titles and abstracts', () => {
    // "Beyond First-Order Tweedie: … Latent Diffusion"
    const title = paper('seed-0').title;
    expect(marked(title, matchedWords('"first-order" diffusion', 'seed-0', 'title'))).toEqual(['First-Order', 'Diffusion']);
    // A prefix: optim* in M-FAC's abstract (seed-6) marks whole words.
    const words = matchedWords('optim*', 'seed-6', 'abstract');
    expect(words.length).toBeGreaterThan(0);
    for (const text of marked(paper('seed-6').abstract, words)) expect(text.toLowerCase()).toMatch(/^optim/);
    // TeX in a real abstract: H\"older is found by "hölder".
    const holder = matchedWords('hölder', 'seed-12', 'abstract');
    expect(holder).toEqual(['holder']);
    expect(marked(paper('seed-12').abstract, holder)[0]).toBe('H\\"older');
  });

  it('finds the words written with a hyphen, a space or none; whole words only', () => {
    const text = 'Second-order methods; second order; secondorder; secondary orders.';
    expect(marked(text, ['second order'])).toEqual(['Second-order', 'second order', 'secondorder']);
    expect(marked('Optimal optimization', ['optimization'])).toEqual(['optimization']);
    expect(marked('Crème brûlée', ['creme'])).toEqual(['Crème']);
  });

  it('merges overlapping marks and ignores empty terms', () => {
    expect(markRanges('zeroth-order optimization', ['zeroth order', 'order optimization', ''])).toEqual([[0, 25]]);
    expect(markRanges('anything', [])).toEqual([]);
    expect(markRanges('', ['x'])).toEqual([]);
  });
});

describe('markPieces', () => {
  it('cuts the text into plain and marked pieces that join back to it', () => {
    const text = 'A <b>diffusion</b> & "model"';
    const pieces = markPieces(text, ['diffusion', 'model']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['diffusion', 'model']);
  });

  it('cuts a long text around its first mark, with an ellipsis where it was cut', () => {
    const abstract = paper('seed-12').abstract;
    const pieces = markPieces(abstract, ['holder'], 120);
    const shown = pieces.map((p) => p.text).join('');
    expect(shown.length).toBeLessThan(140);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['H\\"older']);
    expect(pieces[0]!.text).toBe('…');
    expect(abstract).toContain(shown.replace(/^…|…$/g, ''));
  });
});
