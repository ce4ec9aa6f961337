/**
 * arXiv abstract pages (`/abs/<id>[vN]`): the title heading `h1.title` stands for the paper. The id
 * comes from `citation_arxiv_id` (canonical, no version), else from the URL; the version from the URL,
 * else from the page's "(or arXiv:<id>vN for this version)" link.
 */
import { parseArxivId, parsePaperUrl } from '../arxiv/id';
import { ownerDocument, within } from './dom';
import { linkRef } from './link-ref';
import { isArxivPageHost } from './site';
import type { Detector } from './types';

function pageVersion(doc: Document, id: string): number | null {
  const a = doc.querySelector('.arxividv a[href]');
  const ref = a && linkRef(a);
  return ref && ref.id === id ? ref.version : null;
}

export const arxivAbs: Detector = {
  name: 'arxiv-abs',
  appliesTo: (loc) => isArxivPageHost(loc.hostname) && loc.pathname.startsWith('/abs/'),
  detect(root, loc) {
    const doc = ownerDocument(root);
    const h1 = doc.querySelector('h1.title');
    if (!h1 || !within(root, h1)) return [];
    const fromUrl = parsePaperUrl(loc.href);
    const fromMeta = parseArxivId(doc.querySelector('meta[name="citation_arxiv_id"]')?.getAttribute('content') ?? '');
    const id = fromMeta?.id ?? fromUrl?.id;
    if (!id) return [];
    const version = (fromUrl?.id === id ? fromUrl.version : null) ?? pageVersion(doc, id);
    return [{ element: h1, id, version, surface: 'arxiv-abs' }];
  },
};

// Tested on (fixture tests/fixtures/pages/arxiv/abs-2310.06825.html, shaped after arXiv's abs
// template): https://arxiv.org/abs/2310.06825, https://arxiv.org/abs/2310.06825v1
// Same markup: https://arxiv.org/abs/hep-th/9711200, https://export.arxiv.org/abs/1706.03762
