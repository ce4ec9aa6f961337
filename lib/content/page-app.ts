/**
 * Everything Paper Radar does on a page, composed. The every-page part is small: detection
 * (lib/detect), the marks the background answers (matched rules, saved state) written as the DESIGN
 * §6 attributes. The visible part (highlights, chips, toggles, overlay: ./ui.ts) is loaded at the
 * first detected paper. Each part fails alone: an error in one listener is logged, never stops others.
 */
import { setMatch, setSaved } from '../detect/mark';
import { startDetection } from '../detect/observer';
import type { Detection } from '../detect/types';
import type { sendMessage } from '../messaging/send';
import type { BackgroundNotice, PaperMark } from '../messaging/types';
import { isSiteDisabled, type Settings } from '../settings/settings';
import { createPageMarks } from './page-marks';
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
  const noop = () => {};
  if (off) return { onNotice: noop, onSettings: noop, checkLocation: noop, stop: noop };

  const apply = guard('marking', (el: Element, mark: PaperMark | undefined, d: Detection) => {
    const labels = settings.highlight && mark && !off ? mark.labels : [];
    setMatch(el, labels);
    setSaved(el, (mark?.saved ?? false) && !off);
    ui?.apply(d, mark, labels, off);
  });
  const marks = createPageMarks({ send, apply });

  function onToggle(id: string, saved: boolean) {
    marks.setSaved([id], !saved);
    const request = saved ? send({ type: 'library/remove', ids: [id] }) : send({ type: 'library/save', id });
    void request.then((a) => !a.ok && marks.setSaved([id], saved));
  }

  function ensureUi() {
    if (uiLoading) return;
    uiLoading = true;
    // A throw, a rejection or a failing factory is logged; the attributes stay right without the UI.
    Promise.resolve()
      .then(loadUi)
      .then((create) => {
        if (off) return;
        ui = create({ send, marks, settings: () => settings, onToggle });
        marks.reapply();
      })
      .catch((e) => console.warn('[paper-radar] the page UI did not load:', e));
  }

  const detection = startDetection({
    onDetect: guard('detection', (ds: Detection[]) => {
      ensureUi();
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
      ui?.stop();
      marks.stop();
      detection.stop();
    },
  };
  return app;
}
