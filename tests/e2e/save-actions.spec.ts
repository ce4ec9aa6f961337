// The context menu "Save paper to Paper Radar" and the keyboard shortcut (DESIGN §1, §7) in the real
// browser, with the built extension unmodified, in every browser (BROWSERS).
//
// How each browser lets a test use them:
// - Firefox, the user's own path (harness/firefox-chrome.ts): a real right-click on the link or page
//   opens Firefox's context menu, whose item labelled "Save paper to Paper Radar" is chosen; the
//   shortcut is pressed in the browser window. The browser builds the event's info and tab itself.
// - Chromium: a native context menu cannot be opened and clicked headless, and an extension shortcut
//   is a browser accelerator that synthetic key events do not reach (tried: Playwright's
//   keyboard.press and CDP Input.dispatchKeyEvent of Alt+Shift+S on a focused paper page saved
//   nothing). So the browser's own event objects are fired from inside the service worker
//   (`chrome.contextMenus.onClicked.dispatch(info, tab)`, `chrome.commands.onCommand.dispatch(name,
//   tab)`: Chrome's extension bindings give every API event a `dispatch`), with the info and tab the
//   browser would pass for the same click.
// Both check first what the browser made of the manifest and of the items the background registered.
// From the event on, everything is the product's real path: the entrypoint's listeners, the app, the
// one id parser, the library in IndexedDB, the arXiv mock's metadata, the badge. The handlers' every
// case is unit-tested (lib/background/*.test.ts); here the wiring and the browser's contracts are.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_MENU_TITLE } from '../../lib/background/context-menu';
import { paperRefFromUrl } from '../../lib/background/save-from-url';
import { BROWSERS, firefoxOnly, get, pageUrl, type ArxivRecord, type PortableWebPage, sessionPerBlock } from './harness';

const LINK_MENU = 'paper-radar/save-link';
const PAGE_MENU = 'paper-radar/save-page';
const COMMAND = 'save-paper';

/** The smallest PDF Chromium opens in its viewer (and Firefox in pdf.js). */
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

const record = (id: string): ArxivRecord => ({
  id,
  version: 2,
  title: `Paper ${id} on save actions`,
  summary: 'An abstract.',
  authors: [{ name: 'Ada Lovelace' }],
  published: '2025-01-15T18:00:00Z',
  updated: '2025-02-01T09:30:00Z',
  categories: ['cs.LG'],
  primaryCategory: 'cs.LG',
});

type Tab = { id: number; url?: string };
type Chrome = {
  contextMenus: { onClicked: { dispatch(info: object, tab?: Tab): void }; update(id: string, props: object, cb: () => void): void };
  commands: { onCommand: { dispatch(name: string, tab?: Tab): void }; getAll(): Promise<{ name: string; description: string; shortcut: string }[]> };
  action: { setBadgeText(d: { text: string; tabId?: number }): Promise<void>; getBadgeText(d: { tabId?: number }): Promise<string> };
  tabs: { query(q: object): Promise<Tab[]> };
  runtime: { lastError?: { message: string } };
};
/** Functions passed to evaluate() run in the browser: they reach `chrome` themselves, closures do not travel. */
type G = { chrome: Chrome };

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });
  beforeAll(() => {
    s.server.arxivApi.add(...['2310.06825', '2302.13971', '2106.09685', '2201.11903'].map(record));
    // A PDF tab: what arXiv's /pdf/ URLs show, where no content script runs.
    s.server.use('arxiv.org', get(/^\/pdf\/.+$/, () => ({ status: 200, headers: { 'content-type': 'application/pdf' }, body: PDF })));
  });
  afterEach(async () => {
    for (const page of await s.webPages()) await page.close();
    expect(s.server.unexpectedRequests().map((r) => `${r.method} ${r.host}${r.path}`)).toEqual([]);
  });

  const savedIds = async () => ((await s.sendMessage<{ saved: { id: string }[] }>({ type: 'library/list' })).saved ?? []).map((p) => p.id).sort();

  /**
   * The one web page open (afterEach closes the others), as the browser hands it to the context-menu
   * and command events: its url is there only on hosts the extension may access, as in real use.
   */
  async function webTab(url: string): Promise<Tab> {
    const tabs = await s.serviceWorker.evaluate(async () =>
      (await (globalThis as unknown as G).chrome.tabs.query({})).map((t) => ({ id: t.id, url: t.url })),
    );
    const extensionPages = new URL('/', s.serviceWorker.url()).href;
    const web = tabs.filter((t) => !t.url?.startsWith(extensionPages));
    if (web.length !== 1 || (web[0]!.url !== undefined && web[0]!.url !== url)) throw new Error(`not one tab showing ${url}: ${JSON.stringify(tabs)}`);
    return web[0]!;
  }

  const badgeOf = (tabId?: number) => s.serviceWorker.evaluate((id) => (globalThis as unknown as G).chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tabId);

  /** contextMenus.update of an id that does not exist fails: the one way to ask whether an item exists. */
  const menuItemExists = (id: string) =>
    s.serviceWorker.evaluate(
      (itemId) => new Promise<boolean>((resolve) => (globalThis as unknown as G).chrome.contextMenus.update(itemId, {}, () => resolve(!(globalThis as unknown as G).chrome.runtime.lastError))),
      id,
    );

  /** The shortcut the browser registered for the command (what it made of the manifest's suggestion). */
  async function registeredShortcut(): Promise<{ name: string; description: string; shortcut: string } | undefined> {
    const ext = await s.openExtensionPage('manifest.json');
    const commands = await ext.evaluate(() => (globalThis as unknown as G).chrome.commands.getAll());
    await ext.close();
    return commands.find((c) => c.name === COMMAND);
  }

  /**
   * "Save paper to Paper Radar" from the context menu of `selector`'s element in `page` (a link, or
   * else the page itself), the way this browser lets a test choose it (see the top of the file).
   */
  async function chooseSaveFromMenu(page: PortableWebPage, selector: string): Promise<Tab> {
    const tab = await webTab(page.url());
    const target = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no ${sel}`);
      el.scrollIntoView({ block: 'center' });
      const box = el.getClientRects()[0]!; // the first line of a link that wraps
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, linkUrl: el.closest('a')?.href };
    }, selector);
    if (browser === 'firefox') {
      await page.bringToFront();
      await page.mouse.click(target.x, target.y, { button: 'right' });
      await firefoxOnly(s).browserChrome.chooseContextMenuItem({ label: SAVE_MENU_TITLE });
      return tab;
    }
    const info = target.linkUrl
      ? { menuItemId: LINK_MENU, linkUrl: target.linkUrl, pageUrl: page.url(), editable: false }
      : { menuItemId: PAGE_MENU, pageUrl: page.url(), editable: false };
    await s.serviceWorker.evaluate(([i, t]) => (globalThis as unknown as G).chrome.contextMenus.onClicked.dispatch(i, t), [info, tab] as const);
    return tab;
  }

  /** The save shortcut pressed with `page` in front, the way this browser lets a test press it. */
  async function pressSaveShortcut(page: PortableWebPage): Promise<Tab> {
    const tab = await webTab(page.url());
    if (browser === 'firefox') {
      await page.bringToFront();
      await firefoxOnly(s).browserChrome.pressShortcut((await registeredShortcut())!.shortcut);
      return tab;
    }
    await s.serviceWorker.evaluate((t) => (globalThis as unknown as G).chrome.commands.onCommand.dispatch('save-paper', t), tab);
    return tab;
  }

  describe('what the browser made of it', () => {
    it('registers the shortcut with its suggested keys and description', async () => {
      expect(await registeredShortcut()).toEqual({ name: COMMAND, description: 'Save the paper in the current tab', shortcut: 'Alt+Shift+S' });
    });

    it('has both menu items (patterns accepted), made at install, still there after the background was stopped', async () => {
      // runtime.onInstalled fires shortly after the background starts: wait for it, not for a fixed time.
      await expect.poll(async () => [await menuItemExists(LINK_MENU), await menuItemExists(PAGE_MENU)], { timeout: 10_000 }).toEqual([true, true]);
      expect(await menuItemExists('paper-radar/no-such-item')).toBe(false);
      await s.stopServiceWorker();
      await s.sendMessage({ type: 'library/list' }); // wakes it; onInstalled does not fire again
      expect([await menuItemExists(LINK_MENU), await menuItemExists(PAGE_MENU)]).toEqual([true, true]);
    });
  });

  describe('the menu and the shortcut, as the browser fires them', () => {
    it('the menu on a paper link saves the link’s paper and marks that tab ✓, then gives the badge back', async () => {
      const page = await s.open(pageUrl('blog/links-all-forms.html'));
      await s.serviceWorker.evaluate(() => (globalThis as unknown as G).chrome.action.setBadgeText({ text: '7' })); // as if 7 alerts were unseen
      const tab = await chooseSaveFromMenu(page, 'a[href="https://arxiv.org/abs/2302.13971v1"]');
      await expect.poll(savedIds, { timeout: 10_000 }).toContain('2302.13971');
      await expect.poll(() => badgeOf(tab.id), { timeout: 5_000 }).toBe('✓');
      expect(await badgeOf()).toBe('7');
      await expect.poll(() => badgeOf(tab.id), { timeout: 10_000 }).toBe('7');
      // Only ids left the browser: the blog page's address reached no one but the blog.
      const leaks = s.server.log.filter((r) => r.host !== 'blog.example.com' && decodeURIComponent(r.path).includes('reading-list'));
      expect(leaks).toEqual([]);
    });

    it('the menu on a page that is a paper saves it', async () => {
      const page = await s.open(pageUrl('arxiv/abs-2310.06825.html'));
      await chooseSaveFromMenu(page, '#abs .dateline'); // text, no link
      await expect.poll(savedIds, { timeout: 10_000 }).toContain('2310.06825');
    });

    it('the shortcut on a PDF tab (no content script there) saves the PDF’s paper', async () => {
      const page = await s.open('https://arxiv.org/pdf/2106.09685v2', { contentScript: false });
      const tab = await pressSaveShortcut(page);
      // The URL the browser reports for a PDF tab is the PDF's own, which the one parser reads.
      expect(tab.url).toBe('https://arxiv.org/pdf/2106.09685v2');
      expect(paperRefFromUrl(tab.url)).toEqual({ id: '2106.09685', version: 2 });
      await expect.poll(savedIds, { timeout: 10_000 }).toContain('2106.09685');
      await expect.poll(() => badgeOf(tab.id), { timeout: 5_000 }).toBe('✓');
    });

    it('the menu on a link that is no paper saves nothing and says "?"', async () => {
      const page = await s.open(pageUrl('blog/links-all-forms.html'));
      const before = await savedIds();
      const tab = await chooseSaveFromMenu(page, 'a[href="https://www.alphaxiv.org/abs/deepseek-r1-explained"]');
      await expect.poll(() => badgeOf(tab.id), { timeout: 10_000 }).toBe('?');
      expect(await savedIds()).toEqual(before);
    });

    it('the menu on a paper arXiv does not know saves nothing, and the badge says "!"', async () => {
      const page = await s.open(pageUrl('blog/links-all-forms.html'));
      const tab = await chooseSaveFromMenu(page, 'a[href="https://arxiv.org/html/2403.05530v2/#S3"]');
      await expect.poll(() => badgeOf(tab.id), { timeout: 15_000 }).toBe('!');
      expect(await savedIds()).not.toContain('2403.05530');
    });
  });
});
