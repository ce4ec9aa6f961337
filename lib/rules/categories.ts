// `cat:` matching (DESIGN §5.6). arXiv lists some categories under two names (math.IT is cs.IT,
// stat.TH is math.ST, …): a paper in either one is in both, so `cat:math` finds cs.IT papers, as
// arXiv's own math listing does. The table mirrors the "aliases" of arxiv-categories.json (a test
// checks they agree; the runtime must not read that fixture).

/** alias → canonical, from arXiv's taxonomy (arxiv-base, arxiv/taxonomy/definitions.py). */
export const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  'math.MP': 'math-ph',
  'stat.TH': 'math.ST',
  'math.IT': 'cs.IT',
  'q-fin.EC': 'econ.GN',
  'cs.SY': 'eess.SY',
  'cs.NA': 'math.NA',
};

const EQUIVALENT = new Map<string, string[]>();
for (const [alias, canonical] of Object.entries(CATEGORY_ALIASES)) {
  const a = alias.toLowerCase();
  const c = canonical.toLowerCase();
  EQUIVALENT.set(a, [...(EQUIVALENT.get(a) ?? []), c]);
  EQUIVALENT.set(c, [...(EQUIVALENT.get(c) ?? []), a]);
}

/** A paper's category codes, lowercased, with their aliases; empty when the paper has none. */
export function expandCategories(categories: readonly unknown[] | undefined, primary: unknown): string[] {
  const out: string[] = [];
  const add = (c: unknown): void => {
    if (typeof c !== 'string') return;
    for (const code of expandCode(c)) if (!out.includes(code)) out.push(code);
  };
  if (Array.isArray(categories)) categories.forEach(add);
  add(primary);
  return out;
}

// Papers share a few hundred codes: each is expanded once.
const expanded = new Map<string, readonly string[]>();

function expandCode(c: string): readonly string[] {
  let codes = expanded.get(c);
  if (codes === undefined) {
    const code = c.trim().toLowerCase();
    codes = code === '' ? [] : [code, ...(EQUIVALENT.get(code) ?? [])];
    if (expanded.size < 4096) expanded.set(c, codes);
  }
  return codes;
}

/**
 * `cat:cs` matches cs.LG (the code, or a code of which it is a whole first part: the next character
 * is "." or "-", so `cat:hep` finds hep-th and `cat:cond-mat` cond-mat.soft), but `cat:cs.LG` never
 * matches a longer code such as "cs.LGX". `cat:q-b*` is a plain string prefix.
 */
export function categoryMatches(code: string, query: string, prefix: boolean): boolean {
  if (!code.startsWith(query)) return false;
  if (prefix || code.length === query.length) return true;
  const next = code[query.length];
  return next === '.' || next === '-';
}

/**
 * The queries `cat:q` (without `*`) that match `code`: the code itself and each of its leading parts
 * that ends before a "." or "-" (cond-mat.stat-mech → cond, cond-mat, cond-mat.stat,
 * cond-mat.stat-mech). Lets the matcher look rules up by a paper's codes instead of testing each
 * `cat:` term against each code.
 */
export function categoryQueriesFor(code: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < code.length; i++) if (code[i] === '.' || code[i] === '-') out.push(code.slice(0, i));
  out.push(code);
  return out;
}
