/**
 * `arXiv:<id>` mentions in page text (DESIGN §1, §6): each is wrapped in a `<span>` that the scanner
 * then marks. Text the page owns in a special way is left alone: editable content (wrapping would
 * corrupt what the user types), form controls, scripts and styles, and code (`code`, `pre`, …),
 * whose DOM belongs to highlighters, editors and copy buttons. Text inside links belongs to the link.
 */
import { findArxivMentions } from '../arxiv/id';
import { ownerDocument, queryAll } from './dom';
import { isInsideMarked, MARKED_SELECTOR, markedId } from './mark';
import { pagePaperId } from './site';
import type { Detection, Detector } from './types';

// Literals, not an id pattern, and case-sensitive: decide cheaply whether a text can hold a mention
// at all (arXiv:, ArXiv:, arxiv:, Arxiv:, ARXIV:). The whole page's textContent is tested first: one
// string, where walking the text nodes from the content script's isolated world would make a wrapper
// object for every one of them (measured in Chromium: ~4 ms against ~9 ms on a 5,000-link page).
const HINTS = ['rXiv:', 'rxiv:', 'RXIV:'];

/** The hints a text holds: none means it cannot hold a mention. */
export function mentionHints(text: string): string[] {
  return HINTS.filter((h) => text.includes(h));
}
// Pure: the every-page script imports this file for its hints and must not build the list it never uses.
const SKIP = /* @__PURE__ */ [
  'a', 'script', 'style', 'noscript', 'template', 'title', 'textarea', 'input', 'select', 'option',
  'button', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', '[contenteditable]:not([contenteditable="false" i])',
  MARKED_SELECTOR,
].join(',');
// The page's globals are not ours to depend on: NodeFilter.SHOW_TEXT, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE.
const SHOW_TEXT = 4;
const ORDERED_SNAPSHOT = 7;

function skipped(parent: Element): boolean {
  return parent.closest(SKIP) !== null;
}

/**
 * The text nodes under `scope` that hold one of `hints`, in document order. The engine searches
 * (XPath), so only those nodes ever reach the script: on a page of a thousand paper links a
 * TreeWalker made a wrapper for each of its ~3,300 text nodes (about 6 ms in Chromium, against 3.5 ms
 * for the search with one hint; each hint adds about 1.5 ms, so only those the page holds are used).
 * Where XPath is missing (the DOM the unit tests run on), the walk.
 */
function textsWithHints(doc: Document, scope: Node, hints: readonly string[]): Text[] {
  const found: Text[] = [];
  if (typeof doc.evaluate === 'function') {
    const test = hints.map((h) => `contains(., "${h}")`).join(' or ');
    const result = doc.evaluate(`descendant::text()[${test}]`, scope, null, ORDERED_SNAPSHOT, null);
    for (let i = 0; i < result.snapshotLength; i++) found.push(result.snapshotItem(i) as Text);
    return found;
  }
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (hints.some((h) => data.includes(h))) found.push(n as Text);
  }
  return found;
}

/**
 * Spans made by an earlier pass: marked, their whole text one mention of the marked id, and not since
 * swallowed by a marked card (then the scanner drops their mark).
 */
function existingSpans(root: ParentNode): Detection[] {
  const out: Detection[] = [];
  for (const span of queryAll(root, 'span' + MARKED_SELECTOR)) {
    if (isInsideMarked(span)) continue;
    const text = span.textContent ?? '';
    const m = findArxivMentions(text);
    if (m.length === 1 && m[0]!.index === 0 && m[0]!.length === text.length && m[0]!.id === markedId(span)) {
      out.push({ element: span, id: m[0]!.id, version: m[0]!.version, surface: 'mention' });
    }
  }
  return out;
}

export const mentions: Detector = {
  name: 'mentions',
  appliesTo: () => true,
  detect(root, loc) {
    const doc = ownerDocument(root);
    const scope: Node | null = (root as Node).nodeType === 9 ? doc.body : (root as Node);
    if (!scope || doc.designMode === 'on') return [];
    const hints = mentionHints(scope.textContent ?? '');
    if (!hints.length) return [];
    const out = existingSpans(root);
    const self = pagePaperId(loc);
    // Wrapping after the search, so it never meets the nodes it splits.
    for (const text of textsWithHints(doc, scope, hints)) {
      const parent = text.parentElement;
      if (!parent || skipped(parent)) continue;
      const ms = findArxivMentions(text.data).filter((m) => m.id !== self);
      const spans: Detection[] = [];
      // From the end, so the offsets of earlier mentions stay valid as the text node shrinks.
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i]!;
        const mention = text.splitText(m.index);
        mention.splitText(m.length);
        const span = doc.createElement('span');
        mention.parentNode!.insertBefore(span, mention);
        span.appendChild(mention);
        spans.push({ element: span, id: m.id, version: m.version, surface: 'mention' });
      }
      out.push(...spans.reverse());
    }
    return out;
  },
};

// Tested on (fixtures tests/fixtures/pages/blog/links-all-forms.html, arxiv/abs-2310.06825.html,
// blog/no-papers.html): https://blog.example.com/posts/reading-list.html (reference lists written as
// "arXiv:2310.06825"), https://arxiv.org/abs/2310.06825 (its own "arXiv:2310.06825" is skipped).
