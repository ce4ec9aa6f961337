/**
 * The settings as a component sees them: read once, kept current through `storage.onChanged` (another
 * options tab, a backup import, the popup), and written a patch at a time through lib/settings/store,
 * which merges into what is stored now and normalizes. Storage is passed in for tests.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings/settings';
import { readSettings, type StorageAreaLike, type StorageEventsLike, watchSettings, writeSettings } from '../../lib/settings/store';

export interface SettingsStorage {
  area: StorageAreaLike;
  events: StorageEventsLike;
}

export const browserSettingsStorage = (): SettingsStorage => ({
  area: browser.storage.local as StorageAreaLike,
  events: browser.storage.onChanged as unknown as StorageEventsLike,
});

export interface SettingsState {
  /** Undefined until read. */
  settings: Settings | undefined;
  /** Why the last write failed, if it did. */
  error: string | undefined;
  update(patch: Partial<Settings>): Promise<boolean>;
}

export function useSettings(storage?: SettingsStorage): SettingsState {
  const [store] = useState(() => storage ?? browserSettingsStorage());
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    const off = watchSettings(store.events, (s) => live && setSettings(s));
    void readSettings(store.area).then((s) => live && setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, [store]);

  const update = useCallback(
    async (patch: Partial<Settings>) => {
      try {
        setSettings(await writeSettings(store.area, patch));
        setError(undefined);
        return true;
      } catch (e) {
        setError(`The setting was not saved: ${e instanceof Error ? e.message : String(e)}`);
        return false;
      }
    },
    [store],
  );
  return { settings, error, update };
}
