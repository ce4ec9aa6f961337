import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whenPaperShown } from '@/lib/content/first-paper';
import { watchLocation } from '@/lib/content/location-watch';
import { startPageApp } from '@/lib/content/page-app';
import type { createPaperUi } from '@/lib/content/ui';
import { sendMessage } from '@/lib/messaging/send';
import type { BackgroundNotice } from '@/lib/messaging/types';
import { readSettings, watchSettings } from '@/lib/settings/store';

// The visible part, loaded at the first paper found (entrypoints/paper-ui.ts). A dynamic URL
// (web_accessible_resources with use_dynamic_url) so pages cannot probe for the extension by it.
async function loadUi(): Promise<typeof createPaperUi> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/paper-ui.js'));
  const create = (globalThis as { paperRadarUi?: typeof createPaperUi }).paperRadarUi;
  if (!create) throw new Error('paper-ui.js did not register');
  return create;
}

async function start(ctx: ContentScriptContext) {
  // A copy left in the page by an update or uninstall has no extension to talk to.
  if (!browser.runtime?.id) return;
  const settings = await readSettings(browser.storage.local);
  const app = startPageApp({ send: sendMessage, settings, hostname: location.hostname, loadUi });
  // Notices only: never answer (lib/messaging/types.ts).
  const onMessage = (message: unknown) => {
    const type = (message as BackgroundNotice | null)?.type;
    if (type === 'library/changed' || type === 'rules/changed') app.onNotice(message as BackgroundNotice);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(browser.storage.onChanged, app.onSettings);
  // In-page navigation on Hugging Face (an SPA) that changed no DOM after the URL changed.
  const unwatchLocation = location.hostname === 'huggingface.co' ? watchLocation(window, () => app.checkLocation()) : undefined;
  ctx.onInvalidated(() => {
    app.stop();
    unwatch();
    unwatchLocation?.();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

// Every page: finds paper references, marks and highlights them, adds save toggles and the hover
// overlay (lib/content). Only wiring here. Until the page shows a paper only its DOM is read: `browser`
// (the browser's own promise-based API, looked up on first use: lib/content/lazy-browser.ts) and the
// script's context (lib/content/script-context.ts) are WXT's, swapped for lazier ones in wxt.config.ts.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce each start with a window.postMessage carrying our extension id, which
  // any page could read to learn that Paper Radar is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    whenPaperShown(document, () => {
      start(ctx).catch((e) => console.warn('[paper-radar] the page script did not start:', e));
    });
  },
});
