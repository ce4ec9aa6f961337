// The toolbar popup in the built extension: it opens without errors and, in Chrome, where host
// permissions are granted at install, shows no permission prompt. (Withheld permissions are a Firefox
// case; see the component's unit test.) Chrome answers storage.persist() with false for an unpacked
// extension here; its storage is kept from eviction by `unlimitedStorage`, not by persist().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchWithExtension({ browser: 'chromium' });
});
afterAll(async () => {
  await s?.close();
});

describe('popup', () => {
  it('renders without errors and needs no permission prompt in Chrome', async () => {
    const errors: string[] = [];
    const page = await s.openExtensionPage('popup.html');
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.getByRole('heading', { name: 'Paper Radar' }).waitFor();
    const granted = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({
        origins: ['https://export.arxiv.org/*', 'https://huggingface.co/*', 'https://*/*'],
      }),
    );
    expect(granted).toBe(true);
    expect(await page.locator('.host-access').count()).toBe(0);
    expect(errors).toEqual([]);
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
    await page.locator('.vrow .paper-title').first().waitFor();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, a[href], [role="tab"]')]
        .filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim() || (el.id && document.querySelector(`label[for="${el.id}"]`))))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // Opened as a tab here, the active tab is the popup itself: not a paper, and the button says so.
    const save = page.getByRole('button', { name: 'Save this tab' });
    expect(await save.isDisabled()).toBe(true);
    expect(await page.locator('#save-tab-why').textContent()).toBe('This tab is not an arXiv or Hugging Face paper.');

    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
    await page.close();
  });
});

