/**
 * The DESIGN §6 attributes: the one public contract between detection, highlighting and tests.
 * Writes only when a value changes, so re-scans cause no attribute churn (page observers, style
 * recalculation).
 */

export const ID_ATTR = 'data-paper-radar-id';
export const MATCH_ATTR = 'data-paper-radar-match';
export const SAVED_ATTR = 'data-paper-radar-saved';
export const MARKED_SELECTOR = '[' + ID_ATTR + ']';

// Until something is marked, no mark can have gone stale: scans skip looking for them, which is the
// whole cost of a page without papers.
let marked = false;
export function anyMarked(): boolean {
  return marked;
}

export function markedId(el: Element): string | null {
  return el.getAttribute(ID_ATTR);
}

/**
 * Marks `el` as showing paper `id`. Returns true when that is news: the element was unmarked, or it
 * showed another paper (Hugging Face's SPA reuses card elements after in-page navigation). `fresh`:
 * the caller knows `el` carries no mark (nothing was marked before its pass), so it is not read.
 */
export function mark(el: Element, id: string, fresh = false): boolean {
  const old = fresh ? null : el.getAttribute(ID_ATTR);
  if (old === id) return false;
  if (old !== null) {
    // Match labels and the saved flag described the previous paper.
    el.removeAttribute(MATCH_ATTR);
    el.removeAttribute(SAVED_ATTR);
  }
  el.setAttribute(ID_ATTR, id);
  marked = true;
  return true;
}

export function unmark(el: Element): void {
  el.removeAttribute(ID_ATTR);
  el.removeAttribute(MATCH_ATTR);
  el.removeAttribute(SAVED_ATTR);
}

/** True when an ancestor (not `el` itself) is marked: links inside a marked card are not marked again. */
export function isInsideMarked(el: Element): boolean {
  // One native call in the usual case (nothing marked around it), without touching the parent.
  const found = el.closest(MARKED_SELECTOR);
  if (found !== el) return found !== null;
  const parent = el.parentElement;
  return parent !== null && parent.closest(MARKED_SELECTOR) !== null;
}

/** Labels of the matched rules, in rule order; the attribute goes away when nothing matches. */
export function setMatch(el: Element, labels: readonly string[]): void {
  // The attribute is comma separated, so a comma inside a label would split it in two.
  const value = labels
    .map((l) => l.replace(/,/g, ' ').trim())
    .filter(Boolean)
    .join(',');
  if (!value) {
    if (el.hasAttribute(MATCH_ATTR)) el.removeAttribute(MATCH_ATTR);
  } else if (el.getAttribute(MATCH_ATTR) !== value) {
    el.setAttribute(MATCH_ATTR, value);
  }
}

export function setSaved(el: Element, saved: boolean): void {
  if (saved) {
    if (!el.hasAttribute(SAVED_ATTR)) el.setAttribute(SAVED_ATTR, '');
  } else if (el.hasAttribute(SAVED_ATTR)) {
    el.removeAttribute(SAVED_ATTR);
  }
}
