/**
 * What the page shows for each paper it lists, kept in step with the background. Detected papers go
 * over in one batch per scan: a Hugging Face card's embedded data first (so the cache knows it and no
 * request is made, DESIGN §2), then every id (never the page URL) in one `papers/annotate`. The answer
 * (matched rule labels, colour, saved state) is applied to every element showing that paper.
 *
 * Papers the background still looks up come back `known: false` and are asked for again with a
 * growing delay; a change of the rules re-asks for everything, a library change flips the saved flag
 * of the papers it names at once.
 */
import type { Detection, EmbeddedPaper as DetectedEmbedded } from '../detect/types';
import type { EmbeddedPaper, PaperMark } from '../messaging/types';
import type { sendMessage } from '../messaging/send';

type Send = typeof sendMessage;

export interface PageMarks {
  add(detections: readonly Detection[]): void;
  /** Elements whose mark was dropped. */
  remove(elements: readonly Element[]): void;
  /** The rules changed: every paper on the page is asked for again. */
  refreshAll(): void;
  /** A library change notice: saved state of these ids. */
  setSaved(ids: readonly string[], saved: boolean): void;
  /** The latest answer for `id`, if any. */
  get(id: string): PaperMark | undefined;
  /** Re-applies every known mark (a display setting changed). */
  reapply(): void;
  stop(): void;
}

export interface PageMarksOptions {
  send: Send;
  /** Called for every element whose paper's mark changed, or that was newly registered. */
  apply(element: Element, mark: PaperMark | undefined, detection: Detection): void;
  schedule?: (run: () => void) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
}

// The background caps one message at these sizes (lib/messaging/protocol.ts).
const MAX_IDS = 5_000;
const MAX_ITEMS = 1_000;
/** Delays before asking again for papers the background still looks up (arXiv: 100 ids per 3 s). */
const RETRY_MS = [3_000, 5_000, 10_000, 20_000, 40_000, 60_000, 120_000];

function toMessageItem(meta: DetectedEmbedded): EmbeddedPaper {
  const { submittedOnDailyAt: _day, organization: _org, ...item } = meta;
  return item as EmbeddedPaper;
}

const NONE: string[] = [];
const PLAIN = { labels: NONE, saved: false, tags: NONE, color: undefined as string | undefined };
/**
 * What the answer's silence means: known, matched by no rule, not saved. Stored as this one shared
 * object, given its id when read (`get`): a page of a thousand plain papers allocates nothing for them.
 */
const PLAIN_KNOWN: PaperMark = Object.freeze({ id: '', labels: NONE, saved: false, tags: NONE, known: true });
const plainMark = (id: string): PaperMark => ({ ...PLAIN_KNOWN, id });

/** Whether two marks look the same on the page (an unanswered paper looks plain). */
function sameView(a: PaperMark | undefined, b: PaperMark): boolean {
  const x = a ?? PLAIN;
  return (
    x.saved === b.saved &&
    x.color === b.color &&
    x.labels.length === b.labels.length &&
    x.labels.every((l, i) => l === b.labels[i]) &&
    x.tags.length === b.tags.length &&
    x.tags.every((t, i) => t === b.tags[i])
  );
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function createPageMarks(options: PageMarksOptions): PageMarks {
  const { send, apply } = options;
  const schedule = options.schedule ?? ((run) => void Promise.resolve().then(run));
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  // Per paper, the detections showing it; per element, its current detection. Plain arrays: a page
  // lists most papers once, and a thousand small maps were measurable garbage.
  const shown = new Map<string, Detection[]>();
  const current = new WeakMap<Element, Detection>();
  const marks = new Map<string, PaperMark>();
  const embeddedSent = new Set<string>();
  const retries = new Map<string, number>();
  let ask = new Set<string>();
  let items: EmbeddedPaper[] = [];
  let scheduled = false;
  let stopped = false;

  const each = (id: string, fn: (el: Element, d: Detection) => void) => {
    const list = shown.get(id);
    if (!list) return;
    let kept = 0;
    for (const d of list) {
      if (!d.element.isConnected) continue;
      list[kept++] = d;
      fn(d.element, d);
    }
    list.length = kept;
  };

  const forget = (el: Element) => {
    const d = current.get(el);
    if (!d) return;
    current.delete(el);
    const list = shown.get(d.id);
    const i = list ? list.indexOf(d) : -1;
    if (i >= 0) list!.splice(i, 1);
  };

  const scheduleFlush = () => {
    if (!scheduled && !stopped && (ask.size || items.length)) {
      scheduled = true;
      schedule(() => void flush());
    }
  };
  const request = (ids: Iterable<string>) => {
    for (const id of ids) ask.add(id);
    scheduleFlush();
  };
  /** The mark to hand out: the shared plain one gets its id. */
  const markOf = (id: string): PaperMark | undefined => {
    const m = marks.get(id);
    return m === PLAIN_KNOWN ? plainMark(id) : m;
  };

  async function flush() {
    scheduled = false;
    const [ids, batch] = [[...ask], items];
    ask = new Set();
    items = [];
    // Embedded data first: asked before it is stored, the background would look those papers up.
    await Promise.all(chunks(batch, MAX_ITEMS).map((chunk) => send({ type: 'papers/putEmbedded', items: chunk })));
    await Promise.all(chunks(ids, MAX_IDS).map(annotate));
  }

  async function annotate(ids: string[]) {
    const answer = await send({ type: 'papers/annotate', ids });
    if (stopped || !answer.ok) return;
    const later: string[] = [];
    const answered = new Set<string>();
    const take = (id: string, stored: PaperMark) => {
      const before = marks.get(id);
      marks.set(id, stored);
      // Most papers on a page match nothing and are not saved: what they show already. Touching a
      // thousand elements from the isolated world for nothing is what a page would pay.
      if (sameView(before, stored)) return;
      const mark = stored === PLAIN_KNOWN ? plainMark(id) : stored;
      each(id, (el, d) => apply(el, mark, d));
    };
    for (const mark of answer.marks) {
      answered.add(mark.id);
      take(mark.id, mark);
      if (!mark.known) later.push(mark.id);
    }
    // Left out of the answer: known and plain.
    for (const id of ids) if (!answered.has(id)) take(id, PLAIN_KNOWN);
    retryLater(later);
  }

  function retryLater(ids: string[]) {
    const byDelay = new Map<number, string[]>();
    for (const id of ids) {
      const n = retries.get(id) ?? 0;
      if (n >= RETRY_MS.length) continue;
      retries.set(id, n + 1);
      const ms = RETRY_MS[n]!;
      // Pushed, not spread: a first visit retries a thousand papers at once.
      const group = byDelay.get(ms);
      if (group) group.push(id);
      else byDelay.set(ms, [id]);
    }
    for (const [ms, group] of byDelay) setTimer(() => request(group.filter((id) => shown.has(id))), ms);
  }

  return {
    add(detections) {
      // One pass, once per page for most papers: each step per detection here is paid a thousand times.
      for (const d of detections) {
        const el = d.element;
        // An element seen before: the page reused it for another paper (Hugging Face's in-page
        // navigation), or it was detected again.
        forget(el);
        current.set(el, d);
        const list = shown.get(d.id);
        if (list) list.push(d);
        else {
          // Asked for once per page (`shown` keeps its keys); later asks come from retries, rule
          // changes and library notices.
          shown.set(d.id, [d]);
          ask.add(d.id);
        }
        apply(el, markOf(d.id), d);
        if (d.meta && !embeddedSent.has(d.id)) {
          embeddedSent.add(d.id);
          items.push(toMessageItem(d.meta));
        }
      }
      scheduleFlush();
    },
    remove(elements) {
      for (const el of elements) forget(el);
    },
    refreshAll() {
      retries.clear();
      request(shown.keys());
    },
    setSaved(ids, saved) {
      for (const id of ids) {
        const old = markOf(id);
        if (!old) continue;
        const mark = { ...old, saved, tags: saved ? old.tags : [] };
        marks.set(id, mark);
        each(id, (el, d) => apply(el, mark, d));
      }
      // Tags may have changed too: the next answer brings them.
      request(ids.filter((id) => shown.has(id)));
    },
    get: markOf,
    reapply() {
      for (const id of shown.keys()) {
        const mark = markOf(id);
        each(id, (el, d) => apply(el, mark, d));
      }
    },
    stop() {
      stopped = true;
    },
  };
}
