/**
 * arXiv listings (`/list/<cat>/new|recent|pastweek…`, `/catchup`): `dl#articles` runs of dt/dd pairs
 * (DESIGN §5.4). Both the `dt` (id and format links) and its `dd` (title, authors, abstract) are
 * marked, so either can be highlighted.
 */
import { queryAll } from './dom';
import { linkRef } from './link-ref';
import { isArxivPageHost } from './site';
import type { Detection, Detector } from './types';

export const arxivListing: Detector = {
  name: 'arxiv-listing',
  appliesTo: (loc) =>
    isArxivPageHost(loc.hostname) && (loc.pathname.startsWith('/list/') || loc.pathname.startsWith('/catchup')),
  detect(root) {
    const out: Detection[] = [];
    // Any dl, not only #articles: the pair structure and an abs link are what make an entry.
    for (const dt of queryAll(root, 'dl > dt')) {
      const links = dt.querySelectorAll('a[href]');
      let ref = null;
      // The first link that names a paper is the abs link (`title="Abstract"`); the pdf/html/other
      // links after it name the same paper.
      for (let i = 0; i < links.length && !ref; i++) ref = linkRef(links[i]!);
      if (!ref) continue;
      out.push({ element: dt, id: ref.id, version: ref.version, surface: 'arxiv-listing' });
      const dd = dt.nextElementSibling;
      if (dd && dd.tagName === 'DD') {
        out.push({ element: dd, id: ref.id, version: ref.version, surface: 'arxiv-listing' });
      }
    }
    return out;
  },
};

// Tested on (fixture tests/fixtures/pages/arxiv/list-cs-LG-new.html, shaped after arXiv's
// list templates): https://arxiv.org/list/cs.LG/new
// Same markup: https://arxiv.org/list/cs.LG/recent, /list/hep-th/pastweek?skip=0&show=2000.
