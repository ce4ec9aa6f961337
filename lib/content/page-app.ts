/**
 * Everything Paper Radar does on a page, composed. The every-page part is small: detection
 * (lib/detect), the marks the background answers (matched rules, saved state) written as the DESIGN
 * §6 attributes. The visible part (highlights, chips, toggles, overlay: ./ui.ts) is loaded only when
 * there is something to show: a matched paper, a card or listing entry (save toggles), or the first
 * hover of a paper link, which it then answers. A page of plain, unmatched paper links never loads it
 * unless the user points at one. Each part fails alone: an error in one listener is logged.
 */
import { MARKED_SELECTOR, setMatch, setSaved } from '../detect/mark';
import { startDetection } from '../detect/observer';
import type { Detection } from '../detect/types';
import type { sendMessage } from '../messaging/send';
import type { BackgroundNotice, PaperMark } from '../messaging/types';
import { isSiteDisabled, type Settings } from '../settings/settings';
import { createPageMarks } from './page-marks';
import { wantsToggle } from './surfaces';
import type { PaperUi, PaperUiDeps } from './ui';

export interface PageAppDeps {
  send: typeof sendMessage;
  settings: Settings;
  hostname: string;
  /** Loads the visible part (a lazily imported chunk in the extension, direct in tests). */
  loadUi: () => Promise<(deps: PaperUiDeps) => PaperUi>;
}

const guard =
  <A extends unknown[]>(what: string, fn: (...args: A) => void) =>
  (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      console.warn(`[paper-radar] ${what} failed:`, e);
    }
  };

export function startPageApp({ send, settings: initial, hostname, loadUi }: PageAppDeps) {
  let settings = initial;
  let off = isSiteDisabled(settings, hostname);
  let ui: PaperUi | undefined;
  let uiLoading = false;
  const doc = document;
  const noop = () => {};
  if (off) return { onNotice: noop, onSettings: noop, checkLocation: noop, stop: noop };

  const apply = guard('marking', (el: Element, mark: PaperMark | undefined, d: Detection) => {
    // Not answered yet, so it shows nothing: marking cleared whatever a previous paper left on the
    // element. Reading a thousand elements' attributes back would cost the page for nothing.
    if (!mark && !ui) return;
    const labels = settings.highlight && mark && !off ? mark.labels : [];
    setMatch(el, labels);
    setSaved(el, (mark?.saved ?? false) && !off);
    if (ui) ui.apply(d, mark, labels, off);
    else if (labels.length || (settings.saveButtons && wantsToggle(d))) ensureUi();
  });
  const marks = createPageMarks({ send, apply });

  function onToggle(id: string, saved: boolean) {
    marks.setSaved([id], !saved);
    const request = saved ? send({ type: 'library/remove', ids: [id] }) : send({ type: 'library/save', id });
    void request.then((a) => !a.ok && marks.setSaved([id], saved));
  }

  // The paper element the pointer or focus is on while the UI loads: the UI answers it once loaded.
  let pointedAt: Element | undefined;
  function ensureUi() {
    if (uiLoading) return;
    uiLoading = true;
    doc.removeEventListener('pointerover', onPoint, true);
    doc.removeEventListener('focusin', onPoint, true);
    // A throw, a rejection or a failing factory is logged; the attributes stay right without the UI.
    Promise.resolve()
      .then(loadUi)
      .then((create) => {
        if (off) return;
        ui = create({ send, marks, settings: () => settings, onToggle });
        marks.reapply();
        if (pointedAt?.isConnected) ui.point(pointedAt);
      })
      .catch((e) => console.warn('[paper-radar] the page UI did not load:', e))
      .finally(() => {
        doc.removeEventListener('pointerout', onLeave, true);
        doc.removeEventListener('focusout', onLeave, true);
      });
  }
  const onPoint = (e: Event) => {
    if (e.target instanceof Element && e.target.closest(MARKED_SELECTOR)) {
      pointedAt = e.target;
      doc.addEventListener('pointerout', onLeave, true);
      doc.addEventListener('focusout', onLeave, true);
      ensureUi();
    }
  };
  const onLeave = (e: Event) => {
    if (e.target === pointedAt) pointedAt = undefined;
  };

  const detection = startDetection({
    onDetect: guard('detection', (ds: Detection[]) => {
      if (!uiLoading && settings.overlay) {
        // Cheap until used: two passive listeners, no per-link work.
        doc.addEventListener('pointerover', onPoint, { capture: true, passive: true });
        doc.addEventListener('focusin', onPoint, { capture: true, passive: true });
      }
      // Cards and listing entries carry save toggles, which the visible part draws.
      if (!uiLoading && settings.saveButtons && ds.some(wantsToggle)) ensureUi();
      marks.add(ds);
    }),
    onRemove: guard('unmarking', (els: Element[]) => {
      els.forEach((el) => ui?.remove(el));
      marks.remove(els);
    }),
  });

  const app = {
    onNotice: guard('notice', (n: BackgroundNotice) => {
      if (n.type === 'rules/changed') marks.refreshAll();
      else if (n.type === 'library/changed') marks.setSaved(n.ids, n.saved);
    }),
    onSettings: guard('settings', (next: Settings) => {
      settings = next;
      // Switching a site off takes effect at once (highlights, chips and toggles go); switching it
      // back on, at the next load.
      off = isSiteDisabled(next, hostname);
      if (!off) ui?.sync();
      marks.reapply();
      if (off) app.stop();
    }),
    checkLocation: () => detection.checkLocation(),
    stop() {
      doc.removeEventListener('pointerover', onPoint, true);
      doc.removeEventListener('focusin', onPoint, true);
      ui?.stop();
      marks.stop();
      detection.stop();
    },
  };
  return app;
}
