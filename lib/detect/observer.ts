/**
 * Detection over the life of a page: one full pass when the browser is idle, then ONE batched
 * MutationObserver. Added nodes are collected and scanned once per frame, only the added subtrees;
 * the mutations our own wrapping causes are discarded, so the observer cannot feed itself. A change
 * of `location.href` between batches (Hugging Face navigates in-page) triggers a full rescan, which
 * also drops marks left on elements the SPA reused for other content.
 */
import { isElement, isOurs } from './dom';
import { MARKED_SELECTOR } from './mark';
import { scan, type ScanOptions } from './scan';
import type { Detection, Detector, PageLocation } from './types';

export interface DetectionCallbacks {
  /** Elements newly marked or marked with another id since the last call; never called empty. */
  onDetect(detections: Detection[]): void;
  /** Elements whose mark was dropped; their highlight and chips should go too. */
  onRemove?(elements: Element[]): void;
}

export interface DetectionOptions extends DetectionCallbacks {
  document?: Document;
  detectors?: readonly Detector[];
  onError?: ScanOptions['onError'];
  /** Runs a batch later; by default at the next frame (or 100 ms, in hidden tabs that get no frames). */
  schedule?: (run: () => void) => void;
  /** Runs the first pass; by default when the browser is idle. */
  scheduleInitial?: (run: () => void) => void;
}

export interface DetectionHandle {
  stop(): void;
  /** Scans the whole document again (after a setting changed, say). */
  rescan(): void;
  /**
   * The URL may have changed without a DOM change we saw (pushState after the DOM update): runs a
   * batch, which rescans the whole document if it did.
   */
  checkLocation(): void;
}

/** Runs `run` at the next frame, or within 100 ms in hidden tabs, which get no frames. */
export function frameOrTimeout(win: Window, run: () => void): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      run();
    }
  };
  win.requestAnimationFrame?.(once);
  win.setTimeout(once, 100);
}

export function whenIdle(win: Window, run: () => void): void {
  if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: 1000 });
  else win.setTimeout(run, 0);
}


/** Keeps only nodes that are still in the page and not inside another pending node. */
export function topmost(nodes: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  for (const n of nodes) {
    if (!n.isConnected) continue;
    let covered = false;
    for (let p = n.parentElement; p && !covered; p = p.parentElement) covered = nodes.has(p);
    if (!covered) out.push(n);
  }
  return out;
}

export function startDetection(options: DetectionOptions): DetectionHandle {
  const doc = options.document ?? document;
  const win = doc.defaultView!;
  const schedule = options.schedule ?? ((run) => frameOrTimeout(win, run));
  const scheduleInitial = options.scheduleInitial ?? ((run) => whenIdle(win, run));
  const scanOptions: ScanOptions = { detectors: options.detectors, onError: options.onError };
  const pending = new Set<Element>();
  let full = true;
  let scheduled = false;
  let stopped = false;
  let observing = false;
  let lastPage = '';

  const location = (): PageLocation => {
    const { href, hostname, pathname } = doc.location!;
    return { href, hostname, pathname };
  };

  const collect = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        // A link now points elsewhere (an SPA reusing the element): rescan what its mark covers,
        // from the parent, so detectors see the whole card or listing entry again.
        const target = r.target as Element;
        const base = target.closest(MARKED_SELECTOR) ?? target;
        pending.add(base.parentElement ?? base);
        continue;
      }
      for (let i = 0; i < r.addedNodes.length; i++) {
        const n = r.addedNodes[i]!;
        // Added text (a paragraph's content replaced) is scanned through its parent.
        const el = isElement(n) ? n : n.parentElement;
        if (el && !isOurs(el)) pending.add(el);
      }
    }
    if (pending.size && !scheduled && !stopped) {
      scheduled = true;
      schedule(flush);
    }
  };

  const observer = new win.MutationObserver(collect);

  function flush() {
    if (stopped) return;
    // Still "scheduled" while collecting: records queued since the last delivery belong to this
    // batch and must not start another one.
    collect(observer.takeRecords());
    const loc = location();
    const detections: Detection[] = [];
    const removed: Element[] = [];
    // A new fragment is not a new page (scroll spies rewrite it all the time).
    const page = loc.href.split('#')[0]!;
    const roots: ParentNode[] = full || page !== lastPage ? [doc] : topmost(pending);
    full = false;
    lastPage = page;
    pending.clear();
    try {
      for (const root of roots) {
        const r = scan(root, loc, scanOptions);
        detections.push(...r.detections);
        removed.push(...r.removed);
      }
    } finally {
      // Whatever was recorded during the scan is our own wrapping of mentions. And whatever went
      // wrong, the next batch must still be able to run.
      observer.takeRecords();
      scheduled = false;
    }
    if (!observing) {
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['href'],
      });
      observing = true;
    }
    if (removed.length) options.onRemove?.(removed);
    if (detections.length) options.onDetect(detections);
  }

  scheduled = true;
  scheduleInitial(flush);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      pending.clear();
    },
    rescan() {
      full = true;
      this.checkLocation();
    },
    checkLocation() {
      if (stopped || scheduled) return;
      scheduled = true;
      schedule(flush);
    },
  };
}
