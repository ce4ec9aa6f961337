import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
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

// Every page: finds paper references, marks and highlights them, adds save toggles and the hover
// overlay (lib/content). Only wiring here. `browser` is the browser's own promise-based API in
// content scripts (no polyfill, see wxt.config.ts): runtime messaging and storage only.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce each start with a window.postMessage carrying our extension id, which
  // any page could read to learn that Paper Radar is installed.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const settings = await readSettings(browser.storage.local);
    const app = startPageApp({ send: sendMessage, settings, hostname: location.hostname, loadUi });
    // Notices only: never answer (lib/messaging/types.ts).
    const onMessage = (message: unknown) => {
      const type = (message as BackgroundNotice | null)?.type;
      if (type === 'library/changed' || type === 'rules/changed') app.onNotice(message as BackgroundNotice);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings(browser.storage.onChanged, app.onSettings);
    // In-page navigation on Hugging Face (an SPA) that changed no DOM after the URL changed. Only
    // there: without the Navigation API (Firefox), WXT's watcher polls the URL every second.
    if (location.hostname === 'huggingface.co') ctx.addEventListener(window, 'wxt:locationchange', () => app.checkLocation());
    ctx.onInvalidated(() => {
      app.stop();
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
