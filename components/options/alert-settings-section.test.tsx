// @vitest-environment happy-dom
// Alert settings: schedule, sources, announce types, notifications behind the optional permission,
// and "Check now".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { Settings } from '../../lib/settings/settings';
import { writeSettings } from '../../lib/settings/store';
import { button, change, click, fakeSend, field, mount, type, unmountAll } from '../rules/test-utils';
import { AlertSettingsSection } from './alert-settings-section';

beforeEach(() => fakeBrowser.reset());
afterEach(unmountAll);

const stored = async (): Promise<Settings> => (await browser.storage.local.get('settings')).settings as Settings;
const noSend = fakeSend({});

describe('AlertSettingsSection', () => {
  it('writes the schedule, the Hugging Face source, categories and announce types', async () => {
    const root = await mount(<AlertSettingsSection send={noSend.send} permissions={{ request: vi.fn() }} />);
    const schedule = field<HTMLSelectElement>(root, 'Look for new papers');
    expect(schedule.value).toBe('60');
    expect([...schedule.options].map((o) => o.textContent)).toEqual([
      'Every 15 minutes',
      'Every 30 minutes',
      'Every hour',
      'Every 3 hours',
      'Every 6 hours',
      'Every 12 hours',
      'Once a day',
    ]);
    await change(schedule, '360');
    await click(field(root, /Hugging Face daily/));
    expect(await stored()).toMatchObject({ alertIntervalMinutes: 360, alertHfDaily: false });

    await type(field(root, 'Search arXiv categories'), 'hep-th');
    await click(field(root, 'hep-th High Energy Physics - Theory'));
    await type(field(root, 'Search arXiv categories'), 'cs.lg');
    await click(field(root, 'cs.LG Machine Learning'));
    expect((await stored()).alertCategories).toEqual(['hep-th', 'cs.LG']);

    expect(field(root, /^New submissions/).checked).toBe(true);
    await click(field(root, /^Replacements/));
    await click(field(root, /^Cross-lists/));
    expect((await stored()).alertAnnounceTypes).toEqual(['new', 'replace']);
  });

  it('a schedule set elsewhere that is not among the choices is shown, not changed', async () => {
    await writeSettings(browser.storage.local, { alertIntervalMinutes: 90 });
    const root = await mount(<AlertSettingsSection send={noSend.send} permissions={{ request: vi.fn() }} />);
    expect(field<HTMLSelectElement>(root, 'Look for new papers').value).toBe('90');
    expect(root.textContent).toContain('Every 90 minutes');
  });

  it('notifications: asks for the permission from the click, stays off when refused', async () => {
    const request = vi.fn(async () => false);
    const root = await mount(<AlertSettingsSection send={noSend.send} permissions={{ request }} />);
    const box = field(root, /Desktop notifications/);
    expect(box.checked).toBe(false);
    await click(box);
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect((await stored())?.notifications ?? false).toBe(false);
    expect(field(root, /Desktop notifications/).checked).toBe(false);
    expect(root.textContent).toContain('was not granted, so they stay off');

    request.mockResolvedValueOnce(true);
    await click(field(root, /Desktop notifications/));
    expect((await stored()).notifications).toBe(true);
    expect(field(root, /Desktop notifications/).checked).toBe(true);
    await click(field(root, /Desktop notifications/));
    expect((await stored()).notifications).toBe(false);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('"Check now" runs alerts/check and says what it found, or why it failed', async () => {
    let answer: Record<string, unknown> & { ok: boolean } = { ok: true, newCount: 3 };
    const bg = fakeSend({ 'alerts/check': () => answer });
    const root = await mount(<AlertSettingsSection send={bg.send} permissions={{ request: vi.fn() }} />);
    await click(button(root, 'Check now'));
    expect(bg.of('alerts/check')).toEqual([{ type: 'alerts/check' }]);
    expect(root.textContent).toContain('3 new papers found.');
    answer = { ok: false, error: 'rss.arxiv.org answered 503' };
    await click(button(root, 'Check now'));
    expect(root.querySelector('.pr-actions .pr-error')!.textContent).toBe('The check failed: rss.arxiv.org answered 503');
  });
});
