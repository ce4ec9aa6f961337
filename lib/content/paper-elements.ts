/**
 * Which elements show which paper, for reaching them when a paper's mark changes. Most pages never
 * need it: their papers stay plain (no rule matches, nothing is saved, no toggles), and per-element
 * bookkeeping is what such a page would pay for nothing. In the isolated world's cold, once-per-page
 * code each Map or WeakMap entry costs about 1 µs, and an index of a thousand links cost the page
 * ~6 ms (bench/page-cost.ts). So detections are kept as the arrays they come in, and the index is
 * built the first time something must reach elements; from then on it is kept as they come.
 */
import type { Detection } from '../detect/types';

export interface PaperElements {
  /** True once the index is built: every detection is then worth applying as it comes. */
  readonly indexed: boolean;
  add(detections: readonly Detection[]): void;
  remove(elements: readonly Element[]): void;
  /** Calls `fn` for each element on the page that shows `id` (builds the index). */
  each(id: string, fn: (el: Element, d: Detection) => void): void;
  /** Every paper id with an element listed (builds the index). */
  ids(): Iterable<string>;
}

export function createPaperElements(): PaperElements {
  // Not yet indexed: the detection arrays as they came (copies), in order.
  let pending: Detection[][] | null = [];
  // Per paper, the detections showing it; per element, its current detection. Plain arrays: a page
  // lists most papers once, and a thousand small maps were measurable garbage.
  const shown = new Map<string, Detection[]>();
  const current = new WeakMap<Element, Detection>();

  const forget = (el: Element) => {
    const d = current.get(el);
    if (!d) return;
    current.delete(el);
    const list = shown.get(d.id);
    const i = list ? list.indexOf(d) : -1;
    if (i >= 0) list!.splice(i, 1);
  };
  // An element seen before was reused by the page for another paper (Hugging Face's in-page
  // navigation), or detected again: it is listed under its latest paper only.
  const register = (d: Detection) => {
    forget(d.element);
    current.set(d.element, d);
    const list = shown.get(d.id);
    if (list) list.push(d);
    else shown.set(d.id, [d]);
  };
  const index = () => {
    if (!pending) return;
    const batches = pending;
    pending = null;
    for (const ds of batches) for (const d of ds) register(d);
  };

  return {
    get indexed() {
      return pending === null;
    },
    add(detections) {
      if (pending) pending.push(detections.slice());
      else for (const d of detections) register(d);
    },
    remove(elements) {
      index();
      for (const el of elements) forget(el);
    },
    each(id, fn) {
      index();
      const list = shown.get(id);
      if (!list) return;
      let kept = 0;
      for (const d of list) {
        if (!d.element.isConnected) continue;
        list[kept++] = d;
        fn(d.element, d);
      }
      list.length = kept;
    },
    ids() {
      index();
      return shown.keys();
    },
  };
}
