// Benchmark of the keyword matcher (DESIGN §5.6, goal: 500 rules × 10,000 papers in < 200 ms).
// Run: node_modules/.bin/vite-node bench/rules.ts   (add --quick for a smaller naive sample)
//
// Papers and rules are generated from a fixed seed, so runs are comparable: titles of ~10 words,
// abstracts of ~150 (function words, research words and a long tail of topic words, with hyphenated
// terms, TeX and accents), AI summaries and keywords for half of them, authors, categories; rules
// mix words, phrases, fields, wildcards, exclusions, au: and cat:.
// "match" (the goal) is the call alerts (lib/alerts/match-hits.ts), page marks (lib/marks/annotate.ts)
// and the options preview (lib/rules-store/preview.ts) make per paper: matchPaper(matcher, paper,
// { terms: false }) on the paper as stored, so folding and cutting its fields is inside the figure;
// the matcher is compiled once, outside it. The matcher is imported from a bundle of lib/rules, as
// it ships (bench/bundled.ts). "explain" is matchPaper with the matched terms, as the
// alerts list computes them for the papers it shows: reported beside it, not part of the goal.
// The naive baseline is the obvious implementation: for every rule and every paper, fold the
// fields again and test each term with a (precompiled) regular expression. Its cost per pair is
// constant, so it runs on a sample of the papers and is scaled to all of them.

import type * as Rules from '../lib/rules';
import type { MatchablePaper, Node, RuleInput } from '../lib/rules';
import { prng } from '../lib/rules/differential-rules';
import { bundled } from './bundled';

// The matcher as it ships (bench/bundled.ts says why).
const { compileRules, matchPaper, normalize, parseQuery } = await bundled<typeof Rules>('lib/rules/index.ts');

const PAPERS = 10_000;
const RULES = 500;
const RUNS = 7;
const NAIVE_SAMPLE = process.argv.includes('--quick') ? 50 : 200;

const rand = prng(20240611);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
// Zipf-like: low indexes much more often, as in real text.
const zipf = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * Math.pow(rand(), 2.2))] as T;

// Function words, generic research words, then topic words (a Zipf tail): rule words come from the
// topics, as real rules name topics, so a paper matches a few rules rather than a hundred.
const STOP = 'the of and a to in we is for that this on with by as are an our from which be can these it at also such'.split(' ');
const GENERIC = `show propose method results model approach based using data paper new between learning neural
  network training models performance large deep efficient analysis problem task framework study novel
  existing demonstrate experiments provide achieve improve across state`.split(/\s+/).filter(Boolean);
const TOPICAL = `language optimization gradient stochastic algorithm convergence diffusion inference bayesian graph
  attention transformer loss sampling posterior distribution inverse latent image generation
  reconstruction physics quantum field theory lattice gauge spin chain energy scattering proton electron
  neutrino dark matter galaxy cosmological simulation dynamics equations operator solver sparse matrix
  rank regression classification robust adversarial privacy federated reinforcement policy reward agent
  benchmark dataset evaluation scalable theoretical bounds complexity estimation kernel gaussian process
  splatting rendering scene surface implicit representation hessian curvature approximation momentum
  adaptive preconditioning memory tuning tokens reasoning retrieval`.split(/\s+/).filter(Boolean);
const SPECIAL = [
  'first-order', 'second-order', 'zeroth-order', 'pre-training', 'pretraining', 'self-supervised',
  'state-of-the-art', 'derivative-free', 'fine-tuning', 'large-scale', 'multi-view', 'text-to-image',
  'low-rank', 'high-dimensional', 'non-convex', 'Schr\\"odinger', '$O(\\epsilon^{-3})$', '{\\it single-loop}',
  '\\emph{provably}', '$\\alpha$-divergence', 'Poincaré', 'Schrödinger', 'naïve', 'Gaussians', 'Hessians',
  'studies', 'LLMs', 'GANs', 'x-ray', 'T-SNE', 'k-means',
];
// Made-up words alternate consonant clusters and vowels, so they look like words without being
// built from a handful of syllables (which would make every word a prefix of many others).
const ONSETS = 'b c d f g h k l m n p r s t v w z br cr dr fl gr pl pr st tr ch sh th'.split(' ');
const VOWELS = 'a e i o u a e i o ea io ou'.split(' ');
const madeUp = (min: number, max: number): string => {
  let w = '';
  const n = min + Math.floor(rand() * (max - min + 1));
  for (let i = 0; i < n; i++) w += pick(ONSETS) + pick(VOWELS);
  return rand() < 0.5 ? w + pick(['n', 'r', 'l', 's', 'x', 'm', 'tion', 'ity', 'ic', 'al']) : w;
};
// Real abstracts draw on tens of thousands of distinct words.
const TOPICS = [...TOPICAL, ...Array.from({ length: 30_000 }, () => madeUp(2, 4))];
const CATEGORIES = ['cs.LG', 'cs.CV', 'cs.CL', 'cs.AI', 'stat.ML', 'math.OC', 'hep-th', 'hep-ph', 'quant-ph', 'cond-mat.stat-mech', 'astro-ph.CO', 'cs.IT', 'physics.comp-ph'];
const FIRST = ['Geoffrey', 'Yann', 'Hendrik', 'Ulf-G.', 'Jürgen', 'Anna', 'Wei', 'Maria', 'José', 'H.', 'A. N.', ...Array.from({ length: 300 }, () => cap(madeUp(2, 3)))];
const LAST = ['Hinton', 'LeCun', 'de Vries', 'Meißner', 'Schmidhuber', 'Müller', 'García', 'van der Waals', 'Nocera', ...Array.from({ length: 3_000 }, () => cap(madeUp(2, 4)))];

function word(): string {
  const r = rand();
  if (r < 0.45) return zipf(STOP);
  if (r < 0.65) return zipf(GENERIC);
  if (r < 0.97) return zipf(TOPICS);
  return pick(SPECIAL);
}
function words(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(i === 0 ? cap(word()) : word());
  return out.join(' ');
}
function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function makePaper(): MatchablePaper {
  const p: MatchablePaper = {
    title: words(7 + Math.floor(rand() * 7)),
    abstract: Array.from({ length: 8 }, () => words(15 + Math.floor(rand() * 8)) + '.').join(' '),
    authors: Array.from({ length: 1 + Math.floor(rand() * 8) }, () => `${pick(FIRST)} ${pick(LAST)}`),
  };
  if (rand() < 0.5) {
    p.aiSummary = words(30);
    p.aiKeywords = Array.from({ length: 6 }, () => words(1 + Math.floor(rand() * 3)));
  }
  if (rand() < 0.6) {
    p.categories = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(CATEGORIES));
    p.primaryCategory = p.categories[0];
  }
  return p;
}

// Rules name topics, not stop words: mostly mid- and low-frequency words, so that (as with real
// rules) a paper matches a few rules, not a hundred.
function queryWord(): string {
  const r = rand();
  if (r < 0.1) return pick(SPECIAL.slice(0, 15));
  if (r < 0.25) return pick(TOPICAL);
  return pick(TOPICS.slice(200, 8_000));
}
function makeRule(i: number): RuleInput {
  const r = rand();
  let query: string;
  if (r < 0.3) query = queryWord();
  else if (r < 0.45) query = `"${queryWord()} ${queryWord()}"`;
  else if (r < 0.55) query = `${pick(['ti', 'abs', 'kw', 'all'])}:${queryWord()}`;
  else if (r < 0.65) query = `${queryWord().replace(/[^a-z]/g, '').slice(0, 5) || 'optim'}*`;
  else if (r < 0.75) query = `${queryWord()} -${queryWord()}`;
  else if (r < 0.8) query = `${queryWord()} -cat:${pick(CATEGORIES)}`;
  else if (r < 0.85) query = `au:"${rand() < 0.3 ? pick(LAST.slice(0, 9)) : pick(LAST)}"${rand() < 0.5 ? ` cat:${pick(['cs', 'hep-th', 'math'])}` : ''}`;
  else if (r < 0.9) query = `cat:${pick(CATEGORIES)} ${queryWord()}`;
  else query = `(${queryWord()} OR "${queryWord()} ${queryWord()}") ${queryWord()}*`;
  return { id: `r${i}`, query };
}

const papers = Array.from({ length: PAPERS }, makePaper);
const rules = Array.from({ length: RULES }, (_, i) => makeRule(i));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
// Wall time, and CPU time of this process: on a shared machine the wall clock also counts the time
// other processes held the CPU, so both are reported.
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cpuTimes = new Map<string, number[]>();
const time = (f: () => void, label?: string): number => {
  const c = cpuNow();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  if (label) cpuTimes.set(label, [...(cpuTimes.get(label) ?? []), cpuNow() - c]);
  return wall;
};
// How fast is this machine right now? A fixed loop over 10 M chars, to compare runs across machines.
function calibrate(): number {
  const s = 'abcdefghij klmnopqrstu vwxyz '.repeat(350_000);
  let n = 0;
  return time(() => {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 96) n++;
    if (n < 0) console.log(n);
  });
}
calibrate();

// --- compiled ---
let matcher = compileRules(rules);
if (matcher.invalid.length > 0) throw new Error(`bench rules do not parse: ${JSON.stringify(matcher.invalid[0])}`);
let totalMatches = 0;
let explained = 0;
const compileTimes: number[] = [];
const matchTimes: number[] = [];
const explainTimes: number[] = [];
// Each measured on its own, so that neither pays for the other's garbage.
for (let run = 0; run < RUNS; run++) {
  compileTimes.push(time(() => (matcher = compileRules(rules)), 'compile'));
  matchTimes.push(
    time(() => {
      totalMatches = 0;
      for (const p of papers) totalMatches += matchPaper(matcher, p, { terms: false }).matches.length;
    }, 'match'),
  );
}
for (let run = 0; run < RUNS; run++) {
  explainTimes.push(
    time(() => {
      explained = 0;
      for (const p of papers) explained += matchPaper(matcher, p).matches.length;
    }, 'explain'),
  );
}
if (explained !== totalMatches) throw new Error(`with terms ${explained} matches, without ${totalMatches}`);

// --- naive: per rule, per paper, fold again and test regexes ---
type NaiveTest = (p: MatchablePaper) => boolean;
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function naiveRule(ast: Node): NaiveTest {
  switch (ast.type) {
    case 'not': {
      const t = naiveRule(ast.item);
      return (p) => !t(p);
    }
    case 'and': {
      const ts = ast.items.map(naiveRule);
      return (p) => ts.every((t) => t(p));
    }
    case 'or': {
      const ts = ast.items.map(naiveRule);
      return (p) => ts.some((t) => t(p));
    }
    case 'term': {
      if (ast.field === 'cat') {
        const code = ast.words[0] ?? '';
        return (p) => (p.categories ?? []).some((c) => c.toLowerCase() === code || c.toLowerCase().startsWith(code + '.'));
      }
      const body = ast.words.map(esc).join(' ?');
      const re = new RegExp(`(?:^| )${body}${ast.prefix ? '' : '(?:s|es)?(?= |$)'}`);
      const texts = (p: MatchablePaper): (string | undefined)[] => {
        switch (ast.field) {
          case 'ti':
            return [p.title];
          case 'abs':
            return [p.abstract, p.aiSummary];
          case 'kw':
            return p.aiKeywords ?? [];
          case 'au':
            return p.authors ?? [];
          case 'all':
            return [p.title, p.abstract, p.aiSummary, ...(p.aiKeywords ?? []), ...(p.authors ?? [])];
          default:
            return [p.title, p.abstract, p.aiSummary, ...(p.aiKeywords ?? [])];
        }
      };
      return (p) => texts(p).some((t) => t !== undefined && re.test(normalize(t)));
    }
  }
}
const naive = rules.map((r) => {
  const parsed = parseQuery(r.query);
  if (!parsed.ok) throw new Error(r.query);
  return naiveRule(parsed.ast);
});
const sample = papers.slice(0, NAIVE_SAMPLE);
const naiveTimes: number[] = [];
for (let run = 0; run < 3; run++) {
  naiveTimes.push(
    time(() => {
      for (const p of sample) for (const t of naive) t(p);
    }, 'naive'),
  );
}
const naiveFull = (median(naiveTimes) * PAPERS) / NAIVE_SAMPLE;

const compiled = median(compileTimes);
const matched = median(matchTimes);
const cpu = (label: string): number => median(cpuTimes.get(label) ?? [0]);
const naiveCpuFull = (cpu('naive') * PAPERS) / NAIVE_SAMPLE;
const f = (n: number): string => n.toFixed(n < 10 ? 1 : 0);
console.log(
  `rules: ${RULES} rules × ${PAPERS} papers: compiled ${f(compiled)} ms, match ${f(matched)} ms (goal < 200 ms; ` +
    `fastest run ${f(Math.min(...matchTimes))} ms); naive ${f(naiveFull)} ms; ratio naive/compiled = ${f(naiveFull / matched)}×`,
);
console.log(
  `  CPU time: compiled ${f(cpu('compile'))} ms, match ${f(cpu('match'))} ms, naive ${f(naiveCpuFull)} ms` +
    ` (ratio ${f(naiveCpuFull / cpu('match'))}×). Median of ${RUNS} runs (naive: 3 runs on ${NAIVE_SAMPLE} papers, scaled).`,
);
console.log(
  `  with the matched terms of every match (explain): ${f(median(explainTimes))} ms, CPU ${f(cpu('explain'))} ms.`,
);
console.log(
  `  ${totalMatches} rule matches (${(totalMatches / PAPERS).toFixed(1)} per paper); node ${process.version}; ` +
    `calibration: a fixed loop over 10 M chars took ${f(calibrate())} ms here (scale the figures above by it across machines).`,
);
