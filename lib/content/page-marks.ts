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
import { createPaperElements } from './paper-elements';
import { createRetries } from './retries';

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
  /**
   * Called for every element whose paper's mark changed. An element newly found is passed only when
   * its paper already shows something, until anything has needed the elements (see paper-elements.ts);
   * from then on, every one.
   */
  apply(element: Element, mark: PaperMark | undefined, detection: Detection): void;
  schedule?: (run: () => void) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
}

// The background caps one message at these sizes (lib/messaging/protocol.ts).
const MAX_IDS = 5_000;
const MAX_ITEMS = 1_000;

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

/**
 * Stands for every paper first asked for in one message until the answer comes: the answer names
 * only papers that show something, so the rest become known and plain at once, without a step per
 * paper (a first visit asks for a thousand).
 */
class Asked {
  answered = false;
}
type Entry = PaperMark | Asked;

/** Whether two marks look the same on the page (an unanswered paper looks plain). */
function sameView(a: Entry | undefined, b: PaperMark): boolean {
  const x = a === undefined || a instanceof Asked ? PLAIN : a;
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
  const elements = createPaperElements();
  // Every paper the page has shown (keys are kept for the page's life), with what it shows.
  const marks = new Map<string, Entry>();
  const embeddedSent = new Set<string>();
  // Papers asked for the first time in the next message (stored as `asking` until it is answered),
  // and papers asked for again (retries, rule and library changes).
  let fresh: string[] = [];
  let asking = new Asked();
  let again = new Set<string>();
  let items: EmbeddedPaper[] = [];
  let scheduled = false;
  let stopped = false;
  const retries = createRetries((ids) => request(ids), setTimer);

  const scheduleFlush = () => {
    if (!scheduled && !stopped && (fresh.length || again.size || items.length)) {
      scheduled = true;
      schedule(() => void flush());
    }
  };
  const request = (ids: Iterable<string>) => {
    for (const id of ids) again.add(id);
    scheduleFlush();
  };
  /** The mark to hand out: a known plain paper gets its own copy of the shared plain mark. */
  const markOf = (id: string): PaperMark | undefined => {
    const m = marks.get(id);
    if (m instanceof Asked) return m.answered ? plainMark(id) : undefined;
    return m === PLAIN_KNOWN ? plainMark(id) : m;
  };

  async function flush() {
    scheduled = false;
    const [first, stands, batch] = [fresh, asking, items];
    const repeated = [...again].filter((id) => marks.get(id) !== stands);
    fresh = [];
    asking = new Asked();
    again = new Set();
    items = [];
    // Embedded data first: asked before it is stored, the background would look those papers up.
    await Promise.all(chunks(batch, MAX_ITEMS).map((chunk) => send({ type: 'papers/putEmbedded', items: chunk })));
    const firstChunks = chunks(first, MAX_IDS).map((ids, i) => {
      // One stand-in per message, so that a failed message leaves only its own papers unanswered.
      const own = i === 0 ? stands : new Asked();
      if (own !== stands) for (const id of ids) marks.set(id, own);
      return annotate(ids, own);
    });
    await Promise.all([...firstChunks, ...chunks(repeated, MAX_IDS).map((ids) => annotate(ids))]);
  }

  /** `stands`: the stand-in of papers asked for the first time, or none when asked again. */
  async function annotate(ids: string[], stands?: Asked) {
    const answer = await send({ type: 'papers/annotate', ids });
    if (stopped || !answer.ok) return;
    const later: string[] = [];
    const take = (id: string, stored: PaperMark) => {
      const before = marks.get(id);
      marks.set(id, stored);
      // Most papers on a page match nothing and are not saved: what they show already. Touching a
      // thousand elements from the isolated world for nothing is what a page would pay.
      if (sameView(before, stored)) return;
      const mark = stored === PLAIN_KNOWN ? plainMark(id) : stored;
      elements.each(id, (el, d) => apply(el, mark, d));
    };
    for (const mark of answer.marks) {
      take(mark.id, mark);
      if (!mark.known) later.push(mark.id);
    }
    // Left out of the answer: known and plain. Papers asked for the first time look it already.
    if (stands) stands.answered = true;
    else {
      const answered = new Set(answer.marks.map((m) => m.id));
      for (const id of ids) if (!answered.has(id)) take(id, PLAIN_KNOWN);
    }
    retries.later(later);
  }

  return {
    add(detections) {
      // Once per page for most papers: each step per detection here is paid a thousand times.
      const every = elements.indexed;
      for (const d of detections) {
        const id = d.id;
        const m = marks.get(id);
        if (m === undefined) {
          // Asked for once per page; later asks come from retries, rule changes and library notices.
          marks.set(id, asking);
          fresh.push(id);
          if (every) apply(d.element, undefined, d);
        } else if (every || !(m instanceof Asked || sameView(undefined, m))) {
          apply(d.element, markOf(id), d);
        }
        if (d.meta && !embeddedSent.has(id)) {
          embeddedSent.add(id);
          items.push(toMessageItem(d.meta));
        }
      }
      elements.add(detections);
      scheduleFlush();
    },
    remove(els) {
      elements.remove(els);
    },
    refreshAll() {
      retries.reset();
      request(marks.keys());
    },
    setSaved(ids, saved) {
      const shown: string[] = [];
      for (const id of ids) {
        const old = markOf(id);
        if (marks.has(id)) shown.push(id);
        if (!old) continue;
        const mark = { ...old, saved, tags: saved ? old.tags : [] };
        marks.set(id, mark);
        elements.each(id, (el, d) => apply(el, mark, d));
      }
      // Tags may have changed too: the next answer brings them.
      request(shown);
    },
    get: markOf,
    reapply() {
      for (const id of elements.ids()) {
        const mark = markOf(id);
        elements.each(id, (el, d) => apply(el, mark, d));
      }
    },
    stop() {
      stopped = true;
    },
  };
}
