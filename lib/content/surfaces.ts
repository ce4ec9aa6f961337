/**
 * Which detected elements carry a save toggle: read by the UI (decorate.ts) and by the every-page script,
 * which loads the UI for them before any answer arrives.
 */
import type { Detection } from '../detect/types';

/** Cards, listing entries (the `dt`, not its `dd`), search results and paper pages; not links or mentions. */
export function wantsToggle(d: Detection): boolean {
  if (d.surface === 'link' || d.surface === 'mention') return false;
  return d.surface !== 'arxiv-listing' || d.element.localName === 'dt';
}
