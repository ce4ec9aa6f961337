// @vitest-environment happy-dom
// Page-layer settings on browser.storage.local (WXT's fake browser): what the user changes is written
// normalized through lib/settings, and a change made elsewhere shows at once.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { readSettings, writeSettings } from '../../lib/settings/store';
import { button, change, click, field, flush, mount, submit, type, unmountAll } from '../rules/test-utils';
import { PageSettingsSection } from './page-settings-section';

beforeEach(() => fakeBrowser.reset());
afterEach(unmountAll);

const stored = async (): Promise<Settings> => (await browser.storage.local.get('settings')).settings as Settings;

describe('PageSettingsSection', () => {
  it('adds sites normalized, refuses what is not a site, removes them', async () => {
    const root = await mount(<PageSettingsSection />);
    expect(root.textContent).toContain('None.');
    const input = field(root, 'Site');
    await type(input, 'https://WWW.Example.org:8080/some/page?x=1');
    await submit(root.querySelector('form')!);
    expect((await stored()).disabledSites).toEqual(['www.example.org']);
    expect(input.value).toBe('');

    await type(input, 'not a site!');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#pr-site-error')!.textContent).toMatch(/is not a site name/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await type(input, 'www.example.org');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#pr-site-error')!.textContent).toBe('www.example.org is already listed.');

    await type(input, 'scholar.google.com');
    await submit(root.querySelector('form')!);
    expect([...root.querySelectorAll('.pr-sites li span')].map((s) => s.textContent)).toEqual(['www.example.org', 'scholar.google.com']);
    await click(button(root, 'Remove www.example.org'));
    expect((await stored()).disabledSites).toEqual(['scholar.google.com']);
  });

  it('switches and the overlay delay write settings; the delay is kept within its range', async () => {
    const root = await mount(<PageSettingsSection />);
    await click(field(root, /Highlight papers/));
    await click(field(root, /Save buttons/));
    expect(await stored()).toMatchObject({ highlight: false, saveButtons: false, overlay: true });

    const slider = field(root, 'Delay before the summary opens');
    expect(slider.value).toBe(String(DEFAULT_SETTINGS.overlayDelayMs));
    await change(slider, '800');
    expect((await stored()).overlayDelayMs).toBe(800);
    await change(field(root, 'Delay in milliseconds'), '99999');
    expect((await stored()).overlayDelayMs).toBe(3000);
    expect(field(root, 'Delay in milliseconds').value).toBe('3000');

    await click(field(root, /Summary when pointing/));
    expect((await stored()).overlay).toBe(false);
    expect(slider.disabled).toBe(true);
  });

  it('shows changes made elsewhere (another tab, an import) without a reload', async () => {
    await writeSettings(browser.storage.local, { disabledSites: ['arxiv.org'], highlight: false });
    const root = await mount(<PageSettingsSection />);
    expect(field(root, /Highlight papers/).checked).toBe(false);
    await writeSettings(browser.storage.local, { disabledSites: ['arxiv.org', 'example.com'], highlight: true, overlayDelayMs: 1200 });
    await flush();
    expect([...root.querySelectorAll('.pr-sites li span')].map((s) => s.textContent)).toEqual(['arxiv.org', 'example.com']);
    expect(field(root, /Highlight papers/).checked).toBe(true);
    expect(field(root, 'Delay before the summary opens').value).toBe('1200');
    // Other settings were left as they were.
    expect(await readSettings(browser.storage.local)).toMatchObject({ alertIntervalMinutes: DEFAULT_SETTINGS.alertIntervalMinutes });
  });
});
