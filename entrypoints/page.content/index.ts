import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadChunk } from '@/lib/content/chunk';
import { whenPaperShown } from '@/lib/content/first-paper';
import type { startPage } from '@/lib/content/page-start';

// Every page: finds paper references, marks and highlights them, adds save toggles and the hover
// overlay. Only wiring here. This script holds what a page without papers needs, the first look
// (lib/content/first-paper.ts): most pages parse nothing else. At the first paper it imports the rest
// (entrypoints/page-main.ts). Until then only the page's DOM is read: `browser` (the browser's own
// promise-based API, looked up on first use: lib/content/lazy-browser.ts) and the script's context
// (lib/content/script-context.ts) are WXT's, swapped for lazier ones in wxt.config.ts.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce each start with a window.postMessage carrying our extension id, which
  // any page could read to learn that Paper Radar is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    whenPaperShown(document, () => {
      // A copy left in the page by an update or uninstall has no extension to talk to.
      if (!browser.runtime?.id) return;
      loadChunk<typeof startPage>('/page-main.js')
        .then((start) => start(ctx))
        .catch((e) => console.warn('[paper-radar] the page script did not start:', e));
    });
  },
});
