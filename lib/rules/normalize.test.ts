import { describe, expect, it } from 'vitest';
import { normalize, normalizeWords } from './normalize';
import { wordForms } from './plural';
import { stripTex } from './tex';

describe('normalize: the folding of DESIGN §5.6', () => {
  it.each([
    // case
    ['Second-Order HESSIAN', 'second order hessian'],
    // hyphens, slashes, punctuation separate words; apostrophes too
    ['first-order/second-order (FO)', 'first order second order fo'],
    ["Tweedie's LLMs' Savel'ev", 'tweedie s llms savel ev'],
    // diacritics through NFD/NFKD
    ['Poincaré Schrödinger naïve Mäntysaari Vuopionperä', 'poincare schrodinger naive mantysaari vuopionpera'],
    ['Uznański Čech Erdős Gödel', 'uznanski cech erdos godel'],
    // letters NFD leaves alone
    ['Meißner Øresund Łódź Æsir Œuvre straße Þór Đorđe', 'meissner oresund lodz aesir oeuvre strasse thor dorde'],
    ['İstanbul ℌilbert', 'istanbul hilbert'],
    // compatibility forms: ligatures from PDFs, full-width letters, superscripts
    ['ﬁne-tuning ﬂow Ｇａｕｓｓｉａｎ x²', 'fine tuning flow gaussian x2'],
    // other scripts stay words; their punctuation separates
    ['α-divergence «模型» — 学習', 'α divergence 模型 学習'],
    // letters outside the BMP (surrogate pairs): kept, or folded by NFKD
    ['𐐀𐐁 word 𝐱𝐲', '𐐨𐐩 word xy'],
    // dashes of every kind separate
    ['zeroth–order zeroth—order zeroth‐order', 'zeroth order zeroth order zeroth order'],
  ])('%s → %s', (text, folded) => {
    expect(normalize(text)).toBe(folded);
  });

  describe('TeX', () => {
    it.each([
      ['$\\alpha$-divergence', 'alpha divergence'],
      ['$\\varepsilon$-greedy', 'epsilon greedy'],
      ['$O(\\epsilon^{-3})$ samples', 'o epsilon 3 samples'],
      ['$L_2$ loss', 'l 2 loss'],
      ['a {\\it single-loop} manner', 'a single loop manner'],
      ['\\emph{provably} efficient, \\textbf{fast}', 'provably efficient fast'],
      ['$\\mathcal{O}(n \\log n)$', 'o n n'],
      ['H\\"older-continuous Hessians', 'holder continuous hessians'],
      ['Uzna\\\'{n}ski', 'uznanski'],
      ['Mei{\\ss}ner', 'meissner'],
      ['Schr{\\"o}dinger and Schr\\"{o}dinger', 'schrodinger and schrodinger'],
      ['\\v{C}ech and \\c c and \\H{o}', 'cech and c and o'],
      ['{\\o}resund {\\L}{\\\'o}d{\\\'z} \\ae ther \\aa', 'oresund lodz ae ther a'],
      ['na\\"{\\i}ve', 'naive'],
      ['{B}ERT and {GPT}-4', 'bert and gpt 4'],
      ['R\\&D 10\\% off \\$5', 'r d 10 off 5'],
      ['\\beta-VAE \\cdot \\dots \\ldots', 'beta vae'],
      ['\\LaTeX{} and \\TeX', 'latex and tex'],
      ['line\\\\break', 'line break'],
    ])('%s → %s', (text, folded) => {
      expect(normalize(text)).toBe(folded);
    });

    it('leaves text without markup untouched', () => {
      expect(stripTex('plain words, no markup')).toBe('plain words, no markup');
    });
  });

  it('is idempotent on examples', () => {
    for (const s of ['Meißner', '$\\alpha$-divergence', 'ﬁne', 'İstanbul', 'Ǆemal', 'ß']) {
      expect(normalize(normalize(s))).toBe(normalize(s));
    }
  });

  it('returns no words for text without letters or digits', () => {
    expect(normalizeWords('--- ... !!!')).toEqual([]);
    expect(normalizeWords('')).toEqual([]);
  });
});

describe('wordForms: simple plural and singular', () => {
  it.each([
    ['hessian', ['hessian', 'hessians']],
    ['hessians', ['hessians', 'hessianss', 'hessianses', 'hessian']],
    ['study', ['study', 'studys', 'studies']],
    ['studies', ['studies', 'studiess', 'studieses', 'study', 'studie']],
    ['process', ['process', 'processs', 'processes']],
    ['processes', ['processes', 'processess', 'processeses', 'process', 'processe']],
    ['box', ['box', 'boxs', 'boxes']],
    ['key', ['key', 'keys']],
    ['analysis', ['analysis', 'analysiss', 'analysises']],
    ['ai', ['ai']],
  ])('%s', (word, forms) => {
    expect(wordForms(word)).toEqual(forms);
  });

  it.each([
    ['image', 'images'],
    ['bias', 'biases'],
    ['match', 'matches'],
    ['llm', 'llms'],
    ['query', 'queries'],
  ])('%s ↔ %s (both ways)', (singular, plural) => {
    expect(wordForms(singular)).toContain(plural);
    expect(wordForms(plural)).toContain(singular);
  });
});
