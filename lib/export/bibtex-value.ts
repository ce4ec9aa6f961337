/**
 * Field values for the BibTeX and biblatex entries we generate (never for a stored arXiv entry, which is
 * written verbatim).
 *
 * arXiv metadata is TeX source when it comes from the old API (`$O(n^2)$`, `H\"older`, `\emph{x}`) and
 * Unicode when it comes from the new one or Hugging Face (`Hölder`); both can be in one library, and
 * arXiv's own entries carry the raw TeX. So TeX is kept as TeX, Unicode stays Unicode (biber, bibtexu and
 * LaTeX with UTF-8 input read it; arXiv's own entries contain it too), and only what would break the .bib
 * file or the LaTeX run is escaped:
 * - braces BibTeX cannot pair (it counts every brace, escaped or not) become `\textbraceleft{}` /
 *   `\textbraceright{}` (`\lbrace` / `\rbrace` inside math), so the field always ends where it should;
 * - `%`, `&`, `#` not already escaped become `\%`, `\&`, `\#` (a bare `%` would comment out the rest of
 *   the line in the .bbl, and `&`/`#` stop LaTeX);
 * - outside math, a bare `_` becomes `\_` and a bare `^` becomes `\^{}` (both are math-only in TeX), and
 *   `<`, `>`, `|` become `\textless{}`, `\textgreater{}`, `\textbar{}` (LaTeX's default OT1 encoding
 *   prints them as "¡", "¿" and "—");
 * - a `$` without a partner becomes `\$` (an odd count would leave LaTeX in math mode);
 * - a trailing lone backslash becomes `\textbackslash{}`, control characters are dropped and runs of
 *   white space become one space.
 */

// In LaTeX's default OT1 encoding these print as other glyphs outside math ("<" as "¡", "|" as "—").
const TEXT_SYMBOLS: Record<string, string> = { '<': '\\textless{}', '>': '\\textgreater{}', '|': '\\textbar{}' };

export function bibtexValue(text: string): string {
  const s = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const unmatched = unmatchedBraces(s);
  const lastDollar = loneDollar(s);
  let out = '';
  let math = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const next = s[i + 1];
      if (next === undefined) {
        out += '\\textbackslash{}';
      } else if ((next === '{' || next === '}') && unmatched.has(i + 1)) {
        out += brace(next, math);
        i++;
      } else {
        out += c + next;
        i++;
      }
    } else if ((c === '{' || c === '}') && unmatched.has(i)) {
      out += brace(c, math);
    } else if (c === '$') {
      if (i === lastDollar) out += '\\$';
      else {
        math = !math;
        out += c;
      }
    } else if (c === '%' || c === '&' || c === '#') {
      out += '\\' + c;
    } else if (!math && c === '_') {
      out += '\\_';
    } else if (!math && c === '^') {
      out += '\\^{}';
    } else if (!math && TEXT_SYMBOLS[c] !== undefined) {
      out += TEXT_SYMBOLS[c];
    } else {
      out += c;
    }
  }
  return out;
}

function brace(c: string, math: boolean): string {
  if (math) return c === '{' ? '\\lbrace ' : '\\rbrace ';
  return c === '{' ? '\\textbraceleft{}' : '\\textbraceright{}';
}

/** Positions of braces that have no partner, counting escaped braces as BibTeX does. */
function unmatchedBraces(s: string): Set<number> {
  const open: number[] = [];
  const bad = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') open.push(i);
    else if (s[i] === '}') {
      if (open.length) open.pop();
      else bad.add(i);
    }
  }
  for (const i of open) bad.add(i);
  return bad;
}

/** The position of the last unescaped `$` when there is an odd number of them, else -1. */
function loneDollar(s: string): number {
  let count = 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '$') {
      count++;
      last = i;
    }
  }
  return count % 2 ? last : -1;
}

/** URLs and DOIs go into verbatim-like fields: only the braces (which no real DOI holds) must go. */
export function bibtexVerbatim(text: string): string {
  return text.replace(/[{}\s]/g, '');
}
