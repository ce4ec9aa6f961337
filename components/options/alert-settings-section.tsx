import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ANNOUNCE_TYPES, type AnnounceType } from '../../lib/settings/settings';
import { CategoryPicker } from '../rules/category-picker';
import { defaultSend, failure, type Send } from '../rules/send';
import { type SettingsStorage, useSettings } from '../rules/use-settings';
import '../rules/rules.css';

export interface PermissionRequester {
  request(permissions: { permissions: string[] }): Promise<boolean>;
}

interface Props {
  send?: Send;
  storage?: SettingsStorage;
  permissions?: PermissionRequester;
}

const INTERVALS: [number, string][] = [
  [15, 'Every 15 minutes'],
  [30, 'Every 30 minutes'],
  [60, 'Every hour'],
  [180, 'Every 3 hours'],
  [360, 'Every 6 hours'],
  [720, 'Every 12 hours'],
  [1440, 'Once a day'],
];

const ANNOUNCE_LABELS: Record<AnnounceType, string> = {
  new: 'New submissions',
  cross: 'Cross-lists from other categories',
  replace: 'Replacements (new versions)',
  'replace-cross': 'Replaced cross-lists',
};

/** Options page: where alerts come from, how often they are looked for, and how they are announced. */
export function AlertSettingsSection({ send = defaultSend, storage, permissions }: Props) {
  const { settings, error, update } = useSettings(storage);
  const [notice, setNotice] = useState<string>();
  const [check, setCheck] = useState<{ busy: boolean; text?: string; failed?: boolean }>({ busy: false });

  if (!settings) return <section class="pr-section" aria-busy="true"><h2>Alerts</h2></section>;

  const intervals = INTERVALS.some(([m]) => m === settings.alertIntervalMinutes)
    ? INTERVALS
    : [...INTERVALS, [settings.alertIntervalMinutes, `Every ${settings.alertIntervalMinutes} minutes`] as [number, string]].sort((a, b) => a[0] - b[0]);

  const toggleAnnounce = (type: AnnounceType, on: boolean) =>
    void update({ alertAnnounceTypes: ANNOUNCE_TYPES.filter((t) => (t === type ? on : settings.alertAnnounceTypes.includes(t))) });

  // The permission prompt must come straight from the click: nothing may be awaited before it.
  const toggleNotifications = (on: boolean) => {
    setNotice(undefined);
    if (!on) return void update({ notifications: false });
    const asking = (permissions ?? (browser.permissions as PermissionRequester)).request({ permissions: ['notifications'] });
    void asking
      .catch(() => false)
      .then((granted) => {
        if (granted) return void update({ notifications: true });
        setNotice('Permission to show notifications was not granted, so they stay off.');
      });
  };

  const checkNow = async () => {
    setCheck({ busy: true });
    const answer = await send({ type: 'alerts/check' });
    if (answer.ok) {
      const n = answer.newCount;
      setCheck({ busy: false, text: n === 0 ? 'No new papers.' : `${n} new ${n === 1 ? 'paper' : 'papers'} found.` });
    } else setCheck({ busy: false, text: `The check failed: ${failure(answer)}`, failed: true });
  };

  return (
    <section class="pr-section" aria-labelledby="pr-alerts-heading">
      <h2 id="pr-alerts-heading">Alerts</h2>
      <p class="pr-muted">New papers that match your rules appear in the toolbar popup and as the number on the toolbar button.</p>
      {error && <p class="pr-error" role="alert">{error}</p>}

      <div class="pr-field">
        <label for="pr-alert-interval">Look for new papers</label>
        <select id="pr-alert-interval" value={String(settings.alertIntervalMinutes)} onChange={(e) => void update({ alertIntervalMinutes: Number(e.currentTarget.value) })}>
          {intervals.map(([m, text]) => (
            <option key={m} value={String(m)}>
              {text}
            </option>
          ))}
        </select>
      </div>

      <label class="pr-check">
        <input type="checkbox" checked={settings.alertHfDaily} onChange={(e) => void update({ alertHfDaily: e.currentTarget.checked })} /> Hugging Face daily
        papers
      </label>

      <fieldset class="pr-fieldset">
        <legend>arXiv categories to follow (their daily announcements)</legend>
        <CategoryPicker id="pr-alert-categories" selected={settings.alertCategories} onChange={(codes) => void update({ alertCategories: codes })} />
      </fieldset>

      <fieldset class="pr-fieldset">
        <legend>Which arXiv announcements count</legend>
        {ANNOUNCE_TYPES.map((type) => (
          <label key={type} class="pr-check">
            <input type="checkbox" checked={settings.alertAnnounceTypes.includes(type)} onChange={(e) => toggleAnnounce(type, e.currentTarget.checked)} />{' '}
            {ANNOUNCE_LABELS[type]} <code class="pr-muted">{type}</code>
          </label>
        ))}
        {settings.alertAnnounceTypes.length === 0 && <p class="pr-warning">With none ticked, the arXiv feeds bring no alerts.</p>}
      </fieldset>

      <label class="pr-check">
        <input type="checkbox" checked={settings.notifications} onChange={(e) => {
            const on = e.currentTarget.checked;
            // Stays as stored until the permission is granted and the setting written.
            e.currentTarget.checked = settings.notifications;
            toggleNotifications(on);
          }} /> Desktop notifications for
        new alerts
      </label>
      <p class="pr-status" aria-live="polite">
        {notice}
      </p>

      <div class="pr-actions">
        <button type="button" onClick={() => void checkNow()} disabled={check.busy}>
          {check.busy ? 'Checking…' : 'Check now'}
        </button>
        <span class={check.failed ? 'pr-error' : 'pr-status'} aria-live="polite">
          {check.text}
        </span>
      </div>
    </section>
  );
}
