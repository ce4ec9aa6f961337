/**
 * Saving the paper a URL names, for the context menu and the keyboard shortcut: the URL of a link, of
 * a page or of a tab (a PDF tab included), parsed by the one id parser, saved through the library, and
 * answered with a mark on the badge. Never throws: a click or a key press has nobody to catch it.
 */
import { parsePaperUrl, type ArxivRef } from '../arxiv/id';
import type { BadgeFlash } from './badge-flash';

export type SaveOutcome = 'saved' | 'not-a-paper' | 'failed';

export interface SaveFromUrlDeps {
  /** The library's save (`library/save` without tags or note): saving again keeps what was there. */
  save(id: string): Promise<unknown>;
  flash: BadgeFlash;
  log(message: string): void;
}

/**
 * Pages that show another URL's document and carry it in their own URL: Firefox's Reader View
 * (`about:reader?url=`), the source view, and the PDF viewers' extension pages, should a browser
 * report those instead of the PDF's own URL (Chrome and Firefox report the PDF's URL for a PDF tab).
 */
const WRAPPERS: { prefix: string; param?: string }[] = [
  { prefix: 'view-source:' },
  { prefix: 'about:reader?', param: 'url' },
  { prefix: 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/', param: 'src' },
  { prefix: 'resource://pdf.js/web/viewer.html?', param: 'file' },
];

/** The paper a tab, page or link URL shows, through the viewers of WRAPPERS; null when none. */
export function paperRefFromUrl(url: string | undefined): ArxivRef | null {
  if (!url) return null;
  const direct = parsePaperUrl(url);
  if (direct) return direct;
  for (const { prefix, param } of WRAPPERS) {
    if (!url.startsWith(prefix)) continue;
    if (param === undefined) return parsePaperUrl(url.slice(prefix.length));
    try {
      const inner = new URL(url).searchParams.get(param);
      return inner ? parsePaperUrl(inner) : null;
    } catch {
      return null;
    }
  }
  return null;
}

export async function saveFromUrl(url: string | undefined, tabId: number | undefined, deps: SaveFromUrlDeps): Promise<SaveOutcome> {
  const ref = paperRefFromUrl(url);
  let outcome: SaveOutcome;
  if (!ref) {
    outcome = 'not-a-paper';
  } else {
    try {
      await deps.save(ref.id);
      outcome = 'saved';
    } catch (e) {
      deps.log(`saving ${ref.id} failed: ${String(e)}`);
      outcome = 'failed';
    }
  }
  try {
    await deps.flash(tabId, outcome === 'saved' ? '✓' : outcome === 'failed' ? '!' : '?');
  } catch (e) {
    deps.log(`badge feedback failed: ${String(e)}`);
  }
  return outcome;
}
