/**
 * The context menu and the keyboard shortcut, put together for the background app: both save through
 * the library and answer with a mark on the badge. What the entrypoint wires to browser events.
 */
import { createBadgeFlash, type BadgeActionLike, type BadgeFlash } from './badge-flash';
import { handleContextMenuClick, registerContextMenu, type ContextMenusLike, type MenuClickInfo, type TabLike } from './context-menu';
import { handleCommand } from './save-command';
import type { SaveOutcome } from './save-from-url';

/** The browser APIs used; absent (some tests), menus are not made and no badge mark is shown. */
export interface SaveActionsBrowser {
  contextMenus: ContextMenusLike;
  action: BadgeActionLike;
  queryTabs(query: { active: true; currentWindow: true }): Promise<TabLike[]>;
  /** `runtime.lastError`, read in contextMenus.create's callback. */
  lastError(): { message?: string } | null | undefined;
}

export interface SaveActionsDeps {
  browser?: SaveActionsBrowser;
  save(id: string): Promise<unknown>;
  log(message: string): void;
  /** Replaces the badge flash (tests). */
  flash?: BadgeFlash;
}

export interface SaveActions {
  /** runtime.onInstalled and runtime.onStartup. */
  registerMenus(): Promise<void>;
  onContextMenuClick(info: MenuClickInfo, tab: TabLike | undefined): Promise<SaveOutcome | undefined>;
  onCommand(name: string, tab: TabLike | undefined): Promise<SaveOutcome | undefined>;
}

export function createSaveActions(deps: SaveActionsDeps): SaveActions {
  const { browser, log } = deps;
  const flash = deps.flash ?? (browser ? createBadgeFlash(browser.action, { log }) : async () => undefined);
  const handlerDeps = {
    save: deps.save,
    flash,
    log,
    queryTabs: browser ? (q: { active: true; currentWindow: true }) => browser.queryTabs(q) : async () => [],
  };
  return {
    registerMenus: async () => {
      if (!browser) return;
      try {
        await registerContextMenu(browser.contextMenus, browser.lastError, log);
      } catch (e) {
        log(`context menu not registered: ${String(e)}`);
      }
    },
    onContextMenuClick: (info, tab) => handleContextMenuClick(info, tab, handlerDeps),
    onCommand: (name, tab) => handleCommand(name, tab, handlerDeps),
  };
}
