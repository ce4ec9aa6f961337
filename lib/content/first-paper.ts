/**
 * Whether the page shows a paper, answered from the DOM alone. The content script runs on every page
 * and most pages show no paper; there it must cost next to nothing, and touching the extension APIs
 * (settings, messaging) costs a page several milliseconds (bench/page-cost.ts). So the script starts
 * its work only once this finds a paper link or a text that may hold an `arXiv:` mention: when the
 * browser is first idle, or later in content the page adds. On the paper sites it starts at once.
 */
import { isElement } from '../detect/dom';
import { linkRef } from '../detect/link-ref';
import { PAPER_LINK_PREFILTER } from '../detect/links';
import { mentionHints } from '../detect/mentions';
import { frameOrTimeout, topmost, whenIdle } from '../detect/observer';
import { linksRelativeToPapers } from '../detect/site';

/** True when `root` holds a link to a paper or a text that may mention one. */
export function showsPaper(root: ParentNode): boolean {
  if (isElement(root) && root.matches(PAPER_LINK_PREFILTER) && linkRef(root)) return true;
  // On a page of papers the first candidate is one: the engine stops there, and the page's detection
  // pass, which lists them all, comes next.
  const first = root.querySelector(PAPER_LINK_PREFILTER);
  if (first && linkRef(first)) return true;
  const candidates = first ? root.querySelectorAll(PAPER_LINK_PREFILTER) : [];
  for (let i = 1; i < candidates.length; i++) if (linkRef(candidates[i]!)) return true;
  const scope = (root as Node).nodeType === 9 ? (root as Document).body : (root as Node);
  return !!scope && mentionHints(scope.textContent ?? '').length > 0;
}

export interface WaitOptions {
  /** Runs the first look; by default when the browser is idle. */
  scheduleInitial?: (run: () => void) => void;
  /** Runs a look at added content; by default at the next frame. */
  schedule?: (run: () => void) => void;
}

/** Calls `found` once, when the page first shows a paper; returns the stop function. */
export function whenPaperShown(doc: Document, found: () => void, options: WaitOptions = {}): () => void {
  if (linksRelativeToPapers(doc.location.hostname)) {
    found();
    return () => {};
  }
  const win = doc.defaultView!;
  const schedule = options.schedule ?? ((run) => frameOrTimeout(win, run));
  const scheduleInitial = options.scheduleInitial ?? ((run) => whenIdle(win, run));
  const added = new Set<Element>();
  let stopped = false;
  let scheduled = false;
  const hit = () => {
    stop();
    found();
  };
  // Made only when the first look found nothing: a page that shows a paper never needs it.
  let observer: MutationObserver | undefined;
  const onMutations = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'attributes') added.add(r.target as Element);
      else for (let i = 0; i < r.addedNodes.length; i++) {
        const n = r.addedNodes[i]!;
        const el = isElement(n) ? n : n.parentElement;
        if (el) added.add(el);
      }
    }
    if (added.size && !scheduled) {
      scheduled = true;
      schedule(() => {
        scheduled = false;
        // Each added subtree looked at once: not again through a node added inside it.
        const roots = topmost(added);
        added.clear();
        if (!stopped && roots.some(showsPaper)) hit();
      });
    }
  };
  function stop() {
    stopped = true;
    observer?.disconnect();
    added.clear();
  }
  scheduleInitial(() => {
    if (stopped) return;
    if (showsPaper(doc)) return hit();
    observer = new win.MutationObserver(onMutations);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  });
  return stop;
}
