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
const COMMAND_AT = new RegExp(COMMAND.source, 'y');
const BRACES = /[{}]/g;
const SPECIAL_LETTER: Record<string, string> = { aa: 'a', AA: 'a' };

function replaceCommand(_m: string, ...groups: (string | undefined)[]): string {
  const [named, sym1, sym2, acc1, acc2, special] = groups;
  if (named !== undefined) return ` ${named} `;
  const letter = sym1 ?? sym2 ?? acc1 ?? acc2;
  if (letter !== undefined) return letter;
  if (special !== undefined) return SPECIAL_LETTER[special] ?? special;
  return ' ';
}

/**
 * Strips TeX markup, keeping the letters. Commands become a space (they separate words); braces
 * vanish without one, so `{B}ERT` stays one word and `Mei{\ss}ner` becomes "Meissner"; `$…$` keeps
 * its letters (the dollar signs separate words).
 */
export function stripTex(s: string): string {
  // includes() and plain-string replacements are native scans; a callback per "$" is not.
  if (s.includes('\\')) s = s.replace(COMMAND, replaceCommand);
  if (s.includes('$')) s = s.replaceAll('$', ' ');
  return s.includes('{') || s.includes('}') ? s.replace(BRACES, '') : s;
}

/**
 * The command that stripTex replaces at s[i] (a backslash): its replacement and where it ends.
 * Null for a backslash that ends the text (stripTex keeps it).
 */
export function commandAt(s: string, i: number): { text: string; end: number } | null {
  COMMAND_AT.lastIndex = i;
  const m = COMMAND_AT.exec(s);
  return m ? { text: replaceCommand(m[0], m[1], m[2], m[3], m[4], m[5], m[6]), end: i + m[0].length } : null;
}
