// Rules against real papers: titles and abstracts from the Hugging Face papers search page (text
// capture), arXiv API entries (authors with diacritics, categories) and a Hugging Face daily-papers
// item (AI summary and keywords), copied into tests/fixtures/rules-papers.json. The expected sets
// were worked out from the texts by hand (and a plain regex), not by running the matcher.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules, matchPaper, type MatchablePaper } from './index';

const { papers } = JSON.parse(readFileSync(new URL('../../tests/fixtures/rules-papers.json', import.meta.url), 'utf8')) as {
  papers: (MatchablePaper & { key: string })[];
};

function matching(query: string): string[] {
  const m = compileRules([{ id: 'r', query }]);
  expect(m.invalid).toEqual([]);
  return papers.filter((p) => matchPaper(m, p).matches.length > 0).map((p) => p.key);
}

const CASES: [string, string[]][] = [
  // second-order: "Second-Order Information" (title), "second-order approximations", "second order
  // stochastic optimization"; a phrase, so "second" alone (seed-45: "second") does not count.
  ['"second-order"', ['seed-0', 'seed-6', 'seed-11', 'seed-12', 'seed-25', 'seed-48']],
  ['secondorder', ['seed-0', 'seed-6', 'seed-11', 'seed-12', 'seed-25', 'seed-48']],
  // "Approximate Hessians" is a title word; "ADAHESSIAN" is another word.
  ['ti:hessian', ['seed-12']],
  ['hessian', ['seed-0', 'seed-4', 'seed-5', 'seed-6', 'seed-12', 'seed-48']],
  ['ti:adahessian', ['seed-48']],
  ['("zeroth-order" OR "derivative-free")', ['seed-5', 'seed-7', 'seed-32', 'seed-45']],
  // ECoFLaP (seed-5) uses a zeroth-order approximation but never optim…
  ['(zeroth-order OR "derivative-free") optim*', ['seed-7', 'seed-32', 'seed-45']],
  ['ti:"first-order"', ['seed-0', 'seed-2']],
  ['ti:optim*', ['seed-2', 'seed-11', 'seed-12', 'seed-32', 'seed-35', 'seed-48']],
  ['ti:gaussian -splatting', ['seed-4']],
  ['kronecker ANDNOT curvature', ['seed-11', 'seed-26']],
  ['"higher-order"', ['seed-26', 'seed-40']],
  // "a priori efficiency criterion … local reduced-order bases"
  ['apriori', ['seed-36']],
  ['"reduced order"', ['seed-36']],
  // "pre-training configurations", "augmentation-based pretraining"; "pre-trained" is not pretraining
  ['pretraining', ['seed-40', 'seed-46']],
  ['pretrain*', ['seed-40', 'seed-45', 'seed-46']],
  ['fine-tuning', ['seed-45']],
  ['llm', ['seed-11', 'seed-40', 'seed-45']],
  ['"saddle points"', ['seed-4']],
  // TeX in real abstracts: H\"older, Uzna\'{n}ski, {\it single-loop}
  ['hölder', ['seed-12']],
  ['uznański', ['seed-31']],
  ['"single-loop"', ['seed-2']],
  // a Greek letter in a Unicode abstract
  ['α', ['seed-25']],
  // authors from the arXiv API
  ['au:"de vries"', ['arxiv-nucl-ex/0408020v1']],
  ['au:meißner', ['arxiv-1205.6628v2']],
  ['au:"ulf meissner"', ['arxiv-1205.6628v2']],
  ['au:"h hammer"', ['arxiv-1205.6628v2']],
  ['au:mantysaari', ['arxiv-1403.6944v1']],
  ['au:vuopionperä', ['arxiv-hep-ph/9411242v1']],
  ["au:savel'ev", ['arxiv-0806.3233v1']],
  ['au:savelev', ['arxiv-0806.3233v1']],
  ['au:"de vries" cat:hep-th', []],
  ['au:"de vries" cat:hep-ph', ['arxiv-nucl-ex/0408020v1']],
  // categories
  ['cat:hep-ph', ['arxiv-nucl-ex/0408020v1', 'arxiv-1205.6628v2', 'arxiv-hep-ph/9411242v1', 'arxiv-1403.6944v1']],
  ['cat:nucl', ['arxiv-nucl-ex/0408020v1', 'arxiv-1205.6628v2', 'arxiv-1403.6944v1']],
  ['cat:q-bio', ['arxiv-0806.3233v1']],
  ['ti:proton -ti:electron', ['arxiv-1205.6628v2', 'arxiv-0806.3233v1', 'arxiv-1403.6944v1']],
  // AI summary and keywords of the Hugging Face item
  ['kw:"in-context learning"', ['hf-2602.23229']],
  ['kw:"pseudo labeling"', ['hf-2602.23229']],
  ['kw:classification', ['hf-2602.23229']],
  ['abs:"closed-world classification"', ['hf-2602.23229']],
  ['kw:"zero-shot classification" au:ricci', ['hf-2602.23229']],
];

describe('rules on real papers', () => {
  it('has the papers', () => {
    expect(papers.length).toBeGreaterThanOrEqual(20);
  });
  it.each(CASES)('%s', (query, expected) => {
    expect(matching(query)).toEqual(expected);
  });
});
