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
});
