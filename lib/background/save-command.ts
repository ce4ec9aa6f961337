/**
 * The keyboard shortcut "Save the paper in the current tab" (manifest `commands`, DESIGN §1): works on
 * every tab whose URL names a paper, PDF tabs included, where no content script runs. The key press
 * grants `activeTab`, which is what lets the background read that tab's URL on any host.
 *
 * Both browsers pass the active tab to `commands.onCommand` (Chrome; Firefox since 86); when it is
 * missing, the active tab of the current window is asked for.
 */
import type { TabLike } from './context-menu';
import { saveFromUrl, type SaveFromUrlDeps, type SaveOutcome } from './save-from-url';

export const SAVE_COMMAND = 'save-paper';
/** The manifest entry (wxt.config.ts); users change the keys at chrome://extensions/shortcuts or about:addons. */
export const SAVE_COMMAND_MANIFEST = {
  suggested_key: { default: 'Alt+Shift+S' },
  description: 'Save the paper in the current tab',
} as const;

export interface SaveCommandDeps extends SaveFromUrlDeps {
  queryTabs(query: { active: true; currentWindow: true }): Promise<TabLike[]>;
}

/** A command; undefined for other names (nothing done). */
export async function handleCommand(name: string, tab: TabLike | undefined, deps: SaveCommandDeps): Promise<SaveOutcome | undefined> {
  if (name !== SAVE_COMMAND) return undefined;
  let target = tab;
  if (target?.url === undefined) {
    try {
      target = (await deps.queryTabs({ active: true, currentWindow: true }))[0] ?? target;
    } catch (e) {
      deps.log(`save command: no active tab: ${String(e)}`);
    }
  }
  return saveFromUrl(target?.url, target?.id, deps);
}
