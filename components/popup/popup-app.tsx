import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ManifestAccess, PermissionsApi } from '../../lib/permissions/host-access';
import { HostAccessBanner } from '../host-access-banner';
import { SaveTabButton } from './save-tab-button';
import { SavedSection } from './saved-section';

interface Props {
  permissions: PermissionsApi;
  manifest: ManifestAccess;
  /** The toolbar badge text: unseen alerts (DESIGN §6); the Alerts tab shows it and opens first when set. */
  badgeText?: () => Promise<string>;
  tabUrl?: () => Promise<string | undefined>;
}

type Tab = 'saved' | 'alerts';

// The Alerts section (and the rule parser its quick add brings) loads when first shown, so the Saved
// list's first paint does not wait for code it does not use.
const loadAlertsSection = () => import('./alerts-section').then((m) => m.AlertsSection as ComponentType);

const readBadge = async () => {
  try {
    return await browser.action.getBadgeText({});
  } catch {
    return '';
  }
};

export function PopupApp({ permissions, manifest, badgeText = readBadge, tabUrl }: Props) {
  const [tab, setTab] = useState<Tab>('saved');
  const [Alerts, setAlerts] = useState<ComponentType | undefined>();
  const [unseen, setUnseen] = useState('');
  const touched = useRef(false);

  useEffect(() => {
    void badgeText().then((text) => {
      setUnseen(text);
      // New alerts are why the user clicked the badge: show them, unless they already chose a tab.
      if (text && !touched.current) show('alerts');
    });
  }, []);

  const show = (next: Tab) => {
    if (next === 'alerts' && !Alerts) void loadAlertsSection().then((section) => setAlerts(() => section));
    setTab(next);
  };
  const choose = (next: Tab) => {
    touched.current = true;
    show(next);
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = tab === 'saved' ? 'alerts' : 'saved';
    choose(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Paper Radar</h1>
        <button
          type="button"
          class="icon-button"
          aria-label="Options"
          title="Options: library, keyword rules, import and backup"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          ⚙
        </button>
      </header>
      <HostAccessBanner permissions={permissions} manifest={manifest} />
      <SaveTabButton tabUrl={tabUrl} />
      <div class="tabs" role="tablist" aria-label="Sections" onKeyDown={onTabKey}>
        <button type="button" role="tab" id="tab-saved" aria-controls="panel-saved" aria-selected={tab === 'saved'} tabIndex={tab === 'saved' ? 0 : -1} onClick={() => choose('saved')}>
          Saved
        </button>
        <button type="button" role="tab" id="tab-alerts" aria-controls="panel-alerts" aria-selected={tab === 'alerts'} tabIndex={tab === 'alerts' ? 0 : -1} onClick={() => choose('alerts')}>
          Alerts
          {unseen && (
            <span class="badge">
              <span class="visually-hidden"> (</span>
              {unseen}
              <span class="visually-hidden"> new)</span>
            </span>
          )}
        </button>
      </div>
      <div role="tabpanel" id="panel-saved" aria-labelledby="tab-saved" hidden={tab !== 'saved'}>
        <SavedSection />
      </div>
      <div role="tabpanel" id="panel-alerts" aria-labelledby="tab-alerts" hidden={tab !== 'alerts'}>
        {Alerts ? <Alerts /> : tab === 'alerts' && <p class="status-ok">Loading…</p>}
      </div>
    </main>
  );
}
