// The toolbar popup in the built extension, in every browser: it opens without errors and, with host
// permissions granted (at install in Chrome, by default for a temporary add-on in Firefox), shows no
// permission prompt (withheld permissions: host-access.spec.ts). Its controls are named, it follows the
// system's light or dark scheme, and it has no file picker: a Firefox popup closes when a file dialog
// opens, so import lives in the options page, which the popup's Options button opens in a tab.
// Chrome answers storage.persist() with false for an unpacked extension here; its storage is kept from
// eviction by `unlimitedStorage`, not by persist().
import { describe, expect, it } from 'vitest';
import { BROWSERS, type PortablePage, sessionPerBlock } from './harness';
import { ui, useColorScheme, watchErrors } from './harness/ui';

const background = (page: PortablePage) =>
  page.evaluate(() => ({ dark: matchMedia('(prefers-color-scheme: dark)').matches, color: getComputedStyle(document.body).backgroundColor }));

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });

  it('renders without errors and needs no permission prompt', async () => {
    const page = await s.openExtensionPage('popup.html');
    const errors = await watchErrors(page);
    await ui(page).waitFor({ role: 'heading', name: 'Paper Radar' });
    const granted = await page.evaluate(() => {
      type Api = { permissions: { contains(p: object): Promise<boolean> } };
      const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
      return api.permissions.contains({ origins: ['https://export.arxiv.org/*', 'https://huggingface.co/*', 'https://*/*'] });
    });
    expect(granted).toBe(true);
    expect(await ui(page).count('.host-access')).toBe(0);
    expect(await errors()).toEqual([]);
    await page.close();
  });

  it('every control has an accessible name; light and dark schemes follow the system; "Save this tab" says why it is off', async () => {
    const id = '2501.20001';
    s.server.arxivApi.add({
      id,
      version: 1,
      title: 'A paper for the popup',
      summary: 'Abstract.',
      authors: [{ name: 'Ada Lovelace' }],
      published: '2025-01-15T18:00:00Z',
      updated: '2025-01-15T18:00:00Z',
      categories: ['cs.LG'],
      primaryCategory: 'cs.LG',
    });
    expect(await s.sendMessage({ type: 'library/save', id })).toMatchObject({ ok: true });
    const page = await s.openExtensionPage('popup.html');
    const popup = ui(page);
    await popup.waitFor('.vrow .paper-title');
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, a[href], [role="tab"]')]
        .filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim() || (el.id && document.querySelector(`label[for="${el.id}"]`))))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // Opened as a tab here, the active tab is the popup itself: not a paper, and the button says so.
    expect(await popup.state({ role: 'button', name: 'Save this tab' })).toMatchObject({ disabled: true });
    expect(await popup.text('#save-tab-why')).toBe('This tab is not an arXiv or Hugging Face paper.');

    await useColorScheme(s, page, 'light');
    await expect.poll(() => background(page)).toEqual({ dark: false, color: 'rgb(255, 255, 255)' });
    await useColorScheme(s, page, 'dark');
    await expect.poll(async () => (await background(page)).dark).toBe(true);
    expect((await background(page)).color).not.toBe('rgb(255, 255, 255)');
    await useColorScheme(s, page, 'light');
    await page.close();
  });

  it('offers no file picker (a Firefox popup closes when a file dialog opens): Options opens the options page, which imports', async () => {
    const page = await s.openExtensionPage('popup.html');
    const popup = ui(page);
    const errors = await watchErrors(page);
    await popup.click({ role: 'button', name: 'Export…' });
    await popup.waitFor({ role: 'group', name: 'Export' });
    expect(await popup.count('input[type="file"]')).toBe(0);

    const optionsUrl = new URL('options.html', page.url()).href;
    const optionsTabs = () =>
      page.evaluate(async (url) => {
        type Api = { tabs: { query(q: object): Promise<{ url?: string }[]> } };
        const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
        return (await api.tabs.query({})).filter((tab) => tab.url === url).length;
      }, optionsUrl);
    expect(await optionsTabs()).toBe(0);
    await popup.click({ role: 'button', name: 'Options' });
    await expect.poll(optionsTabs).toBe(1);
    expect(await errors()).toEqual([]);
    await page.close();

    const options = await s.openExtensionPage('options.html');
    expect(await ui(options).count({ css: 'input[type="file"]', within: '#data' })).toBe(1);
    await options.close();
  });
});
