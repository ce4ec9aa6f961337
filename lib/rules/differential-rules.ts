// TEST CODE (differential.test.ts): paper variants and rules generated from the papers' own words,
// deterministic for a seed.

import type { MatchablePaper } from './paper';
import type { RuleInput } from './matcher';
import { normalizeWords } from './normalize';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' };
const ALIASES: Record<string, string> = { 'cs.IT': 'math.IT', 'math.NA': 'cs.NA', 'math.ST': 'stat.TH', 'eess.SY': 'cs.SY' };

/** The same paper as another source might write it: TeX, accents, capitals, hyphens, joined words. */
export function mangle(paper: MatchablePaper, rnd: Rnd): MatchablePaper {
  const text = (s: string | undefined): string | undefined => {
    if (s === undefined) return undefined;
    const tokens = s.split(' ');
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let t = tokens[i] ?? '';
      const r = rnd();
      if (r < 0.04) t = t.toUpperCase();
      else if (r < 0.08) t = `${pick(rnd, ['\\emph{', '{', '$', '{\\it '])}${t}${pick(rnd, ['}', '}', '$', '}'])}`;
      else if (r < 0.12) t = t.replace(/[aeiou]/, (v) => ACCENTS[v] ?? v);
      else if (r < 0.16 && i + 1 < tokens.length) t = `${t}${pick(rnd, ['-', ''])}${tokens[++i]}`;
      else if (r < 0.19 && t.length > 6) t = `${t.slice(0, 3)}-${t.slice(3)}`;
      else if (r < 0.21) t = `Schr\\"odinger ${t}`;
      out.push(t);
    }
    return out.join(' ');
  };
  const categories = paper.categories?.map((c) => (rnd() < 0.5 ? (ALIASES[c] ?? c) : c));
  return {
    ...paper,
    title: text(paper.title),
    abstract: text(paper.abstract),
    ...(paper.aiKeywords ? { aiKeywords: paper.aiKeywords.map((k) => text(k) ?? k) } : {}),
    ...(categories ? { categories } : {}),
  };
}

const NOISE = ['hessian', 'zeroth-order', 'optim*', 'quantum', 'splatting', 'llms', 'cat:cs.CV', 'au:hinton', 'cat:hep*'];

/** One term that is likely to occur in some paper. */
function term(papers: readonly MatchablePaper[], rnd: Rnd): string {
  const p = pick(rnd, papers);
  const r = rnd();
  if (r < 0.1) return pick(rnd, NOISE);
  if (r < 0.2) return author(p, rnd);
  if (r < 0.3) return category(p, rnd);
  const source = pick(rnd, [p.title, p.abstract, p.aiSummary, ...(p.aiKeywords ?? [])].filter((s): s is string => !!s));
  const words = normalizeWords(source ?? 'x');
  const k = Math.floor(rnd() * words.length);
  const n = 1 + Math.floor(rnd() * (rnd() < 0.3 ? 5 : 3));
  const run = words.slice(k, k + n);
  const field = pick(rnd, ['', '', '', 'ti:', 'abs:', 'kw:', 'all:']);
  let word = run[0] ?? 'x';
  const shape = rnd();
  if (shape < 0.35) {
    // A word, perhaps in its other number, capitalised or with an accent the folding removes.
    if (rnd() < 0.3) word = word.endsWith('s') ? word.slice(0, -1) : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`;
    if (rnd() < 0.2) word = word.charAt(0).toUpperCase() + word.slice(1);
    if (rnd() < 0.1) word = word.replace(/[aeiou]/, (v) => ACCENTS[v] ?? v);
    return `${field}${/^(?:or|and|not|andnot)$/i.test(word) ? `"${word}"` : word}`;
  }
  if (shape < 0.55) return `${field}"${run.join(' ')}"`;
  if (shape < 0.7) return `${field}${run.join(pick(rnd, ['-', '']))}`;
  // Wildcards: the start of a word, a hyphenated word whose last part is cut short, or words
  // joined and cut inside the second ("a priori" → apri*).
  const cut = (w: string): string => w.slice(0, 1 + Math.floor(rnd() * Math.min(6, w.length)));
  if (shape < 0.8 || run.length < 2) return `${field}${cut(word)}*`;
  if (shape < 0.9) return `${field}${run.slice(0, -1).join('-')}-${cut(run[run.length - 1] ?? 'x')}*`;
  return `${field}${word}${cut(run[1] ?? 'x')}*`;
}

function author(p: MatchablePaper, rnd: Rnd): string {
  const authors = p.authors?.length ? p.authors : ['Geoffrey Hinton'];
  const name = normalizeWords(pick(rnd, authors));
  const last = name[name.length - 1] ?? 'x';
  const first = name[0] ?? 'x';
  const r = rnd();
  // Words of two authors: one author must hold them all.
  if (r < 0.1) return `au:"${first} ${normalizeWords(pick(rnd, authors)).pop() ?? 'x'}"`;
  if (r < 0.4) return `au:${last}`;
  if (r < 0.6) return `au:"${first} ${last}"`;
  if (r < 0.75) return `au:"${last} ${first.charAt(0)}"`;
  if (r < 0.9) return `au:${last.slice(0, 2 + Math.floor(rnd() * 3))}*`;
  return `au:"${name.join(' ')}"`;
}

function category(p: MatchablePaper, rnd: Rnd): string {
  const code = pick(rnd, p.categories?.length ? p.categories : ['cs.LG', 'math.IT', 'hep-th']);
  const r = rnd();
  if (r < 0.35) return `cat:${code}`;
  if (r < 0.55) return `cat:${code.split('.')[0] ?? code}`;
  if (r < 0.7) return `cat:${Object.entries(ALIASES).find(([a, b]) => a === code || b === code)?.find((c) => c !== code) ?? 'math'}`;
  if (r < 0.85) return `cat:${code.slice(0, 1 + Math.floor(rnd() * code.length)).replace(/[.-]$/, '')}*`;
  return `cat:${code.split(/[.-]/)[0] ?? code}`;
}

/** `n` rules: single terms and small trees of them under every operator. */
export function makeRules(papers: readonly MatchablePaper[], n: number, rnd: Rnd): RuleInput[] {
  const t = (): string => term(papers, rnd);
  const shapes: (() => string)[] = [
    t,
    t,
    () => `${t()} ${t()}`,
    () => `${t()} AND ${t()}`,
    () => `${t()} OR ${t()}`,
    () => `${t()} -${t()}`,
    () => `${t()} ANDNOT ${t()}`,
    () => `NOT ${t()} ${t()}`,
    () => `(${t()} OR ${t()}) ${t()}`,
    () => `${t()} -(${t()} OR ${t()})`,
    () => `(${t()} ${t()}) OR (${t()} -${t()})`,
    () => `-${t()}`,
  ];
  return Array.from({ length: n }, (_, i) => ({ id: `r${i}`, query: pick(rnd, shapes)() }));
}
