/**
 * The hover overlay: opens after an intent delay when the pointer rests on (or keyboard focus reaches)
 * a paper's link or title, closes on Escape, on leaving both the anchor and the card, and on scroll.
 * One delegated listener per event type on the document: nothing is attached per link, so a page
 * with thousands of links costs nothing until the user hovers one.
 *
 * The card lives in a closed shadow root under `<paper-radar-overlay>` (DESIGN §6), positioned
 * `fixed` so it never moves the page's layout. Key events inside it stop at the shadow root, so
 * typing a tag does not reach the page's shortcuts.
 */
import { parsePaperUrl } from '../../arxiv/id';
import { isOurs } from '../../detect/dom';
import { MARKED_SELECTOR, markedId } from '../../detect/mark';
import type { sendMessage } from '../../messaging/send';
import { shadowHost } from '../dom';
import type { PageMarks } from '../page-marks';
import { placeOverlay } from './position';
import { OVERLAY_CSS } from './styles';
import { overlayCard, type OverlayState } from './view';

const CLOSE_GRACE_MS = 300;
const HOST_STYLE = 'position:fixed;z-index:2147483647;display:block;margin:0;padding:0;border:0;width:420px;top:0;left:0;visibility:hidden;';

export interface OverlayOptions {
  send: typeof sendMessage;
  marks: Pick<PageMarks, 'get'>;
  delayMs: () => number;
  doc?: Document;
}

interface Trigger {
  el: Element;
  id: string;
  version: number | null;
}

/** The paper a hovered or focused element stands for, if it is a link or title of one. */
export function triggerOf(target: EventTarget | null): Trigger | null {
  // Our own chips and toggles sit inside titles (arXiv search results): hovering them is not hovering the title.
  if (!(target instanceof Element) || isOurs(target)) return null;
  const el = target.closest('a[href], .list-title, p.title, ' + MARKED_SELECTOR);
  const marked = el?.closest(MARKED_SELECTOR);
  const id = marked && markedId(marked);
  // The paper's own page (abs, HF paper) needs no summary of itself.
  if (!el || !marked || !id || marked.localName === 'h1') return null;
  if (el.localName === 'a') {
    const ref = parsePaperUrl((el as HTMLAnchorElement).href);
    // A link inside a card to somewhere else (an author, a comment thread) is not the paper.
    return ref?.id === id ? { el, id, version: ref.version } : null;
  }
  // A whole card is no trigger; its title is.
  if (el === marked && el.localName !== 'span') return null;
  return { el, id, version: null };
}

export function createOverlay(options: OverlayOptions) {
  const doc = options.doc ?? document;
  const win = doc.defaultView!;
  const { send, marks } = options;
  let ui: { host: HTMLElement; root: ShadowRoot } | undefined;
  let current: (Trigger & { state: OverlayState }) | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pending: Trigger | undefined;
  // After a keyboard user tabs out of the card, focus on its link must not reopen it at once.
  let suppressed: Element | undefined;

  const clear = () => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
  };

  function ensureUi() {
    if (ui) return ui;
    ui = shadowHost('paper-radar-overlay', OVERLAY_CSS, HOST_STYLE);
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
      ui.root.addEventListener(type, (e) => {
        if (type === 'keydown' && (e as KeyboardEvent).key === 'Escape') close(true);
        else if (type === 'keydown' && (e as KeyboardEvent).key === 'Tab') tabOut(e as KeyboardEvent);
        e.stopPropagation();
      });
    }
    ui.host.addEventListener('pointerenter', () => win.clearTimeout(closeTimer));
    ui.host.addEventListener('pointerleave', () => scheduleClose());
    return ui;
  }

  function render() {
    if (!current || !ui) return;
    const { root, host } = ui;
    const active = root.activeElement;
    const focusIndex = active ? [...root.querySelectorAll('button,input,a')].indexOf(active) : -1;
    root.querySelector('.card')?.remove();
    root.appendChild(overlayCard(current.state, actions));
    if (focusIndex >= 0) (root.querySelectorAll('button,input,a')[focusIndex] as HTMLElement | undefined)?.focus();
    const r = current.el.getBoundingClientRect();
    const card = root.querySelector('.card') as HTMLElement;
    const place = placeOverlay(r, { width: 420, height: card.scrollHeight + 2 }, { width: win.innerWidth, height: win.innerHeight });
    const s = host.style;
    for (const [k, v] of Object.entries({ left: `${place.left}px`, top: `${place.top}px`, width: `${place.width}px`, 'max-height': `${place.maxHeight}px`, visibility: 'visible' })) {
      s.setProperty(k, v, 'important');
    }
    card.style.maxHeight = `${place.maxHeight}px`;
  }

  const update = (patch: Partial<OverlayState>, id = current?.id) => {
    if (!current || current.id !== id) return;
    current.state = { ...current.state, ...patch };
    render();
  };

  const actions = {
    expand: () => update({ expanded: true }),
    toggleSave: () => {
      const s = current?.state;
      if (!s) return;
      const id = s.id;
      update({ saved: !s.saved, notice: undefined });
      const request = s.saved ? send({ type: 'library/remove', ids: [id] }) : send({ type: 'library/save', id });
      void request.then((a) => !a.ok && update({ saved: s.saved, notice: `Not saved: ${a.error}` }, id));
    },
    saveTags: (tags: string[]) => {
      const s = current?.state;
      if (!s) return;
      const id = s.id;
      const request = s.saved ? send({ type: 'library/update', id, tags }) : send({ type: 'library/save', id, tags });
      void request.then((a) =>
        a.ok ? update({ saved: true, tags: a.saved.tags, notice: 'Saved.' }, id) : update({ notice: `Not saved: ${a.error}` }, id),
      );
    },
    copyBibtex: () => {
      const id = current?.id;
      if (!id) return;
      void send({ type: 'papers/bibtex', id }).then(async (a) => {
        if (!a.ok) return update({ notice: a.error }, id);
        try {
          await navigator.clipboard.writeText(a.bibtex);
          update({ notice: `Copied BibTeX (${a.key}).` }, id);
        } catch {
          update({ notice: 'The page does not allow copying; use the popup.' }, id);
        }
      });
    },
  };

  async function load(t: Trigger) {
    const id = t.id;
    const quick = await send({ type: 'papers/get', ids: [id] });
    if (quick.ok && quick.papers[0]) update({ paper: quick.papers[0] }, id);
    const full = await send({ type: 'papers/get', ids: [id], extras: true, arxiv: true });
    const answer = full.ok ? full : quick;
    // The full request's failure is the news, even when the quick one answered (from the cache).
    if (!full.ok && !current?.state.paper) return update({ status: navigator.onLine ? 'error' : 'offline', error: full.error }, id);
    if (!answer.ok) return update({ status: navigator.onLine ? 'error' : 'offline', error: answer.error }, id);
    const paper = answer.papers[0];
    if (paper) update({ paper, status: 'ready' }, id);
    else if (answer.notFound.length) update({ status: 'not-found' }, id);
    else update({ status: current?.state.paper ? 'ready' : navigator.onLine ? 'error' : 'offline', error: 'arXiv has not answered yet' }, id);
  }

  function open(t: Trigger) {
    clear();
    if (current?.el === t.el) return;
    const mark = marks.get(t.id);
    current = {
      ...t,
      state: { id: t.id, version: t.version, status: 'loading', labels: mark?.labels ?? [], color: mark?.color, saved: mark?.saved ?? false, tags: mark?.tags ?? [] },
    };
    const { host } = ensureUi();
    if (!host.isConnected) doc.documentElement.appendChild(host);
    render();
    void load(t);
  }

  function close(refocus = false) {
    clear();
    const was = current;
    current = undefined;
    pending = undefined;
    if (ui?.host.isConnected) ui.host.remove();
    if (refocus && was && was.el instanceof HTMLElement) {
      suppressed = was.el;
      was.el.focus();
    }
  }

  function tabOut(e: KeyboardEvent) {
    const focusables = [...(ui?.root.querySelectorAll('button,input,a') ?? [])];
    const i = focusables.indexOf(ui!.root.activeElement as Element);
    if ((e.shiftKey && i === 0) || (!e.shiftKey && i === focusables.length - 1)) {
      e.preventDefault();
      close(true);
    }
  }

  function scheduleClose() {
    win.clearTimeout(openTimer);
    pending = undefined;
    win.clearTimeout(closeTimer);
    if (current) closeTimer = win.setTimeout(() => close(), CLOSE_GRACE_MS);
  }

  function intend(t: Trigger | null) {
    if (!t) return;
    if (current?.el === t.el) return win.clearTimeout(closeTimer);
    if (pending?.el === t.el) return;
    pending = t;
    win.clearTimeout(openTimer);
    openTimer = win.setTimeout(() => pending && open(pending), options.delayMs());
  }

  const listeners: [string, EventListener, boolean][] = [
    ['pointerover', (e) => intend(triggerOf(e.target)), false],
    [
      'pointerout',
      (e) => {
        const t = triggerOf(e.target);
        const to = (e as PointerEvent).relatedTarget as Element | null;
        if (t && !(to && t.el.contains(to))) scheduleClose();
      },
      false,
    ],
    [
      'focusin',
      (e) => {
        const t = triggerOf(e.target);
        if (t && t.el !== suppressed) intend(t);
      },
      false,
    ],
    [
      'focusout',
      (e) => {
        if (e.target === suppressed) suppressed = undefined;
        if (current && e.target === current.el && (e as FocusEvent).relatedTarget !== ui?.host) scheduleClose();
      },
      false,
    ],
    [
      'keydown',
      (e) => {
        const k = e as KeyboardEvent;
        // Keys typed inside the card are the card's own (ensureUi): this capturing listener sees them
        // first, and closing here would lose the refocus of the link on Escape.
        if (!current || doc.activeElement === ui?.host) return;
        if (k.key === 'Escape') close(doc.activeElement === current.el);
        else if (k.key === 'Tab' && !k.shiftKey && doc.activeElement === current.el) {
          // Into the card: its controls follow its link in the tab order.
          k.preventDefault();
          win.clearTimeout(closeTimer);
          (ui?.root.querySelector('button,input,a') as HTMLElement | null)?.focus();
        }
      },
      true,
    ],
    ['scroll', () => current && ui?.root.activeElement == null && close(), true],
  ];
  for (const [type, fn, capture] of listeners) doc.addEventListener(type, fn, { capture, passive: type !== 'keydown' });

  return {
    close,
    isOpen: () => current !== undefined,
    point: (target: Element) => intend(triggerOf(target)),
    /** The paper's mark changed while the card is open (saved in another tab, a rule edited). */
    refresh(mark: { id: string; labels: string[]; color?: string; saved: boolean; tags: string[] }) {
      update({ labels: mark.labels, color: mark.color, saved: mark.saved, tags: mark.tags }, mark.id);
    },
    stop() {
      close();
      for (const [type, fn, capture] of listeners) doc.removeEventListener(type, fn, { capture });
    },
  };
}
