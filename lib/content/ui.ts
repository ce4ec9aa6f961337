/**
 * The visible part of Paper Radar on a page: highlights, chips, save toggles and the hover overlay.
 * Loaded only on pages that show a paper (entrypoints/paper-ui.ts, imported by the every-page script
 * at its first detection), so a page without papers pays for none of it.
 */
import type { Detection } from '../detect/types';
import type { sendMessage } from '../messaging/send';
import type { PaperMark } from '../messaging/types';
import type { Settings } from '../settings/settings';
import { decorate, undecorate } from './decorate';
import { setHighlight } from './highlight';
import { createOverlay } from './overlay/controller';
import type { PageMarks } from './page-marks';

export interface PaperUiDeps {
  send: typeof sendMessage;
  marks: Pick<PageMarks, 'get'>;
  settings: () => Settings;
  onToggle(id: string, saved: boolean): void;
}

export interface PaperUi {
  /** Shows `mark` on `detection`'s element; `labels` are what highlighting shows (none when off). */
  apply(detection: Detection, mark: PaperMark | undefined, labels: readonly string[], off: boolean): void;
  remove(element: Element): void;
  /** The pointer or focus is on `target` (it arrived before the UI did): open the overlay as if just now. */
  point(target: Element): void;
  /** Settings changed: the overlay comes or goes. */
  sync(): void;
  stop(): void;
}

export function createPaperUi(deps: PaperUiDeps): PaperUi {
  let overlay: ReturnType<typeof createOverlay> | undefined;
  const sync = () => {
    const s = deps.settings();
    if (s.overlay && !overlay) overlay = createOverlay({ send: deps.send, marks: deps.marks, delayMs: () => deps.settings().overlayDelayMs });
    else if (!s.overlay && overlay) {
      overlay.stop();
      overlay = undefined;
    }
  };
  sync();
  return {
    apply(d, mark, labels, off) {
      if (mark) overlay?.refresh({ ...mark, labels: [...labels] });
      setHighlight(d.element, labels, mark?.color);
      decorate(d, mark, labels, { toggles: deps.settings().saveButtons && !off, onToggle: deps.onToggle });
    },
    remove: undecorate,
    point: (target) => overlay?.point(target),
    sync,
    stop() {
      overlay?.stop();
      overlay = undefined;
    },
  };
}
