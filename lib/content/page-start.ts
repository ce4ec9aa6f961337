/**
 * The page script's work on a page that shows a paper (entrypoints/page-main.ts, loaded by the
 * every-page script at the first paper it finds): settings, the page app, and the listeners that keep
 * it in step with the background, the settings and Hugging Face's in-page navigation.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/send';
import type { BackgroundNotice } from '../messaging/types';
import { readSettings, watchSettings } from '../settings/store';
import { loadChunk } from './chunk';
import { watchLocation } from './location-watch';
import { startPageApp } from './page-app';
import type { createPaperUi } from './ui';

// The visible part (entrypoints/paper-ui.ts). Its URL is a dynamic one (web_accessible_resources with
// use_dynamic_url), so pages cannot probe for the extension by it.
const loadUi = () => loadChunk<typeof createPaperUi>('/paper-ui.js');

export async function startPage(ctx: ContentScriptContext): Promise<void> {
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
