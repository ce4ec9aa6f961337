import { describe, expect, it } from 'vitest';
import { compileRules, matchPaper, type MatchablePaper } from './index';

/** Does the single rule `query` match `paper`? (Compiles the rule on its own.) */
function matches(query: string, paper: MatchablePaper): boolean {
  const m = compileRules([{ id: 'r', query }]);
  expect(m.invalid).toEqual([]);
  return matchPaper(m, paper).matches.length === 1;
}

const t = (title: string, more: MatchablePaper = {}): MatchablePaper => ({ title, ...more });
const a = (abstract: string, more: MatchablePaper = {}): MatchablePaper => ({ abstract, ...more });

// [query, paper, expected, why]
type Case = [string, MatchablePaper, boolean, string];

const CASES: Case[] = [
  // --- the examples of §5.6 -------------------------------------------------------------------
  ['"second-order" OR hessian', a('we use second-order information'), true, 'phrase'],
  ['"second-order" OR hessian', a('the Hessian is costly'), true, 'other side of OR'],
  ['"second-order" OR hessian', a('a first-order method'), false, 'neither'],
  ['"second-order" OR hessian', a('second and then order'), false, 'phrase needs adjacency'],
  ['ti:diffusion -cat:cs.CV', t('Latent Diffusion Models', { categories: ['cs.LG'] }), true, 'title word, other category'],
  ['ti:diffusion -cat:cs.CV', t('Latent Diffusion Models', { categories: ['cs.LG', 'cs.CV'] }), false, 'excluded category'],
  ['ti:diffusion -cat:cs.CV', a('diffusion models', { categories: ['cs.LG'] }), false, 'ti: is the title only'],
  ['ti:diffusion -cat:cs.CV', t('Latent Diffusion Models'), true, 'no categories: the exclusion holds'],
  ['au:"de vries" cat:hep-th', t('x', { authors: ['H. de Vries'], categories: ['hep-th'] }), true, 'author and category'],
  ['au:"de vries" cat:hep-th', t('x', { authors: ['H. de Vries'], categories: ['hep-ph'] }), false, 'wrong category'],
  ['au:"de vries" cat:hep-th', t('x', { authors: ['A. de Groot', 'B. Vries'], categories: ['hep-th'] }), false, 'words in two authors'],
  ['(zeroth-order OR "derivative-free") optim*', t('Zeroth-Order Optimization at Scale'), true, 'first branch + wildcard'],
  ['(zeroth-order OR "derivative-free") optim*', a('a derivative free optimizer'), true, 'second branch, spaced'],
  ['(zeroth-order OR "derivative-free") optim*', a('zeroth order sampling'), false, 'wildcard missing'],
  ['kw:"gaussian splatting"', t('x', { aiKeywords: ['3D Gaussian Splatting', 'NeRF'] }), true, 'keyword phrase'],
  ['kw:"gaussian splatting"', t('x', { aiKeywords: ['Gaussian', 'splatting'] }), false, 'a phrase never spans two keywords'],
  ['kw:"gaussian splatting"', t('Gaussian Splatting'), false, 'kw: is the keywords only'],
  // --- fields --------------------------------------------------------------------------------
  ['hessian', t('x', { aiSummary: 'uses the Hessian' }), true, 'no field includes the AI summary'],
  ['hessian', t('x', { aiKeywords: ['Hessian'] }), true, 'no field includes the AI keywords'],
  ['hessian', t('x', { authors: ['Hessian Smith'] }), false, 'no field excludes authors'],
  ['abs:hessian', t('x', { aiSummary: 'uses the Hessian' }), true, 'abs: includes the AI summary'],
  ['abs:hessian', t('Hessian'), false, 'abs: excludes the title'],
  ['all:hinton', t('x', { authors: ['Geoffrey Hinton'] }), true, 'all: includes authors'],
  ['all:"cs lg"', t('x', { categories: ['cs.LG'] }), true, 'all: includes category codes as words'],
  ['all:diffusion', a('diffusion'), true, 'all: includes the abstract'],
  ['kw:llm', t('x', { aiKeywords: ['LLMs'] }), true, 'kw: with plural'],
  ['ti:"first order"', t('x', { abstract: 'first order' }), false, 'ti: phrase elsewhere'],
  // --- au: ----------------------------------------------------------------------------------
  ['au:hinton', t('x', { authors: ['Geoffrey E. Hinton'] }), true, 'surname'],
  ['au:"geoffrey hinton"', t('x', { authors: ['Hinton, Geoffrey'] }), true, 'every word, any order'],
  ['au:"geoffrey hinton"', t('x', { authors: ['Geoffrey Smith', 'Ann Hinton'] }), false, 'one author must hold every word'],
  ['au:"g hinton"', t('x', { authors: ['Geoffrey Hinton'] }), true, 'a one-letter word is an initial'],
  ['au:meißner', t('x', { authors: ['Ulf-G. Meissner'] }), true, 'ß folds to ss'],
  ['au:meissner', t('x', { authors: ['Ulf-G. Meißner'] }), true, 'ss matches ß'],
  ['au:mantysaari', t('x', { authors: ['H. Mäntysaari'] }), true, 'diacritics in names'],
  ['au:devries', t('x', { authors: ['H. de Vries'] }), true, 'name parts joined'],
  ['au:hint*', t('x', { authors: ['Geoffrey Hinton'] }), true, 'wildcard in au:'],
  ['au:hintons', t('x', { authors: ['Geoffrey Hinton'] }), false, 'no plurals for names'],
  ['au:hinton', t('x', { authors: [] }), false, 'no authors'],
  // --- cat: ---------------------------------------------------------------------------------
  ['cat:cs', t('x', { categories: ['cs.LG'] }), true, 'archive prefix'],
  ['cat:cs.LG', t('x', { categories: ['cs.LGX'] }), false, 'a code does not match a longer code'],
  ['cat:cs.lg', t('x', { categories: ['cs.LG'] }), true, 'case-insensitive'],
  ['cat:cs.L', t('x', { categories: ['cs.LG'] }), false, 'prefix only at "." or "-"'],
  ['cat:hep', t('x', { categories: ['hep-th'] }), true, 'archive group before "-"'],
  ['cat:cond-mat', t('x', { categories: ['cond-mat.stat-mech'] }), true, 'hyphenated archive'],
  ['cat:astro-ph', t('x', { categories: ['astro-ph'] }), true, 'old code without subject'],
  ['cat:astro-ph.CO', t('x', { categories: ['astro-ph'] }), false, 'subject not in the old code'],
  ['cat:math', t('x', { categories: ['cs.IT'] }), true, 'alias math.IT of cs.IT'],
  ['cat:math.IT', t('x', { categories: ['cs.IT'] }), true, 'alias, exact'],
  ['cat:cs.IT', t('x', { categories: ['math.IT'] }), true, 'alias, other way'],
  ['cat:econ.GN', t('x', { primaryCategory: 'q-fin.EC' }), true, 'primary category counts; alias'],
  ['cat:stat.TH', t('x', { categories: ['math.ST'] }), true, 'alias stat.TH ↔ math.ST'],
  ['cat:q-b*', t('x', { categories: ['q-bio.SC'] }), true, 'explicit string prefix'],
  ['cat:cs', t('x'), false, 'no categories: cat: does not match'],
  // --- hyphen / space / no space --------------------------------------------------------------
  ['first-order', a('a firstorder method'), true, 'hyphenated query, joined text'],
  ['firstorder', a('a first-order method'), true, 'joined query, hyphenated text'],
  ['firstorder', a('a first order method'), true, 'joined query, spaced text'],
  ['"first order"', a('a first-order method'), true, 'spaced phrase, hyphenated text'],
  ['"first order"', a('a firstorder method'), true, 'spaced phrase, joined text'],
  ['pretraining', a('large-scale pre-training'), true, 'pre-training = pretraining'],
  ['pre-training', a('large-scale pretraining'), true, 'pretraining = pre-training'],
  ['"state of the art"', a('state-of-the-art results'), true, 'long hyphenated phrase'],
  ['stateoftheart', a('state-of-the-art results'), false, 'a word joins at most three text words'],
  ['deepzero', t('Deep Zero: Scaling'), true, 'compound of two'],
  ['"deep zero"', t('DeepZero: Scaling'), true, 'phrase matches a joined word'],
  ['apriori', t('a priori efficiency'), true, 'one-letter part'],
  ['tsne', a('visualised with t-SNE'), true, 't-SNE'],
  ['xray', a('X-ray imaging'), true, 'X-ray'],
  // --- whole words ----------------------------------------------------------------------------
  ['order', a('disorder and reorder'), false, 'whole words only'],
  ['train', a('training'), false, 'no implicit prefix'],
  ['net', a('ResNet'), false, 'no suffix match'],
  ['second', a('second-order'), true, 'one part of a hyphenated word is a word'],
  ['rap', a('the rapist'), false, 'whole words, even after a short word'],
  ['therapist', a('the rapist'), true, 'compound allowance can join real words (accepted)'],
  ['gpt4', a('GPT-4 and GPT-3.5'), true, 'letters and digits'],
  // --- plural / singular ----------------------------------------------------------------------
  ['hessian', a('approximate Hessians'), true, 'singular query, plural text'],
  ['hessians', a('the Hessian matrix'), true, 'plural query, singular text'],
  ['study', a('two studies'), true, 'y → ies'],
  ['studies', a('this study'), true, 'ies → y'],
  ['process', a('Gaussian processes'), true, 'es'],
  ['processes', a('a Gaussian process'), true, 'es, other way'],
  ['"neural network"', a('deep neural networks'), true, 'plural of a phrase’s last word'],
  ['"neural networks"', a('a neural network'), true, 'singular of a phrase’s last word'],
  ['"networks neural"', a('networks neural'), true, 'phrase as written'],
  ['image', a('imagery'), false, 'not a plural'],
  ['optim*', a('optimizers'), true, 'wildcard covers plurals'],
  ['"neural net"', a('a neural network'), false, 'a phrase’s last word is a whole word'],
  ['"neural nets"', a('a neural net'), true, 'but it has its plural/singular'],
  // --- diacritics both ways -------------------------------------------------------------------
  ['schrödinger', a('the Schrodinger equation'), true, 'accented query, plain text'],
  ['schrodinger', a('the Schrödinger equation'), true, 'plain query, accented text'],
  ['poincaré', a('Poincare maps'), true, 'é'],
  ['łódź', a('Lodz'), true, 'ł and ź'],
  ['naive', a('na\\"{\\i}ve Bayes'), true, 'TeX accent in text'],
  // --- TeX ------------------------------------------------------------------------------------
  ['alpha-divergence', a('a $\\alpha$-divergence bound'), true, 'Greek letter in math'],
  ['"single-loop"', a('in a fully {\\it single-loop} manner'), true, 'font switch'],
  ['provably', a('\\emph{provably} efficient'), true, '\\emph'],
  ['hölder', a('H\\"older-continuous Hessians'), true, 'TeX umlaut'],
  ['meissner', a('Mei{\\ss}ner'), true, '\\ss'],
  ['emph', a('\\emph{x}'), false, 'markup is not text'],
  // --- wildcard -------------------------------------------------------------------------------
  ['optim*', t('Optimal Transport'), true, 'prefix'],
  ['optim*', t('Optim'), true, 'the prefix itself'],
  ['optim*', t('Suboptimal'), false, 'starts the word'],
  ['pre-train*', a('pretrained models'), true, 'hyphenated wildcard, joined text'],
  ['pretrain*', a('pre-trained models'), true, 'wildcard spans a hyphen'],
  ['"zeroth order" optim*', a('zeroth-order optimisation'), true, 'phrase and wildcard'],
  ['ti:gauss*', t('Gaussian Splatting'), true, 'field + wildcard'],
  ['x*', a('the xray'), true, 'one-letter prefix'],
  ['apri*', a('known a priori'), true, 'wildcard across a one-letter word'],
  ['abc*', a('a b c d'), true, 'wildcard across one-letter words'],
  ['abcd*', a('a b c'), false, 'wildcard longer than the text'],
  // two words with the same 30-bit hash (and first letters): the text is compared, not trusted
  ['hesqtbtin', a('heslsfceg'), false, 'hash collision'],
  ['heslsfceg', a('heslsfceg'), true, 'hash collision, the real word'],
  // --- precedence, ANDNOT, NOT ----------------------------------------------------------------
  ['a OR b c', a('just a'), true, 'a OR (b AND c): a alone'],
  ['a OR b c', a('just b'), false, 'b alone is not enough'],
  ['a OR b c', a('b and c'), true, 'b AND c'],
  ['(a OR b) c', a('just a'), false, 'grouping changes it'],
  ['diffusion ANDNOT image', a('diffusion on graphs'), true, 'ANDNOT, absent'],
  ['diffusion ANDNOT image', a('image diffusion'), false, 'ANDNOT, present'],
  ['diffusion NOT image', a('image diffusion'), false, 'NOT'],
  ['diffusion -"image generation"', a('image diffusion for generation'), true, 'negated phrase not present as a phrase'],
  ['-hessian', a('first-order'), true, 'exclusion only'],
  ['-hessian', a('the Hessian'), false, 'exclusion only, present'],
  ['-(a OR b) c', a('c only'), true, 'negated group'],
  ['-(a OR b) c', a('b and c'), false, 'negated group, present'],
  ['NOT ti:diffusion', t('Diffusion'), false, 'NOT with field'],
  ['NOT ti:diffusion', a('diffusion'), true, 'NOT with field, elsewhere'],
  // --- lowercase operators are words ----------------------------------------------------------
  ['diffusion or flow', a('diffusion or flow'), true, 'words'],
  ['diffusion or flow', a('diffusion'), false, 'not OR'],
  ['diffusion OR flow', a('diffusion'), true, 'OR'],
  // --- segments and missing fields ------------------------------------------------------------
  ['"diffusion models"', { title: 'Latent Diffusion', abstract: 'Models are everywhere' }, false, 'no phrase across fields'],
  ['hessian', {}, false, 'empty paper'],
];

describe('matchPaper: query/paper table', () => {
  it('has enough cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(90);
  });
  it.each(CASES)('%s on %j → %s (%s)', (query, paper, expected) => {
    expect(matches(query, paper)).toBe(expected);
  });
});
