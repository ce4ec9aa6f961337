/**
 * "Save paper to Paper Radar" in the page's context menu (DESIGN §1): on links to papers, and on pages
 * that are a paper (arXiv abs / pdf / html, Hugging Face paper pages).
 *
 * Two items with one title, because an item's `documentUrlPatterns` limits ALL its contexts: one item
 * for links on any page (`targetUrlPatterns`), one for the page itself on paper pages. They never show
 * together: the `page` context applies only where no more specific one (a link) does.
 *
 * The patterns only decide where the item is offered; what is saved is decided by the one id parser
 * (lib/arxiv/id.ts) on the clicked URL, so a link the patterns let through that is no paper after all
 * (an alphaXiv blog slug, `huggingface.co/papers/trending`) gets "?" on the badge and saves nothing.
 *
 * Registration: both browsers keep menu items across restarts of the background (Chrome's service
 * worker, Firefox's event page), so items are made in `runtime.onInstalled` (install, update, reload);
 * `runtime.onStartup` makes them again, which costs nothing and covers a browser that did not keep
 * them. Creating an existing id is an error, hence removeAll first.
 */
import { saveFromUrl, type SaveFromUrlDeps, type SaveOutcome } from './save-from-url';

export const SAVE_LINK_MENU = 'paper-radar/save-link';
export const SAVE_PAGE_MENU = 'paper-radar/save-page';
export const SAVE_MENU_TITLE = 'Save paper to Paper Radar';

// The hosts and path prefixes under which lib/arxiv/id.ts finds paper ids (DESIGN §5.1);
// context-menu.test.ts checks every paper URL of the fixtures against these patterns. Hugging Face's
// paper pages are named by new-scheme ids, which start with a digit: that keeps the item off its
// listings (`/papers/trending`, `/papers/date/…`), which are no paper.
const ARXIV_HOSTS = ['arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'browse.arxiv.org'];
const HF_HOSTS = ['huggingface.co', 'www.huggingface.co', 'hf.co', 'www.hf.co'];
const HF_PAPER_PREFIXES = [...'0123456789'].map((d) => `papers/${d}`);
const PAPER_PREFIXES: [hosts: string[], prefixes: string[]][] = [
  [ARXIV_HOSTS, ['abs/', 'pdf/', 'html/', 'format/', 'ftp/']],
  [['ar5iv.labs.arxiv.org'], ['html/']],
  [['ar5iv.org'], ['abs/', 'html/']],
  [['alphaxiv.org', 'www.alphaxiv.org'], ['abs/', 'pdf/', 'overview/']],
  [HF_HOSTS, HF_PAPER_PREFIXES],
  [['doi.org', 'dx.doi.org', 'www.doi.org'], ['10.48550/']],
  [['scirate.com', 'www.scirate.com'], ['arxiv/']],
];

const patterns = (table: [string[], string[]][]) =>
  table.flatMap(([hosts, prefixes]) => hosts.flatMap((host) => prefixes.map((p) => `*://${host}/${p}*`)));

/** Match patterns of links that may be papers. */
export const PAPER_LINK_PATTERNS: readonly string[] = patterns(PAPER_PREFIXES);

/** Match patterns of pages that are a paper: arXiv's abstract, PDF and HTML, Hugging Face's paper page. */
export const PAPER_PAGE_PATTERNS: readonly string[] = patterns([
  [ARXIV_HOSTS, ['abs/', 'pdf/', 'html/']],
  [['huggingface.co'], HF_PAPER_PREFIXES],
]);

export interface MenuCreateProperties {
  id: string;
  title: string;
  /** Non-empty, as the browsers' typings require. */
  contexts: ['link' | 'page', ...('link' | 'page')[]];
  targetUrlPatterns?: string[];
  documentUrlPatterns?: string[];
}

export interface ContextMenusLike {
  removeAll(): Promise<void> | void;
  create(properties: MenuCreateProperties, callback?: () => void): unknown;
}

export const MENU_ITEMS: readonly MenuCreateProperties[] = [
  { id: SAVE_LINK_MENU, title: SAVE_MENU_TITLE, contexts: ['link'], targetUrlPatterns: [...PAPER_LINK_PATTERNS] },
  { id: SAVE_PAGE_MENU, title: SAVE_MENU_TITLE, contexts: ['page'], documentUrlPatterns: [...PAPER_PAGE_PATTERNS] },
];

/**
 * Makes the items afresh. `lastError` reads `runtime.lastError` inside create's callback, where the
 * browsers report a refused item (and would log "Unchecked runtime.lastError" were it not read).
 */
export async function registerContextMenu(
  menus: ContextMenusLike,
  lastError: () => { message?: string } | null | undefined,
  log: (message: string) => void,
): Promise<void> {
  await menus.removeAll();
  await Promise.all(
    MENU_ITEMS.map(
      (item) =>
        new Promise<void>((resolve) => {
          menus.create(item, () => {
            const error = lastError();
            if (error) log(`context menu ${item.id} not created: ${error.message ?? String(error)}`);
            resolve();
          });
        }),
    ),
  );
}

export interface MenuClickInfo {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}

export interface TabLike {
  id?: number;
  url?: string;
}

/** A click on one of our items; undefined for other ids (nothing done). */
export async function handleContextMenuClick(
  info: MenuClickInfo,
  tab: TabLike | undefined,
  deps: SaveFromUrlDeps,
): Promise<SaveOutcome | undefined> {
  if (info.menuItemId === SAVE_LINK_MENU) return saveFromUrl(info.linkUrl, tab?.id, deps);
  // The page's URL as the menu reports it, else the tab's (the same, barring frames).
  if (info.menuItemId === SAVE_PAGE_MENU) return saveFromUrl(info.pageUrl ?? tab?.url, tab?.id, deps);
  return undefined;
}
