/**
 * A short mark on the toolbar badge after a save from the context menu or the keyboard shortcut: the
 * only feedback those two have without asking for the notifications permission.
 *
 * The mark is set for the one tab the action came from (`tabId`), never globally: a tab-specific text
 * covers the global one (the unseen-alerts count, owned by the alerts code) on that tab only, and
 * setting it back to `null` hands the tab back to the global text, whatever it became meanwhile. So
 * the two never need to know about each other. (Both browsers: a tab-specific text is also dropped
 * when the tab navigates or closes.)
 */

/** Saved; not a paper; the save failed. */
export type FlashMark = '✓' | '?' | '!';

export interface BadgeActionLike {
  setBadgeText(details: { text?: string; tabId?: number }): Promise<void> | void;
}

/**
 * Hands a tab back to the global text. Firefox requires `text` and documents null for this; Chrome
 * documents null too (and treats a missing text alike), but its typings know only `string | undefined`.
 */
export const BACK_TO_GLOBAL = null as unknown as undefined;

export interface BadgeFlashOptions {
  durationMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  log?: (message: string) => void;
}

export type BadgeFlash = (tabId: number | undefined, mark: FlashMark) => Promise<void>;

export const FLASH_MS = 2_000;

export function createBadgeFlash(action: BadgeActionLike, options: BadgeFlashOptions = {}): BadgeFlash {
  const duration = options.durationMs ?? FLASH_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const log = options.log ?? (() => undefined);
  // One pending reset per tab: a second save within the window restarts it, so the first reset does
  // not cut the second mark short.
  const pending = new Map<number, unknown>();
  const set = async (tabId: number, text: string | undefined) => {
    try {
      await action.setBadgeText({ tabId, text });
    } catch (e) {
      // The tab closed in the meantime: nothing left to show or reset.
      log(`badge on tab ${tabId}: ${String(e)}`);
    }
  };

  return async (tabId, mark) => {
    // Without a tab there is nowhere to show a tab's mark, and a global one would hide the alerts count.
    if (tabId === undefined || tabId < 0) return;
    const previous = pending.get(tabId);
    if (previous !== undefined) clearTimer(previous);
    pending.set(
      tabId,
      setTimer(() => {
        pending.delete(tabId);
        void set(tabId, BACK_TO_GLOBAL);
      }, duration),
    );
    await set(tabId, mark);
  };
}
