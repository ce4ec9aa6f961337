/**
 * Links to papers on any page (DESIGN §1, §5.1): every `<a>` whose resolved href is a paper URL.
 * Elsewhere than the paper sites themselves, one native selector of host-name substrings picks the
 * few candidates, so a page of 5,000 ordinary links costs one querySelectorAll.
 */
import { queryAll } from './dom';
import { linkRef } from './link-ref';
import { anyMarked, isInsideMarked } from './mark';
import { linksRelativeToPapers, pagePaperId } from './site';
import type { Detection, Detector } from './types';

// Substrings every paper URL of §5.1 holds, in the casings people write: `xiv` in arxiv, arXiv,
// ARXIV (arXiv's hosts and DataCite DOIs, alphaxiv, scirate.com/arxiv/), `5iv` for ar5iv.org, and
// Hugging Face's `papers/` (a path, so lower case only: the id parser reads paths case-sensitively).
// Case-sensitive on purpose: a case-insensitive attribute selector (` i`) costs several times as
// much in Chromium, and `a:is(…)` tests the tag once rather than once per substring (measured on a
// page of 5,000 ordinary links: about 2 ms, against 4 ms for the same list spelt as eight selectors).
// A page without papers pays exactly this.
export const PAPER_LINK_PREFILTER = `a:is(${['xiv', 'Xiv', 'XIV', '5iv', '5IV', 'papers/'].map((s) => `[href*="${s}"]`).join(',')})`;

export const links: Detector = {
  name: 'links',
  appliesTo: () => true,
  detect(root, loc) {
    const out: Detection[] = [];
    const selector = linksRelativeToPapers(loc.hostname) ? 'a[href]' : PAPER_LINK_PREFILTER;
    const self = pagePaperId(loc);
    // Before anything is marked no link can be inside a marked element: the first pass of a page
    // skips the ancestor walk.
    const nested = anyMarked();
    for (const a of queryAll(root, selector)) {
      if (nested && isInsideMarked(a)) continue;
      const ref = linkRef(a);
      if (ref && ref.id !== self) out.push({ element: a, id: ref.id, version: ref.version, surface: 'link' });
    }
    return out;
  },
};

// Tested on (fixtures tests/fixtures/pages/blog/links-all-forms.html, blog/no-papers.html and the
// arXiv/HF fixtures): https://blog.example.com/posts/reading-list.html (shaped after ordinary blog
// posts and READMEs), https://arxiv.org/abs/2310.06825 (reference links next to the abstract),
// https://huggingface.co/papers/2602.23229 (related papers).
