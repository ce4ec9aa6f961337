/**
 * Tells every open tab and extension page that the library or the rules changed, so a paper saved in
 * one tab shows as saved in all of them at once and highlights follow rule edits live.
 *
 * Mechanism: direct messages. `tabs.sendMessage` to every tab reaches our content script wherever it
 * runs; it needs no "tabs" permission (that one only unlocks tabs' url/title, which we neither need
 * nor read), and `tabs.query({})` lists tab ids without it. Tabs without our content script (browser
 * pages, PDFs, discarded tabs) reject, which is expected and ignored. `runtime.sendMessage` reaches the
 * popup and options page; it rejects when none is open, ignored as well. Tabs showing one of our own
 * pages (their url is visible to us even without "tabs") are left to `runtime.sendMessage`, which
 * reaches them already; Chrome would deliver `tabs.sendMessage` to them too, a duplicate.
 *
 * Why not a `storage.local` counter whose change event every context hears: it would write to disk on
 * every save, carry no ids (so every tab would re-ask for all its papers), and leave the last change's
 * ids on disk. A message costs nothing when nobody listens, and the content script asks for the state
 * when it starts anyway, so nothing is lost by a tab that was not there to hear it.
 *
 * Fire and forget: callers do not wait, and a receiver that never answers cannot hold anything up.
 */
import type { BackgroundNotice } from '../messaging/types';

export interface BroadcastDeps {
  tabs: {
    query(info: Record<string, never>): Promise<TabLike[]>;
    sendMessage(tabId: number, message: BackgroundNotice): Promise<unknown>;
  };
  runtime: { sendMessage(message: BackgroundNotice): Promise<unknown> };
  /** runtime.getURL('/'): tabs under it are our own pages. */
  extensionBaseUrl?: string;
  log?: (message: string) => void;
}

interface TabLike {
  id?: number;
  discarded?: boolean;
  /** Only present where the browser shows it to us (our own pages, hosts we have permissions for). */
  url?: string;
}

export interface Broadcaster {
  libraryChanged(ids: readonly string[], saved: boolean): Promise<void>;
  rulesChanged(): Promise<void>;
}

const ignore = () => undefined;

export function createBroadcaster(deps: BroadcastDeps): Broadcaster {
  const base = deps.extensionBaseUrl;
  const ownPage = (t: TabLike) => base !== undefined && t.url?.startsWith(base) === true;

  async function send(notice: BackgroundNotice): Promise<void> {
    const toPages = Promise.resolve()
      .then(() => deps.runtime.sendMessage(notice))
      .catch(ignore);
    let tabs: TabLike[] = [];
    try {
      tabs = await deps.tabs.query({});
    } catch (e) {
      deps.log?.(`broadcast: tabs not listed: ${String(e)}`);
    }
    const toTabs = tabs
      .filter((t) => t.id !== undefined && !t.discarded && !ownPage(t))
      .map((t) =>
        Promise.resolve()
          .then(() => deps.tabs.sendMessage(t.id!, notice))
          .catch(ignore),
      );
    await Promise.all([toPages, ...toTabs]);
  }

  return {
    libraryChanged: (ids, saved) =>
      ids.length === 0 ? Promise.resolve() : send({ type: 'library/changed', ids: [...ids], saved }),
    rulesChanged: () => send({ type: 'rules/changed' }),
  };
}

/** For tests and contexts without tabs: records nothing, sends nothing. */
export const silentBroadcaster: Broadcaster = {
  libraryChanged: async () => undefined,
  rulesChanged: async () => undefined,
};
