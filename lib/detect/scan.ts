/**
 * One scan pass: runs the detectors that apply to the page, in order (site detectors, then links,
 * then mentions, so that links and text inside a card or listing entry are left to the card), marks
 * what they find, and drops marks that no detector claims any more.
 */
import { arxivAbs } from './arxiv-abs';
import { arxivListing } from './arxiv-listing';
import { arxivSearch } from './arxiv-search';
import { queryAll } from './dom';
import { hfListing } from './hf-listing';
import { hfPaperPage } from './hf-paper-page';
import { links } from './links';
import { anyMarked, ID_ATTR, mark, MARKED_SELECTOR, unmark } from './mark';
import { mentions } from './mentions';
import type { Detection, Detector, PageLocation } from './types';

export const DETECTORS: readonly Detector[] = [
  hfListing,
  hfPaperPage,
  arxivListing,
  arxivSearch,
  arxivAbs,
  links,
  mentions,
];

export interface ScanResult {
  /** Elements newly marked, or now marked with another id. */
  detections: Detection[];
  /** Elements whose mark was dropped (stale after in-page navigation, or swallowed by a card). */
  removed: Element[];
}

export interface ScanOptions {
  detectors?: readonly Detector[];
  /** A detector that throws is skipped for this pass; the others still run. */
  onError?: (detector: string, error: unknown) => void;
}

function run(
  root: ParentNode,
  loc: PageLocation,
  detectors: readonly Detector[],
  claimed: Set<Element>,
  out: Detection[],
  onError: ScanOptions['onError'],
  fresh: boolean,
): boolean {
  let ok = true;
  for (const d of detectors) {
    try {
      const found = d.detect(root, loc);
      if (fresh) {
        // Nothing was marked before this pass, so an element marked now was claimed now: the
        // attribute is the claim. The first detector to find anything cannot meet one (two Set
        // operations per element were ~2 ms on a page of a thousand links).
        const dedupe = out.length > 0;
        for (const det of found) {
          if (dedupe && det.element.hasAttribute(ID_ATTR)) continue;
          mark(det.element, det.id, true);
          out.push(det);
        }
        continue;
      }
      for (const det of found) {
        if (claimed.has(det.element)) continue;
        claimed.add(det.element);
        if (mark(det.element, det.id, false)) out.push(det);
      }
    } catch (e) {
      ok = false;
      onError?.(d.name, e);
    }
  }
  return ok;
}

export function scan(root: ParentNode, loc: PageLocation, options: ScanOptions = {}): ScanResult {
  const all = options.detectors ?? DETECTORS;
  const detectors = all.filter((d) => {
    try {
      return d.appliesTo(loc);
    } catch (e) {
      options.onError?.(d.name, e);
      return false;
    }
  });
  const claimed = new Set<Element>();
  const detections: Detection[] = [];
  // Nothing marked before this pass: no element carries a mark yet (so none is read), and none can
  // have gone stale. That is the whole first pass of a page.
  const fresh = !anyMarked();
  const complete = run(root, loc, detectors, claimed, detections, options.onError, fresh);

  const removed: Element[] = [];
  // After a failed detector, "unclaimed" would include everything it should have claimed.
  for (const el of complete && !fresh ? queryAll(root, MARKED_SELECTOR) : []) {
    if (!claimed.has(el)) {
      unmark(el);
      removed.push(el);
    }
  }
  // What a dropped mark covered (a reused card, say) may hold links or mentions of its own now.
  for (const el of removed) {
    if (el.isConnected) run(el, loc, detectors, claimed, detections, options.onError, false);
  }
  return { detections, removed: removed.filter((el) => !claimed.has(el)) };
}
