/**
 * Links to papers on any page (DESIGN §1, §5.1): every `<a>` whose resolved href is a paper URL.
 * Elsewhere than the paper sites themselves, one native selector of host-name substrings picks the
 * few candidates, so a page of 5,000 ordinary links costs one querySelectorAll.
 */
import { parsePaperUrl } from '../arxiv/id';
import { linkHref, queryAll } from './dom';
import { isInsideMarked } from './mark';
import { linksRelativeToPapers, pagePaperId } from './site';
import type { Detection, Detector } from './types';

// Substrings every paper URL of §5.1 holds, in the casings people write (`arxiv`, `arXiv`, `ARXIV`;
// alphaxiv and scirate.com/arxiv/ hold "xiv", ar5iv "5iv", Hugging Face "papers/", DataCite DOIs
// "10.48550"). Case-sensitive on purpose: a case-insensitive attribute selector (` i`) costs about six
// times as much in Chromium (12 ms against 2 ms on a page of 5,000 ordinary links), and a page with no
// paper pays exactly this.
export const PAPER_LINK_PREFILTER = ['xiv', 'Xiv', 'XIV', '5iv', '5IV', 'papers/', 'PAPERS/', '10.48550']
  .map((s) => `a[href*="${s}"]`)
  .join(', ');

export const links: Detector = {
  name: 'links',
  appliesTo: () => true,
  detect(root, loc) {
    const out: Detection[] = [];
    const selector = linksRelativeToPapers(loc.hostname) ? 'a[href]' : PAPER_LINK_PREFILTER;
    const self = pagePaperId(loc);
    for (const a of queryAll(root, selector)) {
      if (isInsideMarked(a)) continue;
      const href = linkHref(a);
      const ref = href ? parsePaperUrl(href) : null;
      if (ref && ref.id !== self) out.push({ element: a, id: ref.id, version: ref.version, surface: 'link' });
    }
    return out;
  },
};

// Tested on (fixtures tests/fixtures/pages/blog/links-all-forms.html, blog/no-papers.html and the
// arXiv/HF fixtures): https://blog.example.com/posts/reading-list.html (shaped after ordinary blog
// posts and READMEs), https://arxiv.org/abs/2310.06825 (reference links next to the abstract),
// https://huggingface.co/papers/2602.23229 (related papers).
