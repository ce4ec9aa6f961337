/** A Hugging Face paper page (`/papers/<id>`): its title heading stands for the paper (DESIGN §6). */
import { parsePaperUrl } from '../arxiv/id';
import { ownerDocument, within } from './dom';
import { readEmbeddedPapers } from './hf-props';
import { isHfHost } from './site';
import type { Detector } from './types';

export const hfPaperPage: Detector = {
  name: 'hf-paper-page',
  appliesTo: (loc) => isHfHost(loc.hostname) && parsePaperUrl(loc.href) !== null,
  detect(root, loc) {
    const ref = parsePaperUrl(loc.href);
    // The page's heading, even when the scan only covers a subtree that happens to hold another h1.
    const h1 = ownerDocument(root).querySelector('h1');
    if (!ref || !h1 || !within(root, h1)) return [];
    const meta = readEmbeddedPapers(h1.ownerDocument).get(ref.id);
    return [{ element: h1, id: ref.id, version: ref.version, surface: 'hf-paper', ...(meta && { meta }) }];
  },
};

// Tested on (fixture tests/fixtures/pages/hf/paper-2602.23229.html, shaped after it):
// https://huggingface.co/papers/2602.23229
