import { useEffect, useState } from 'preact/hooks';
import { normalizeSite, OVERLAY_DELAY_RANGE } from '../../lib/settings/settings';
import { type SettingsStorage, useSettings } from '../rules/use-settings';
import '../rules/rules.css';

interface Props {
  storage?: SettingsStorage;
}

const [MIN_DELAY, MAX_DELAY] = OVERLAY_DELAY_RANGE;

/** Options page: what Paper Radar does on web pages, and the sites where it does nothing. */
export function PageSettingsSection({ storage }: Props) {
  const { settings, error, update } = useSettings(storage);
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string>();
  // The slider shows where it is while dragged; the setting is written when it is let go.
  const [delay, setDelay] = useState<number>();
  useEffect(() => setDelay(settings?.overlayDelayMs), [settings?.overlayDelayMs]);

  if (!settings) return <section class="pr-section" aria-busy="true"><h2>On pages</h2></section>;

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normalizeSite(site);
    if (!host) return setSiteError(`“${site.trim()}” is not a site name. Type one like scholar.google.com or paste an address.`);
    if (settings.disabledSites.includes(host)) return setSiteError(`${host} is already listed.`);
    setSiteError(undefined);
    setSite('');
    void update({ disabledSites: [...settings.disabledSites, host] });
  };
  const writeDelay = (value: number) => {
    if (Number.isFinite(value)) void update({ overlayDelayMs: value });
  };

  return (
    <section class="pr-section" aria-labelledby="pr-pages-heading">
      <h2 id="pr-pages-heading">On pages</h2>
      {error && <p class="pr-error" role="alert">{error}</p>}

      <label class="pr-check">
        <input type="checkbox" checked={settings.highlight} onChange={(e) => void update({ highlight: e.currentTarget.checked })} /> Highlight papers that match
        your rules
      </label>
      <label class="pr-check">
        <input type="checkbox" checked={settings.saveButtons} onChange={(e) => void update({ saveButtons: e.currentTarget.checked })} /> Save buttons on
        papers
      </label>
      <label class="pr-check">
        <input type="checkbox" checked={settings.overlay} onChange={(e) => void update({ overlay: e.currentTarget.checked })} /> Summary when pointing at a
        paper link
      </label>
      <div class="pr-field pr-delay">
        <label for="pr-overlay-delay">Delay before the summary opens</label>
        <input
          id="pr-overlay-delay"
          type="range"
          min={MIN_DELAY}
          max={MAX_DELAY}
          step={50}
          value={delay ?? settings.overlayDelayMs}
          disabled={!settings.overlay}
          aria-valuetext={`${delay ?? settings.overlayDelayMs} milliseconds`}
          onInput={(e) => setDelay(Number(e.currentTarget.value))}
          onChange={(e) => writeDelay(Number(e.currentTarget.value))}
        />
        <input
          type="number"
          class="pr-delay-number"
          aria-label="Delay in milliseconds"
          min={MIN_DELAY}
          max={MAX_DELAY}
          step={50}
          value={delay ?? settings.overlayDelayMs}
          disabled={!settings.overlay}
          onChange={(e) => writeDelay(Number(e.currentTarget.value))}
        />{' '}
        ms
      </div>

      <h3>Sites where Paper Radar stays off</h3>
      <p class="pr-muted">
        Nothing is detected, highlighted or added there (a site also covers its subdomains). Pages can read the highlight marks Paper
        Radar adds, so switch it off where that matters.
      </p>
      {settings.disabledSites.length === 0 ? (
        <p class="pr-muted">None.</p>
      ) : (
        <ul class="pr-sites" aria-label="Sites where Paper Radar stays off">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" aria-label={`Remove ${host}`} onClick={() => void update({ disabledSites: settings.disabledSites.filter((s) => s !== host) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="pr-inline-form" onSubmit={addSite}>
        <label for="pr-site-input">Site</label>
        <input
          id="pr-site-input"
          type="text"
          value={site}
          placeholder="example.org"
          aria-invalid={siteError ? 'true' : undefined}
          aria-describedby="pr-site-error"
          onInput={(e) => setSite(e.currentTarget.value)}
        />
        <button type="submit">Add site</button>
      </form>
      <p id="pr-site-error" class="pr-error" aria-live="polite">
        {siteError}
      </p>
    </section>
  );
}
