/**
 * The page script's work, started once the page shows a paper (entrypoints/page.content: the
 * every-page part only looks for one): settings, the page app, the listeners that keep it in step
 * with the background and the settings, and their removal when the script is invalidated.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadChunk } from './load-chunk';
import { watchLocation } from './location-watch';
import { startPageApp } from './page-app';
import { sendMessage } from '../messaging/send';
import type { BackgroundNotice } from '../messaging/types';
import { readSettings, watchSettings } from '../settings/store';

export async function startPage(ctx: ContentScriptContext): Promise<void> {
  const settings = await readSettings(browser.storage.local);
  const app = startPageApp({ send: sendMessage, settings, hostname: location.hostname, loadUi: () => loadChunk('paperRadarUi') });
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
