/**
 * Reads, writes and watches the settings in a `storage.local`-shaped area. The area is passed in, so
 * content scripts (native `chrome`/`browser`), the background and pages (polyfill) and tests (a fake)
 * share this one module. Writes merge a patch into what is stored now and store the normalized result.
 */
import { normalizeSettings, SETTINGS_KEY, type Settings } from './settings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface StorageChangeLike {
  [key: string]: { newValue?: unknown } | undefined;
}
export interface StorageEventsLike {
  addListener(fn: (changes: StorageChangeLike, area: string) => void): void;
  removeListener(fn: (changes: StorageChangeLike, area: string) => void): void;
}

export async function readSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    return normalizeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

export async function writeSettings(area: StorageAreaLike, patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await readSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `fn` with the new settings whenever they change in `storage.local`; returns the unsubscribe. */
export function watchSettings(events: StorageEventsLike, fn: (settings: Settings) => void): () => void {
  const listener = (changes: StorageChangeLike, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) fn(normalizeSettings(change.newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
