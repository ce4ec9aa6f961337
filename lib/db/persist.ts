/**
 * Asks the browser to keep our storage under pressure (DESIGN §3: the library is the user's only copy).
 * Guarded: `persist()` is exposed to windows only, not to workers (WPT
 * storage/storagemanager-persist.https.worker.js asserts its absence), so in Chrome's service worker
 * this is a no-op and an extension page (popup/options) must make the call; Firefox's MV3 background
 * is an event page, where it works. `persist()` may also reject.
 */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** true/false as the browser decided; undefined when the API is unavailable or failed. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<boolean | undefined> {
  if (!storage?.persist) return undefined;
  try {
    // Already persistent: do not ask again (Firefox may show a prompt for each request).
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}
