/** arXiv search results (`arxiv.org/search/…`): one `li.arxiv-result` per paper (DESIGN §5.4). */
import { queryAll } from './dom';
import { linkRef } from './link-ref';
import { isArxivPageHost } from './site';
import type { Detection, Detector } from './types';

export const arxivSearch: Detector = {
  name: 'arxiv-search',
  appliesTo: (loc) => isArxivPageHost(loc.hostname) && loc.pathname.startsWith('/search'),
  detect(root) {
    const out: Detection[] = [];
    for (const li of queryAll(root, 'li.arxiv-result')) {
      // The abs link heads the title line; the pdf/other links after it name the same paper.
      const a = li.querySelector('p.list-title a[href]');
      const ref = a && linkRef(a);
      if (ref) out.push({ element: li, id: ref.id, version: ref.version, surface: 'arxiv-search' });
    }
    return out;
  },
};

// Tested on (fixture tests/fixtures/pages/arxiv/search-results.html, shaped after it):
// https://arxiv.org/search/?query=mistral+7b&searchtype=all&source=header
// Same markup: https://arxiv.org/search/advanced?…, https://arxiv.org/search/cs?query=…
