// TeX markup in titles and abstracts (arXiv keeps the authors' LaTeX: `$O(\epsilon^{-3})$`,
// `{\it single-loop}`, `Mei{\ss}ner`, `Sch\"onberg`). We keep the letters a reader sees and drop the
// markup, so "single-loop" and "Meißner" match whatever way the source spelled them. Diacritics are
// folded later anyway, so an accent command only has to leave its base letter behind.

// One pass over every backslash sequence; the alternatives are tried in this order:
// 1. Greek letters (and TeX/LaTeX) are words people search for: `$\alpha$-divergence` ↔
//    "alpha-divergence"; \varepsilon is epsilon.
// 2. Symbol accents take the next letter, braced or not: \"o \"{o} \' e \^{\i}.
// 3. Letter accents need a brace or a space (\v{c}, \c c), or they would eat \beta, \cdot, \dots.
// 4. Special letters \ss \o \l \ae … (not the start of a longer command such as \omega, \log).
// 5. Anything else is markup (\emph, \mathcal, \it, \&, \%, \\): a word separator.
const NAMED = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu',
  'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega',
  'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega', 'LaTeX', 'TeX',
].join('|');
const COMMAND = new RegExp(
  String.raw`\\(?:(?:var)?(${NAMED})(?![a-zA-Z])` +
    String.raw`|[\x60'^"~=.]\s*(?:\{\s*\\?([a-zA-Z])\s*\}|\\?([a-zA-Z]))` +
    String.raw`|[uvHckrdbt](?:\s*\{\s*\\?([a-zA-Z])\s*\}|\s+([a-zA-Z]))` +
    String.raw`|(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![a-zA-Z])(?:\s*\{\s*\})?` +
    String.raw`|[a-zA-Z]+\*?|[^])`,
  'g',
);
const SPECIAL_LETTER: Record<string, string> = { aa: 'a', AA: 'a' };

function replaceCommand(_m: string, ...groups: (string | undefined)[]): string {
  const [named, sym1, sym2, acc1, acc2, special] = groups;
  if (named !== undefined) return ` ${named} `;
  const letter = sym1 ?? sym2 ?? acc1 ?? acc2;
  if (letter !== undefined) return letter;
  if (special !== undefined) return SPECIAL_LETTER[special] ?? special;
  return ' ';
}

/** Quick test so plain text (most abstracts) skips the regex passes. */
export function hasTex(s: string): boolean {
  return /[\\${}]/.test(s);
}

/**
 * Strips TeX markup, keeping the letters. Commands become a space (they separate words); braces
 * vanish without one, so `{B}ERT` stays one word and `Mei{\ss}ner` becomes "Meissner"; `$…$` keeps
 * its letters (the dollar signs separate words).
 */
export function stripTex(s: string): string {
  if (s.includes('\\')) s = s.replace(COMMAND, replaceCommand);
  return s.replace(/[${}]/g, (c) => (c === '$' ? ' ' : ''));
}
