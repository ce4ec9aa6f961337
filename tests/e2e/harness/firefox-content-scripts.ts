// The add-on's content scripts as Firefox's DevTools server sees them: each content-script sandbox
// (the content script's own world, with its `browser`/`chrome` APIs) is a `content_script` target of
// the tab's watcher, with a console that evaluates in the sandbox, as about:debugging's toolbox does.
//
// Verified here (firefox-esr 153): a tab descriptor's watcher (`listTabs`, `getWatcher`) announces
// the content-script targets of that tab, the existing ones before `watchTargets` returns; a form
// carries the add-on id and the document's innerWindowId but no URL. A reload destroys the sandbox's
// target and announces the new document's. The page and its sandbox share `performance.timeOrigin`
// (the document's), which is how a Puppeteer page is told apart from other tabs at the same URL.
import type { Page } from 'puppeteer-core';
import type { ExtensionTargets, TargetForm } from './firefox-extension';
import type { Packet, RdpClient } from './firefox-rdp';

interface TabForm {
  actor: string;
  url: string;
}

interface ContentScriptForm extends TargetForm {
  addonId: string;
  targetType: string;
}

export class ContentScriptTargets {
  readonly #rdp: RdpClient;
  readonly #addonId: string;
  readonly #targets: ExtensionTargets;
  /** Per tab descriptor actor: its watcher, once content-script targets are watched there. */
  readonly #watchers = new Map<string, Promise<string>>();
  /** Live content-script targets of the add-on, per watcher actor. */
  readonly #live = new Map<string, Map<string, ContentScriptForm>>();

  constructor(rdp: RdpClient, addonId: string, targets: ExtensionTargets) {
    this.#rdp = rdp;
    this.#addonId = addonId;
    this.#targets = targets;
    rdp.on((p) => this.#onEvent(p));
  }

  /** The add-on's content-script target in the document `page` shows now, waiting up to `timeoutMs` for it. */
  async forPage(page: Page, timeoutMs = 5_000): Promise<TargetForm> {
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { tabs } = await this.#rdp.request<Packet & { tabs: TabForm[] }>('root', 'listTabs');
      // The URL narrows the search; a page that changed its URL (history.pushState) may not match yet.
      const sameUrl = tabs.filter((tab) => tab.url === page.url());
      const found: ContentScriptForm[] = [];
      for (const tab of sameUrl.length ? sameUrl : tabs) {
        const watcher = await this.#watch(tab.actor);
        for (const target of this.#live.get(watcher)?.values() ?? []) {
          const origin = await this.#targets.call<number>(target, '() => performance.timeOrigin', []).catch(() => undefined);
          if (origin === timeOrigin) found.push(target);
        }
      }
      if (found.length > 1) throw new Error(`inContentScript: ${found.length} content scripts claim ${page.url()}`);
      if (found[0]) return found[0];
      if (Date.now() > deadline) throw new Error(`inContentScript: no Paper Radar content script runs on ${page.url()} (waited ${timeoutMs} ms)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  #watch(tabActor: string): Promise<string> {
    let watcher = this.#watchers.get(tabActor);
    if (!watcher) {
      watcher = (async () => {
        const { actor } = await this.#rdp.request<Packet & { actor: string }>(tabActor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
        this.#live.set(actor, this.#live.get(actor) ?? new Map());
        await this.#rdp.request(actor, 'watchTargets', { targetType: 'content_script' });
        return actor;
      })();
      watcher.catch(() => this.#watchers.delete(tabActor));
      this.#watchers.set(tabActor, watcher);
    }
    return watcher;
  }

  #onEvent(p: Packet): void {
    const live = this.#live.get(p.from);
    const target = p.target as ContentScriptForm | undefined;
    if (!live || !target || target.targetType !== 'content_script') return;
    if (p.type === 'target-available-form' && target.addonId === this.#addonId) live.set(target.actor, target);
    if (p.type === 'target-destroyed-form') live.delete(target.actor);
  }
}
