/**
 * Whether a keyword is an arXiv category code. RIS export writes tags and categories as `KW` lines
 * alike (DESIGN §5.5 asks for both), so the RIS importer needs to tell them apart to give back only the
 * tags. A test checks this against every code in tests/fixtures/arxiv-categories.json.
 *
 * A user tag spelled exactly like a category ("cs.LG") is therefore not imported from RIS; bare archive
 * names that are never a paper's category on their own ("math", "physics", "cs") stay tags.
 */

// Archives whose papers carry a subject class: codes are `<archive>.<subject>` (astro-ph and cond-mat
// were also categories by themselves before they were split).
const WITH_SUBJECTS = new Set(['astro-ph', 'cond-mat', 'cs', 'econ', 'eess', 'math', 'nlin', 'physics', 'q-bio', 'q-fin', 'stat']);

// Categories without a subject class: today's, and the archives arXiv has since merged into others
// (old papers keep them as their category).
const WHOLE = new Set(
  (
    'gr-qc hep-ex hep-lat hep-ph hep-th math-ph nucl-ex nucl-th quant-ph astro-ph cond-mat ' +
    'acc-phys adap-org alg-geom ao-sci atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas dg-ga funct-an ' +
    'mtrl-th patt-sol plasm-ph q-alg solv-int supr-con'
  ).split(' '),
);

const SUBJECT_RE = /^[A-Za-z][A-Za-z-]{0,15}$/;

export function isCategoryCode(code: string): boolean {
  if (WHOLE.has(code)) return true;
  const dot = code.indexOf('.');
  return dot > 0 && WITH_SUBJECTS.has(code.slice(0, dot)) && SUBJECT_RE.test(code.slice(dot + 1));
}
