/**
 * Hugging Face papers listings (DESIGN §1, §5.3): each card is found through its `/papers/<id>`
 * links, never through Tailwind classes, which change. The card is the closest `<article>` (today's
 * markup); failing that, the highest ancestor of the link whose paper links all name the same id.
 */
import { queryAll } from './dom';
import { HF_PAPER_LINK_SELECTOR, hfPaperRef } from './hf-links';
import { readEmbeddedPapers } from './hf-props';
import { isHfHost, pagePaperId } from './site';
import type { Detection, Detector, EmbeddedPaper, PageLocation } from './types';

// A card never grows into the page frame.
const FRAME = new Set(['BODY', 'MAIN', 'HTML']);

/** The one paper id an element's paper links name; null when they name several (or none). */
function soleId(el: Element, memo: Map<Element, string | null>): string | null {
  let id = memo.get(el);
  if (id !== undefined) return id;
  id = null;
  const links = el.querySelectorAll(HF_PAPER_LINK_SELECTOR);
  for (let i = 0; i < links.length; i++) {
    const ref = hfPaperRef(links[i]!);
    if (!ref) continue;
    if (id === null) id = ref.id;
    else if (id !== ref.id) {
      // Several papers: not a card. Stops the climb, and costs one early exit for the list.
      id = null;
      break;
    }
  }
  memo.set(el, id);
  return id;
}

export function findCard(link: Element, id: string, memo: Map<Element, string | null>): Element {
  const article = link.closest('article');
  if (article && soleId(article, memo) === id) return article;
  let card: Element = link;
  for (let el = link.parentElement; el && !FRAME.has(el.tagName); el = el.parentElement) {
    if (soleId(el, memo) !== id) break;
    card = el;
  }
  return card;
}

export const hfListing: Detector = {
  name: 'hf-listing',
  appliesTo: (loc: PageLocation) =>
    isHfHost(loc.hostname) && /^\/papers(?:\/|$)/.test(loc.pathname) && !pagePaperId(loc),
  detect(root) {
    const out: Detection[] = [];
    const seen = new Set<Element>();
    const memo = new Map<Element, string | null>();
    let embedded: Map<string, EmbeddedPaper> | undefined;
    for (const a of queryAll(root, HF_PAPER_LINK_SELECTOR)) {
      const ref = hfPaperRef(a);
      if (!ref) continue;
      const card = findCard(a, ref.id, memo);
      if (seen.has(card)) continue;
      seen.add(card);
      embedded ??= readEmbeddedPapers(a.ownerDocument);
      const meta = embedded.get(ref.id);
      out.push({ element: card, id: ref.id, version: ref.version, surface: 'hf-card', ...(meta && { meta }) });
    }
    return out;
  },
};

// Tested on (fixtures in tests/fixtures/pages/hf/, shaped after these):
// https://huggingface.co/papers?q=first-order (papers-search.html, papers-search-no-props.html)
// https://huggingface.co/papers/date/2025-11-17 (papers-date-2025-11-17.html)
// Also applies to https://huggingface.co/papers, /papers?date=2025-11-17, /papers/week/2025-W47,
// /papers/month/2025-11, /papers/trending (same card markup).
